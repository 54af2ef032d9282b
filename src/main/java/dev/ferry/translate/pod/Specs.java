package dev.ferry.translate.pod;

import dev.ferry.api.v1alpha1.taskdefinition.ContainerDefinition;
import dev.ferry.api.v1alpha1.taskdefinition.TaskDefinitionSpec;
import dev.ferry.api.v1alpha1.taskdefinition.TaskDefinitionSpec.NetworkMode;
import java.util.List;
import java.util.Map;

/**
 * Null-safe reads of the API model with ECS's defaults, in one place, so steps never test for null themselves.
 */
public final class Specs {
    private Specs() {
    }

    public static List<ContainerDefinition> containers(TaskDefinitionSpec spec) {
        return list(spec.containerDefinitions);
    }

    /** ECS: {@code essential} defaults to true. */
    public static boolean essential(ContainerDefinition definition) {
        return definition.essential == null || definition.essential;
    }

    public static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }

    public static <K, V> Map<K, V> map(Map<K, V> values) {
        return values == null ? Map.of() : values;
    }

    public static boolean isTrue(Boolean value) {
        return Boolean.TRUE.equals(value);
    }

    /**
     * The network mode the task runs with: as written, else ECS's default (awsvpc on serverless capacity, which
     * Fargate requires; bridge on EC2 Linux).
     */
    public static NetworkMode networkMode(TaskInputs in) {
        if (in.spec().networkMode != null) {
            return in.spec().networkMode;
        }
        return in.capacity().serverless() ? NetworkMode.AWSVPC : NetworkMode.BRIDGE;
    }
}
