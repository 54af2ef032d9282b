package dev.ferry.translate.pod;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.ferry.api.v1alpha1.common.UnsupportedField;
import dev.ferry.api.v1alpha1.taskdefinition.TaskDefinitionSpec;
import dev.ferry.translate.Violation;
import io.fabric8.kubernetes.api.model.Container;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;

/** Small task definitions written as YAML, translated for unit tests of single rules. */
final class TestTasks {
    private TestTasks() {
    }

    static TaskDefinitionSpec spec(String yaml) {
        try {
            return PodFixtures.YAML.readValue(yaml, TaskDefinitionSpec.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PodTranslation translate(String yaml, Workload workload, Capacity capacity) {
        return translate(yaml, workload, Platform.LATEST, capacity);
    }

    static PodTranslation translate(String yaml, Workload workload, Platform platform, Capacity capacity) {
        return PodTemplates.translate(new TaskInputs(spec(yaml), 1, workload, capacity, ClusterPolicy.defaults(),
                platform, PodFixtures.SCOPE));
    }

    static PodTranslation ec2Service(String yaml) {
        return translate(yaml, Workload.SERVICE, Capacity.plain("EC2"));
    }

    static Container container(PodTranslation translation, String name) {
        return translation.template().getSpec().getContainers().stream().filter(c -> c.getName().equals(name))
                .findFirst().orElseThrow();
    }

    static List<String> violationFields(PodTranslation translation) {
        return translation.violations().stream().map(Violation::field).toList();
    }

    static List<String> unsupportedFields(PodTranslation translation) {
        return translation.unsupported().stream().map(u -> u.field).toList();
    }

    /**
     * The reported fields under the given model paths, written as {@link PodStep#fields()} writes them
     * ({@code containerDefinitions[].dependsOn}, {@code memory}): a test of one step's rule looks at that step's
     * fields only, since every real task definition also draws reports from the other steps.
     */
    static List<String> unsupportedFields(PodTranslation translation, Collection<String> paths) {
        return unsupportedFields(translation).stream().filter(field -> under(field, paths)).toList();
    }

    static List<String> unsupportedFields(PodTranslation translation, String... paths) {
        return unsupportedFields(translation, List.of(paths));
    }

    /** The violation fields under the given model paths, as {@link #unsupportedFields(PodTranslation, Collection)}. */
    static List<String> violationFields(PodTranslation translation, Collection<String> paths) {
        return violationFields(translation).stream().filter(field -> under(field, paths)).toList();
    }

    static List<String> violationFields(PodTranslation translation, String... paths) {
        return violationFields(translation, List.of(paths));
    }

    /**
     * Whether a report path ({@code spec.containerDefinitions[web].dependsOn[0].condition}) lies under one of the
     * model paths ({@code containerDefinitions[].dependsOn}): list indexes and container names read as {@code []}.
     */
    static boolean under(String field, Collection<String> paths) {
        String model = field.replaceFirst("^spec\\.", "").replaceAll("\\[[^\\]]*]", "[]");
        return paths.stream().anyMatch(path -> model.equals(path) || model.startsWith(path + ".")
                || model.startsWith(path + "["));
    }

    static UnsupportedField unsupported(PodTranslation translation, String field) {
        return translation.unsupported().stream().filter(u -> u.field.equals(field)).findFirst().orElseThrow();
    }
}
