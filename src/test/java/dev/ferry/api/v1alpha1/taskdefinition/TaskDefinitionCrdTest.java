package dev.ferry.api.v1alpha1.taskdefinition;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/** The generated TaskDefinition CRD: descriptions, enums, bounds and CEL rules of spec. */
class TaskDefinitionCrdTest {

    private static final JsonNode SPEC = GeneratedCrd.schemaOf(TaskDefinition.class).at("/properties/spec");
    private static final String CONTAINER = "/properties/containerDefinitions/items";

    @Test
    void everySpecPropertyHasADescription() {
        List<String> undescribed = new ArrayList<>();
        walk(SPEC, "spec", (path, node) -> {
            if (!path.equals("spec") && !path.endsWith("[]") && !path.endsWith("{}") && node.path("description").asText().isBlank()) {
                undescribed.add(path);
            }
        });
        assertThat(undescribed).isEmpty();
    }

    @Test
    void everySpecListHasAMaximumSizeForTheCelCostBudget() {
        List<String> unbounded = new ArrayList<>();
        walk(SPEC, "spec", (path, node) -> {
            if (node.path("type").asText().equals("array") && !node.has("maxItems")) {
                unbounded.add(path);
            }
        });
        assertThat(unbounded).isEmpty();
    }

    @Test
    void stringsComparedByRulesHaveAMaximumLength() {
        assertThat(SPEC.at(CONTAINER + "/properties/name/maxLength").asInt()).isEqualTo(255);
        assertThat(SPEC.at(CONTAINER + "/properties/dependsOn/items/properties/containerName/maxLength").asInt()).isEqualTo(255);
    }

    @Test
    void familyAndContainerNameAndImageAreRequiredAndValidated() {
        assertThat(texts(SPEC.get("required"))).contains("family", "containerDefinitions");
        assertThat(SPEC.at("/properties/family/pattern").asText()).isEqualTo("^[A-Za-z0-9_-]{1,255}$");
        assertThat(SPEC.at("/properties/containerDefinitions/minItems").asInt()).isEqualTo(1);
        assertThat(SPEC.at("/properties/containerDefinitions/maxItems").asInt()).isEqualTo(10);
        assertThat(texts(SPEC.at(CONTAINER + "/required"))).contains("name", "image");
        assertThat(SPEC.at(CONTAINER + "/properties/name/pattern").asText()).isEqualTo("^[A-Za-z0-9_-]{1,255}$");
    }

    @Test
    void enumsUseTheAwsSpellings() {
        assertEnum("/properties/networkMode", "awsvpc", "bridge", "host", "none");
        assertEnum("/properties/requiresCompatibilities/items", "EC2", "EXTERNAL", "FARGATE", "MANAGED_INSTANCES");
        assertEnum("/properties/pidMode", "host", "task");
        assertEnum("/properties/ipcMode", "host", "none", "task");
        assertEnum("/properties/runtimePlatform/properties/cpuArchitecture", "ARM64", "X86_64");
        assertEnum("/properties/proxyConfiguration/properties/type", "APPMESH");
        assertEnum(CONTAINER + "/properties/portMappings/items/properties/protocol", "tcp", "udp");
        assertEnum(CONTAINER + "/properties/portMappings/items/properties/appProtocol", "grpc", "http", "http2");
        assertEnum(CONTAINER + "/properties/dependsOn/items/properties/condition", "COMPLETE", "HEALTHY", "START", "SUCCESS");
        assertEnum(CONTAINER + "/properties/logConfiguration/properties/logDriver",
                "awsfirelens", "awslogs", "fluentd", "gelf", "journald", "json-file", "splunk", "syslog");
        assertEnum(CONTAINER + "/properties/ulimits/items/properties/name", "core", "cpu", "data", "fsize", "locks", "memlock",
                "msgqueue", "nice", "nofile", "nproc", "rss", "rtprio", "rttime", "sigpending", "stack");
        assertEnum(CONTAINER + "/properties/versionConsistency", "disabled", "enabled");
        assertEnum(CONTAINER + "/properties/firelensConfiguration/properties/type", "fluentbit", "fluentd");
        assertEnum(CONTAINER + "/properties/linuxParameters/properties/devices/items/properties/permissions/items", "mknod", "read", "write");
        assertEnum("/properties/volumes/items/properties/dockerVolumeConfiguration/properties/scope", "shared", "task");
        assertEnum("/properties/volumes/items/properties/efsVolumeConfiguration/properties/transitEncryption", "DISABLED", "ENABLED");
        assertEnum("/properties/volumes/items/properties/efsVolumeConfiguration/properties/authorizationConfig/properties/iam",
                "DISABLED", "ENABLED");
    }

