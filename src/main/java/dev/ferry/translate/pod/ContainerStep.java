package dev.ferry.translate.pod;

import dev.ferry.api.v1alpha1.taskdefinition.ContainerDefinition;
import dev.ferry.translate.Labels;
import io.fabric8.kubernetes.api.model.Container;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Translates name, image (with the Cluster's image rewrites), entryPoint → command, command → args (escaping
 * {@code $(}), workingDirectory, interactive, pseudoTerminal, essential, versionConsistency.
 *
 * <p>Rules (docs/mapping/containers.md):
 * <ul>
 *   <li>{@code entryPoint} → {@code command}, {@code command} → {@code args}, item for item, each escaped with
 *       {@link KubernetesExpansion#literal} so Kubernetes does not expand {@code $(VAR)} or reduce {@code $$}.</li>
 *   <li>{@code image} after the Cluster's rewrites ({@link ImageReferences}); {@code imagePullPolicy} Always for a
 *       tag, IfNotPresent for a digest.</li>
 *   <li>The essential containers are listed in annotation {@link #ESSENTIAL_CONTAINERS}; renamed containers in
 *       {@link #CONTAINER_NAMES}.</li>
 * </ul>
 */
public final class ContainerStep implements PodStep {
    /**
     * Pod annotation: the Kubernetes names of the essential containers, comma-separated, in definition order. The
     * Task reconciler stops the task when one of them exits.
     */
    public static final String ESSENTIAL_CONTAINERS = Labels.PREFIX + "essential-containers";
    /**
     * Pod annotation, present only when a container name had to change: a JSON object from Kubernetes container name
     * to ECS container name, for the containers whose names differ (keys sorted, as in every JSON annotation).
     */
    public static final String CONTAINER_NAMES = Labels.PREFIX + "container-names";

    ContainerStep() {
    }

    @Override
    public void apply(TaskInputs in, PodDraft draft) {
        List<String> essential = new ArrayList<>();
        Map<String, String> renamed = new LinkedHashMap<>();
        for (ContainerDefinition definition : Specs.containers(in.spec())) {
            Container container = draft.container(definition);
            String path = PodDraft.path(definition);
            image(in, draft, definition, container, path);
            List<String> command = arguments(draft, definition.entryPoint, path + ".entryPoint");
            if (command != null) {
                container.setCommand(command);
            }
            List<String> args = arguments(draft, definition.command, path + ".command");
            if (args != null) {
                container.setArgs(args);
            }
            if (definition.workingDirectory != null && !definition.workingDirectory.isEmpty()) {
                container.setWorkingDir(definition.workingDirectory);
            }
            if (Specs.isTrue(definition.interactive)) {
                container.setStdin(true);
            }
            if (Specs.isTrue(definition.pseudoTerminal)) {
                container.setTty(true);
            }
            if (Specs.essential(definition)) {
                essential.add(container.getName());
            } else if (in.workload() == Workload.SERVICE && !restartsInPlace(definition)
                    && !DependsOnStep.runsAsInitContainer(in.spec(), definition.name)) {
                // An init container (a COMPLETE/SUCCESS dependency) runs once, to completion, under restartPolicy
                // Always too: only a failed one is retried (where a Service on ECS replaces the task).
                draft.unsupported(path + ".essential", "false: in a Service's pod (restartPolicy Always) the kubelet "
                        + "restarts this container in place whenever it exits, where ECS leaves a non-essential container "
                        + "stopped and the task running");
            }
            if (!container.getName().equals(definition.name)) {
                renamed.put(container.getName(), definition.name);
            }
        }
        draft.metadata().getAnnotations().put(ESSENTIAL_CONTAINERS, String.join(",", essential));
        if (!renamed.isEmpty()) {
            draft.metadata().getAnnotations().put(CONTAINER_NAMES, MetadataSyntax.json(renamed));
        }
    }

    @Override
    public Set<String> fields() {
        return Set.of(
                "containerDefinitions[].name",
                "containerDefinitions[].image",
                "containerDefinitions[].entryPoint",
                "containerDefinitions[].command",
                "containerDefinitions[].workingDirectory",
                "containerDefinitions[].interactive",
                "containerDefinitions[].pseudoTerminal",
                "containerDefinitions[].essential",
                "containerDefinitions[].versionConsistency");
    }

    /** The Kubernetes names of the essential containers recorded in a pod's annotations (empty when absent). */
    public static List<String> essentialContainers(Map<String, String> annotations) {
        String value = annotations == null ? null : annotations.get(ESSENTIAL_CONTAINERS);
        if (value == null || value.isEmpty()) {
            return List.of();
        }
        return List.copyOf(Arrays.asList(value.split(",")));
    }

    private static void image(TaskInputs in, PodDraft draft, ContainerDefinition definition, Container container,
            String path) {
        if (definition.image == null || definition.image.isBlank()) {
            draft.violation(path + ".image", "is required: an image reference such as repository:tag "
                    + "or repository@sha256:digest");
            return;
        }
        String image = ImageReferences.rewrite(definition.image.strip(), in.policy().imageRewrites());
        container.setImage(image);
        container.setImagePullPolicy(ImageReferences.pullPolicy(image));
        if (definition.versionConsistency == ContainerDefinition.VersionConsistency.ENABLED
                && !ImageReferences.pinnedByDigest(image)) {
            draft.unsupported(path + ".versionConsistency", "enabled: Ferry does not resolve the tag to a digest; "
                    + "every pod pulls the tag when it starts (imagePullPolicy Always), so pods of one deployment can "
                    + "run different images if the tag moves. Pin the image by digest (repository@sha256:...) for "
                    + "the ECS guarantee");
        }
    }

    /** ECS list → Kubernetes list, each item escaped; null for an absent or empty list (the image's default). */
    private static List<String> arguments(PodDraft draft, List<String> values, String path) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        List<String> out = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (value == null) {
                draft.violation(path + "[" + i + "]", "is null; write each argument as a string (\"\" for an empty one)");
                continue;
            }
            out.add(KubernetesExpansion.literal(value));
        }
        return out;
    }

    /** ECS restarts this container in place (container restart policy), as the kubelet does under restartPolicy Always. */
    static boolean restartsInPlace(ContainerDefinition definition) {
        return definition.restartPolicy != null && Specs.isTrue(definition.restartPolicy.enabled);
    }
}
