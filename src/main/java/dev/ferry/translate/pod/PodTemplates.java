package dev.ferry.translate.pod;

import dev.ferry.translate.Labels;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import java.util.ArrayList;
import java.util.List;

/** Task definition revision → pod template: runs the steps in order and assembles the result. */
public final class PodTemplates {
    /** Annotation holding the task definition ARN of the revision a pod runs. */
    public static final String TASK_DEFINITION_ARN = Labels.PREFIX + "task-definition-arn";

    /** The steps, in the order they run. */
    public static final List<PodStep> STEPS = List.of(
            new ContainerStep(),
            new ResourcesStep(),
            new PortsStep(),
            new EnvironmentStep(),
            new VolumesStep(),
            new SecurityStep(),
            new NetworkStep(),
            new HealthCheckStep(),
            // before docker labels and tags: the Cluster's capacity pod labels win over the task definition's metadata
            new PlacementStep(),
            new LoggingStep(),
            new IdentityStep(),
            new TagsStep(),
            new DependsOnStep(), // after HealthCheckStep: it changes probes by the role a container gets
            new LifecycleStep(), // after DependsOnStep: native sidecars restart on their own
            new TaskLevelStep());

    private PodTemplates() {
    }

    public static PodTranslation translate(TaskInputs in) {
        PodDraft draft = new PodDraft(in);
        for (PodStep step : STEPS) {
            step.apply(in, draft);
        }
        if (!draft.violations().isEmpty()) {
            return new PodTranslation(null, draft.companions(), draft.unsupportedFields(), draft.violations());
        }
        List<Container> main = new ArrayList<>();
        draft.containers().forEach((name, container) -> {
            if (draft.roles().get(name) == PodDraft.Role.MAIN) {
                main.add(container);
            }
        });
        List<Container> init = new ArrayList<>();
        for (String name : draft.initOrder()) {
            init.add(draft.container(name));
        }
        draft.roles().forEach((name, role) -> {
            if (role != PodDraft.Role.MAIN && !draft.initOrder().contains(name)) {
                init.add(draft.container(name));
            }
        });
        draft.pod().setContainers(main);
        draft.pod().setInitContainers(init.isEmpty() ? null : init);
        return new PodTranslation(new PodTemplateSpec(draft.metadata(), draft.pod()), draft.companions(),
                draft.unsupportedFields(), draft.violations());
    }
}
