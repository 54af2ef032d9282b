package dev.ferry.translate.pod;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferry.api.v1alpha1.taskdefinition.TaskDefinitionSpec;
import dev.ferry.testing.SharedExamples;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every real-world task definition in ../shared/examples that binds to the model translates, for a Service and for
 * a Task, on the oldest and the newest supported Kubernetes, without an exception; a rejection names a field.
 */
class SharedExamplesTranslateTest {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    static Stream<Path> taskDefinitions() {
        return SharedExamples.files("taskdefs").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("taskDefinitions")
    void translatesOrNamesTheField(Path file) throws Exception {
        JsonNode root = JSON.readTree(file.toFile());
        JsonNode node = root.has("taskDefinition") ? root.get("taskDefinition") : root;
        TaskDefinitionSpec spec;
        try {
            spec = JSON.treeToValue(node, TaskDefinitionSpec.class);
        } catch (Exception notValidEcs) {
            return; // not valid ECS as written: TaskDefinitionExamplesTest pins the field it names
        }
        if (spec.family == null) {
            ((ObjectNode) node).put("family", "x");
            spec = JSON.treeToValue(node, TaskDefinitionSpec.class);
        }
        for (Workload workload : Workload.values()) {
            for (Platform platform : List.of(Platform.MINIMUM, Platform.LATEST)) {
                for (Capacity capacity : List.of(Capacity.plain("EC2"), Capacity.serverless("FARGATE"))) {
                    PodTranslation t = PodTemplates.translate(new TaskInputs(spec, 1, workload, capacity,
                            ClusterPolicy.defaults(), platform, PodFixtures.SCOPE));
                    t.violations().forEach(v -> assertThat(v.field()).startsWith("spec."));
                    t.unsupported().forEach(u -> assertThat(u.field).startsWith("spec."));
                    if (t.isValid()) {
                        assertThat(t.template().getSpec().getContainers()).isNotEmpty();
                    }
                }
            }
        }
    }
}
