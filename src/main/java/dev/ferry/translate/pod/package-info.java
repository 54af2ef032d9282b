/**
 * Task definition revision → Kubernetes {@code PodTemplateSpec}, built by ordered steps, one per ECS concern
 * ({@link dev.ferry.translate.pod.PodStep}). {@link dev.ferry.translate.pod.PodTemplates#translate} is the entry point.
 *
 * <p>Conventions every step follows:
 * <ul>
 *   <li>Field paths in reports name containers by their ECS name: {@code spec.containerDefinitions[web].ulimits}.</li>
 *   <li>A field the step cannot honour is reported ({@link dev.ferry.translate.pod.PodDraft#unsupported}); a field
 *       that makes the task impossible to run as written is a violation ({@link dev.ferry.translate.pod.PodDraft#violation}),
 *       which invalidates the whole translation.</li>
 *   <li>Probes and other Kubernetes objects set every field explicitly where Kubernetes' default differs from ECS's.</li>
 * </ul>
 */
package dev.ferry.translate.pod;