    @Test
    void numbersAreBoundedAsEcsBoundsThem() {
        String healthCheck = CONTAINER + "/properties/healthCheck/properties/";
        assertBounds(healthCheck + "interval", 5, 300);
        assertBounds(healthCheck + "timeout", 2, 60);
        assertBounds(healthCheck + "retries", 1, 10);
        assertBounds(healthCheck + "startPeriod", 0, 300);
        assertBounds(CONTAINER + "/properties/portMappings/items/properties/containerPort", 0, 65535);
        assertBounds(CONTAINER + "/properties/portMappings/items/properties/hostPort", 0, 65535);
        assertThat(SPEC.at(CONTAINER + "/properties/cpu/minimum").asDouble()).isEqualTo(0);
    }

    @Test
    void crossFieldRulesCarryTheAgreedMessages() {
        assertThat(messages(SPEC)).containsExactlyInAnyOrder(
                "spec.networkMode must be awsvpc when requiresCompatibilities includes FARGATE",
                "each container needs memory or memoryReservation unless the task sets memory (spec.containerDefinitions[].memory)",
                "at least one container must be essential (spec.containerDefinitions[].essential)",
                "container names must be unique (spec.containerDefinitions[].name)",
                "spec.containerDefinitions[].dependsOn[].containerName must name a container of this task definition");
        assertThat(messages(SPEC.at(CONTAINER))).containsExactly("memory must be greater than memoryReservation");
    }

    @Test
    void describeOutputFieldsAreDescribedAsIgnored() {
        for (String field : List.of("taskDefinitionArn", "revision", "status", "requiresAttributes", "compatibilities",
                "registeredAt", "registeredBy", "deregisteredAt", "deleteRequestedAt")) {
            assertThat(SPEC.at("/properties/" + field + "/description").asText())
                    .as(field)
                    .isEqualTo("Output-only field of describe-task-definition; accepted and ignored by Ferry");
        }
    }

    @Test
    void describeOutputTimestampsAcceptAnyJsonValue() {
        for (String field : List.of("registeredAt", "deregisteredAt", "deleteRequestedAt")) {
            JsonNode node = SPEC.at("/properties/" + field);
            assertThat(node.path("x-kubernetes-preserve-unknown-fields").asBoolean()).as(field).isTrue();
            assertThat(node.has("type")).as(field + " has no type, so strings and numbers both pass").isFalse();
        }
    }

    private static void assertEnum(String pointer, String... values) {
        assertThat(texts(SPEC.at(pointer + "/enum"))).as(pointer).containsExactlyInAnyOrder(values);
    }

    private static void assertBounds(String pointer, double min, double max) {
        assertThat(SPEC.at(pointer + "/minimum").asDouble(Double.NaN)).as(pointer + " minimum").isEqualTo(min);
        assertThat(SPEC.at(pointer + "/maximum").asDouble(Double.NaN)).as(pointer + " maximum").isEqualTo(max);
    }

    private static List<String> messages(JsonNode node) {
        List<String> messages = new ArrayList<>();
        node.path("x-kubernetes-validations").forEach(v -> messages.add(v.path("message").asText()));
        return messages;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    /** Visits every schema node below {@code node}: properties, list items ({@code []}) and map values ({@code {}}). */
    private static void walk(JsonNode node, String path, BiConsumer<String, JsonNode> visitor) {
        visitor.accept(path, node);
        node.path("properties").fields().forEachRemaining(p -> walk(p.getValue(), path + "." + p.getKey(), visitor));
        if (node.has("items")) {
            walk(node.get("items"), path + "[]", visitor);
        }
        if (node.path("additionalProperties").isObject()) {
            walk(node.get("additionalProperties"), path + "{}", visitor);
        }
    }
}
