package dev.ferry.translate;

import java.util.Map;

/** Every label key Ferry sets or selects on, and the sets it puts on objects it creates. */
public final class Labels {
    public static final String MANAGED_BY = "app.kubernetes.io/managed-by";
    public static final String MANAGED_BY_VALUE = "ferry";
    public static final String NAME = "app.kubernetes.io/name";
    public static final String INSTANCE = "app.kubernetes.io/instance";
    public static final String COMPONENT = "app.kubernetes.io/component";
    public static final String PART_OF = "app.kubernetes.io/part-of";

    public static final String PREFIX = "ecs.ferry.dev/";
    /** Name of the TaskDefinition object a revision or pod template comes from. */
    public static final String TASK_DEFINITION = PREFIX + "task-definition";
    /** The ECS family (label-value safe form). */
    public static final String FAMILY = PREFIX + "family";
    /** The revision number. */
    public static final String REVISION = PREFIX + "revision";
    public static final String SERVICE = PREFIX + "service";
    public static final String TASK = PREFIX + "task";
    public static final String SCHEDULED_TASK = PREFIX + "scheduled-task";
    public static final String CLUSTER = PREFIX + "cluster";
    public static final String TARGET_GROUP = PREFIX + "target-group";

    /** {@link #COMPONENT} value of task definition revision snapshots. */
    public static final String COMPONENT_REVISION = "task-definition-revision";

    /** Label selector for every object Ferry creates: what its informers watch. */
    public static final String MANAGED_SELECTOR = MANAGED_BY + "=" + MANAGED_BY_VALUE;

    private Labels() {
    }

    /** Labels of a task definition revision snapshot. */
    public static Map<String, String> revision(String taskDefinitionName, String family, int revision) {
        return Map.of(
                MANAGED_BY, MANAGED_BY_VALUE,
                NAME, "ferry",
                COMPONENT, COMPONENT_REVISION,
                TASK_DEFINITION, Names.labelValue(taskDefinitionName),
                FAMILY, Names.labelValue(family),
                REVISION, Integer.toString(revision));
    }
}
