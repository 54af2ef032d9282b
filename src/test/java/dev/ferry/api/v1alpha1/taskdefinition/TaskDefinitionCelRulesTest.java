package dev.ferry.api.v1alpha1.taskdefinition;

import dev.ferry.testing.CelRules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The CEL rules of the generated TaskDefinition CRD, type-checked against its schema and evaluated offline with
 * cel-java (see {@link CelRules} for what this does and does not cover compared with an API server).
 */
class TaskDefinitionCelRulesTest {

    private static final CelRules RULES = new CelRules(GeneratedCrd.schemaOf(TaskDefinition.class));
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String FARGATE_NEEDS_AWSVPC = "spec.networkMode must be awsvpc when requiresCompatibilities includes FARGATE";
    private static final String MEMORY_NEEDED =
            "each container needs memory or memoryReservation unless the task sets memory (spec.containerDefinitions[].memory)";
    private static final String ONE_ESSENTIAL = "at least one container must be essential (spec.containerDefinitions[].essential)";
    private static final String UNIQUE_NAMES = "container names must be unique (spec.containerDefinitions[].name)";
    private static final String MEMORY_ABOVE_RESERVATION = "memory must be greater than memoryReservation";
    private static final String DEPENDS_ON_KNOWN =
            "spec.containerDefinitions[].dependsOn[].containerName must name a container of this task definition";

    @Test
    void everyRuleTypeChecksAgainstTheSchema() {
        assertThat(RULES.compileErrors()).isEmpty();
        assertThat(RULES.messages()).hasSize(6);
    }

    static Stream<Path> validExamples() {
        return TaskDefinitionExamplesTest.validExamples();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validExamples")
    void sharedExampleSatisfiesEveryRule(Path file) throws IOException {
        JsonNode spec = TaskDefinitionExamplesTest.specOf(JSON.readTree(file.toFile()));

        assertThat(RULES.validate(resource(spec))).isEmpty();
    }

    @Test
    void minimalTaskDefinitionSatisfiesEveryRule() {
        assertThat(violations(spec())).isEmpty();
    }

    @Test
    void specWithoutContainerDefinitionsIsLeftToTheSchemasRequiredError() {
        ObjectNode spec = spec();
        spec.remove("containerDefinitions");

        assertThat(violations(spec)).isEmpty();
    }

    @Test
    void fargateWithBridgeNetworkIsRejected() {
        ObjectNode spec = spec();
        spec.putArray("requiresCompatibilities").add("EC2").add("FARGATE");
        spec.put("networkMode", "bridge");

        assertThat(violations(spec)).containsExactly(FARGATE_NEEDS_AWSVPC);
    }

    @Test
    void fargateWithoutNetworkModeIsRejected() {
        ObjectNode spec = spec();
        spec.putArray("requiresCompatibilities").add("FARGATE");

        assertThat(violations(spec)).containsExactly(FARGATE_NEEDS_AWSVPC);
    }

    @Test
    void fargateWithAwsvpcAndEc2WithBridgeAreAccepted() {
        ObjectNode fargate = spec();
        fargate.putArray("requiresCompatibilities").add("FARGATE");
        fargate.put("networkMode", "awsvpc");
        ObjectNode ec2 = spec();
        ec2.putArray("requiresCompatibilities").add("EC2");
        ec2.put("networkMode", "bridge");

        assertThat(violations(fargate)).isEmpty();
        assertThat(violations(ec2)).isEmpty();
    }

    @Test
    void containerWithoutMemoryIsRejectedWhenTheTaskSetsNone() {
        ObjectNode spec = spec();
        container(spec, 0).remove("memory");

        assertThat(violations(spec)).containsExactly(MEMORY_NEEDED);
    }

    @Test
    void containerWithoutMemoryIsAcceptedWhenTheTaskSetsMemory() {
        ObjectNode spec = spec();
        container(spec, 0).remove("memory");
        spec.put("memory", "512");

        assertThat(violations(spec)).isEmpty();
    }

    @Test
    void memoryReservationAloneIsEnough() {
        ObjectNode spec = spec();
        container(spec, 0).remove("memory");
        container(spec, 0).put("memoryReservation", 64);

        assertThat(violations(spec)).isEmpty();
    }

    @Test
    void taskWithOnlyNonEssentialContainersIsRejected() {
        ObjectNode spec = spec();
        container(spec, 0).put("essential", false);

        assertThat(violations(spec)).containsExactly(ONE_ESSENTIAL);
    }

    @Test
    void containerWithoutEssentialCountsAsEssential() {
        ObjectNode spec = spec();
        addContainer(spec, "sidecar").put("essential", false);

        assertThat(violations(spec)).isEmpty();
    }

    @Test
    void duplicateContainerNamesAreRejected() {
        ObjectNode spec = spec();
        addContainer(spec, "app");

        assertThat(violations(spec)).containsExactly(UNIQUE_NAMES);
    }

    @Test
    void memoryNotAboveMemoryReservationIsRejectedOnTheContainer() {
        ObjectNode spec = spec();
        container(spec, 0).put("memory", 128).put("memoryReservation", 128);

        assertThat(RULES.validate(resource(spec)))
                .containsExactly(new CelRules.Violation(".spec.containerDefinitions[0]", MEMORY_ABOVE_RESERVATION));
    }

    @Test
    void memoryAboveMemoryReservationIsAccepted() {
        ObjectNode spec = spec();
        container(spec, 0).put("memory", 256).put("memoryReservation", 128);

        assertThat(violations(spec)).isEmpty();
    }

    @Test
    void dependsOnAnUnknownContainerIsRejected() {
        ObjectNode spec = spec();
        addContainer(spec, "web").putArray("dependsOn").addObject().put("containerName", "db").put("condition", "START");

        assertThat(violations(spec)).containsExactly(DEPENDS_ON_KNOWN);
    }

    @Test
    void dependsOnAContainerOfTheTaskIsAccepted() {
        ObjectNode spec = spec();
        addContainer(spec, "web").putArray("dependsOn").addObject().put("containerName", "app").put("condition", "HEALTHY");

        assertThat(violations(spec)).isEmpty();
    }

    /** A valid task definition with one container, {@code app}, that sets memory. */
    private static ObjectNode spec() {
        ObjectNode spec = JSON.createObjectNode().put("family", "web");
        spec.putArray("containerDefinitions").addObject().put("name", "app").put("image", "nginx:1.27").put("memory", 128);
        return spec;
    }

    private static ObjectNode container(ObjectNode spec, int index) {
        return (ObjectNode) spec.get("containerDefinitions").get(index);
    }

    private static ObjectNode addContainer(ObjectNode spec, String name) {
        return ((ArrayNode) spec.get("containerDefinitions")).addObject()
                .put("name", name).put("image", "busybox").put("memory", 64);
    }

    private static JsonNode resource(JsonNode spec) {
        ObjectNode resource = JSON.createObjectNode().put("apiVersion", "ecs.ferry.dev/v1alpha1").put("kind", "TaskDefinition");
        resource.putObject("metadata").put("name", "web");
        resource.set("spec", spec);
        return resource;
    }

    private static List<String> violations(JsonNode spec) {
        return RULES.validate(resource(spec)).stream().map(CelRules.Violation::message).toList();
    }
}
