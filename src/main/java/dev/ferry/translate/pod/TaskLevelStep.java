package dev.ferry.translate.pod;

import dev.ferry.api.v1alpha1.taskdefinition.TaskDefinitionSpec;
import dev.ferry.translate.Labels;
import dev.ferry.translate.Names;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Task-level fields with no Kubernetes meaning, reported when set: {@code proxyConfiguration} (App Mesh),
 * {@code inferenceAccelerators} (Elastic Inference), {@code enableFaultInjection}. Also claims the output-only fields
 * of {@code describe-task-definition}, which Ferry accepts so that such output can be pasted, and ignores without a
 * report (their descriptions say so). And it labels the pod with the family and revision it runs, and annotates it
 * with the revision's task definition ARN.
 */
final class TaskLevelStep implements PodStep {

    @Override
    public void apply(TaskInputs in, PodDraft draft) {
        draft.metadata().getLabels().putAll(familyLabels(in));
        draft.metadata().getLabels().put(Labels.REVISION, Integer.toString(in.revision()));
        draft.metadata().getAnnotations().put(PodTemplates.TASK_DEFINITION_ARN, in.taskDefinitionArn());
        TaskDefinitionSpec spec = in.spec();
        if (spec.proxyConfiguration != null) {
            String proxy = spec.proxyConfiguration.containerName;
            draft.unsupported("spec.proxyConfiguration", "App Mesh proxy configuration has no Kubernetes equivalent: "
                    + "no traffic is redirected through " + (proxy == null ? "the proxy container" : proxy)
                    + ", which runs as an ordinary container. Use a service mesh's own sidecar injection instead");
        }
        if (!Specs.list(spec.inferenceAccelerators).isEmpty()) {
            draft.unsupported("spec.inferenceAccelerators", "Elastic Inference accelerators have no Kubernetes "
                    + "equivalent: none is attached (request a GPU through resourceRequirements instead)");
        }
        if (Specs.isTrue(spec.enableFaultInjection)) {
            draft.unsupported("spec.enableFaultInjection", "ECS fault injection has no Kubernetes equivalent: the "
                    + "fault injection endpoints are not available to the containers");
        }
    }

    /** The labels of everything Ferry makes for the task definition's family: the pods and their volumes. */
    static Map<String, String> familyLabels(TaskInputs in) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(Labels.MANAGED_BY, Labels.MANAGED_BY_VALUE);
        labels.put(Labels.FAMILY, Names.labelValue(in.family()));
        return labels;
    }

    @Override
    public Set<String> fields() {
        return Set.of("family", "proxyConfiguration", "inferenceAccelerators", "enableFaultInjection",
                // output-only fields of describe-task-definition: accepted and ignored
                "taskDefinitionArn", "revision", "status", "requiresAttributes", "compatibilities", "registeredAt",
                "registeredBy", "deregisteredAt", "deleteRequestedAt");
    }
}
