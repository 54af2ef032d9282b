package dev.ferry.translate.pod;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.ferry.api.v1alpha1.common.UnsupportedField;
import dev.ferry.api.v1alpha1.taskdefinition.TaskDefinitionSpec;
import dev.ferry.translate.Violation;
import io.fabric8.kubernetes.api.model.Container;
import java.io.UncheckedIOException;
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
        return PodTemplates.translate(new TaskInputs(spec(yaml), 1, workload, capacity, ClusterPolicy.defaults(),
                Platform.LATEST, PodFixtures.SCOPE));
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

    static UnsupportedField unsupported(PodTranslation translation, String field) {
        return translation.unsupported().stream().filter(u -> u.field.equals(field)).findFirst().orElseThrow();
    }
}
