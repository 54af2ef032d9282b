package dev.ferry.translate.task;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ferry.api.v1alpha1.common.ContainerOverride;
import dev.ferry.api.v1alpha1.common.KeyValuePair;
import dev.ferry.api.v1alpha1.common.TaskOverride;
import dev.ferry.api.v1alpha1.common.UnsupportedField;
import dev.ferry.api.v1alpha1.taskdefinition.ContainerDefinition;
import dev.ferry.api.v1alpha1.taskdefinition.TaskDefinitionSpec;
import dev.ferry.translate.Violation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * RunTask {@code overrides} applied to a task definition revision, as ECS applies them: per container (matched by
 * name) command, environment (merged by name, the override winning), environmentFiles (appended), cpu, memory,
 * memoryReservation, resourceRequirements; per task cpu, memory, ephemeralStorage, taskRoleArn.
 */
public final class Overrides {
    static final String FIELD = "spec.overrides";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Overrides() {
    }

    /**
     * @param spec        the revision with overrides applied (a deep copy; the input is not modified)
     * @param unsupported override fields accepted but not honoured
     * @param violations  overrides that cannot be applied (an override naming no container)
     */
    public record Applied(TaskDefinitionSpec spec, List<UnsupportedField> unsupported, List<Violation> violations) {
        public Applied {
            unsupported = List.copyOf(unsupported);
            violations = List.copyOf(violations);
        }

        public boolean isValid() {
            return violations.isEmpty();
        }
    }

    public static Applied apply(TaskDefinitionSpec revision, TaskOverride overrides) {
        TaskDefinitionSpec spec = MAPPER.convertValue(revision, TaskDefinitionSpec.class);
        List<UnsupportedField> unsupported = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        if (overrides == null) {
            return new Applied(spec, unsupported, violations);
        }
        if (overrides.cpu != null) {
            spec.cpu = overrides.cpu;
        }
        if (overrides.memory != null) {
            spec.memory = overrides.memory;
        }
        if (overrides.ephemeralStorage != null) {
            spec.ephemeralStorage = MAPPER.convertValue(overrides.ephemeralStorage,
                    dev.ferry.api.v1alpha1.common.EphemeralStorage.class);
        }
        if (overrides.taskRoleArn != null) {
            spec.taskRoleArn = overrides.taskRoleArn;
        }
        if (overrides.executionRoleArn != null) {
            unsupported.add(new UnsupportedField(FIELD + ".executionRoleArn", "Ferry has no execution role: the "
                    + "kubelet pulls images with the pod's imagePullSecrets and secrets come from Kubernetes Secrets"));
        }
        if (overrides.inferenceAcceleratorOverrides != null && !overrides.inferenceAcceleratorOverrides.isEmpty()) {
            unsupported.add(new UnsupportedField(FIELD + ".inferenceAcceleratorOverrides", "Elastic Inference "
                    + "accelerators do not exist on Kubernetes (and are retired on AWS); ignored"));
        }
        List<ContainerDefinition> containers = spec.containerDefinitions == null ? List.of() : spec.containerDefinitions;
        for (ContainerOverride override : overrides.containerOverrides == null ? List.<ContainerOverride>of()
                : overrides.containerOverrides) {
            if (override == null) {
                continue;
            }
            Optional<ContainerDefinition> target = containers.stream()
                    .filter(c -> c.name != null && c.name.equals(override.name)).findFirst();
            if (target.isEmpty()) {
                violations.add(new Violation(FIELD + ".containerOverrides[" + override.name + "]",
                        "names no container of task definition " + spec.family + " (its containers: "
                                + String.join(", ", containers.stream().map(c -> c.name).filter(Objects::nonNull)
                                        .toList()) + ")"));
                continue;
            }
            apply(target.get(), override);
        }
        return new Applied(spec, unsupported, violations);
    }

    private static void apply(ContainerDefinition container, ContainerOverride override) {
        if (override.command != null) {
            container.command = new ArrayList<>(override.command);
        }
        if (override.environment != null && !override.environment.isEmpty()) {
            Map<String, KeyValuePair> merged = new LinkedHashMap<>();
            for (KeyValuePair pair : container.environment == null ? List.<KeyValuePair>of() : container.environment) {
                merged.put(pair.name, pair);
            }
            for (KeyValuePair pair : override.environment) {
                merged.put(pair.name, pair);
            }
            container.environment = new ArrayList<>(merged.values());
        }
        if (override.environmentFiles != null && !override.environmentFiles.isEmpty()) {
            List<dev.ferry.api.v1alpha1.common.EnvironmentFile> files = new ArrayList<>(
                    container.environmentFiles == null ? List.of() : container.environmentFiles);
            files.addAll(override.environmentFiles);
            container.environmentFiles = files;
        }
        if (override.cpu != null) {
            container.cpu = override.cpu;
        }
        if (override.memory != null) {
            container.memory = override.memory;
        }
        if (override.memoryReservation != null) {
            container.memoryReservation = override.memoryReservation;
        }
        if (override.resourceRequirements != null) {
            container.resourceRequirements = new ArrayList<>(override.resourceRequirements);
        }
    }
}
