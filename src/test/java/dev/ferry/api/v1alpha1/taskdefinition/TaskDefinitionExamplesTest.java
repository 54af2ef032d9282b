package dev.ferry.api.v1alpha1.taskdefinition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every task definition in shared/examples/taskdefs binds to {@link TaskDefinitionSpec} with a mapper as strict as
 * the CRD schema (unknown fields, wrong JSON types and values outside an enum all fail) and serializes back to the
 * same JSON, which proves every field those files use is modelled and nothing is lost or reshaped.
 */
class TaskDefinitionExamplesTest {

    private static final String KIND = "taskdefs";

    /**
     * Files that are not valid ECS as written, with the path of the first field the binding rejects. Every entry must
     * name an existing file, and every other file must round-trip: a file cannot pass by being skipped.
     */
    private static final Map<String, String> INVALID_AS_WRITTEN = Map.of(
            // Template placeholders where ECS takes an enum: "{{networkmode}}", "{{launchtype}}".
            "15-cwinsights-prometheus-replica.json", "networkMode",
            // An ecspresso Go template ({{ must_env `AWS_REGION` }} in strings) that also leaves "" in the enums
            // appProtocol, ipcMode and pidMode: "" is none of their values, here or for the API server.
            "17-ecspresso-arm64-fargate.json", "containerDefinitions[0].portMappings[0].appProtocol");

    /** Mirrors what the API server enforces on the CRD schema: no unknown fields, no coercion between JSON types. */
    static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .withCoercionConfig(LogicalType.Enum, c -> c.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
            .build();

    static Stream<Path> examples() {
        return SharedExamples.files(KIND).stream();
    }

    static Stream<Path> validExamples() {
        return examples().filter(p -> !INVALID_AS_WRITTEN.containsKey(p.getFileName().toString()));
    }

    static Stream<Path> invalidExamples() {
        return examples().filter(p -> INVALID_AS_WRITTEN.containsKey(p.getFileName().toString()));
    }

    @Test
    void everyFileListedAsInvalidExists() {
        Set<String> names = examples().map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        assertThat(names).hasSizeGreaterThan(INVALID_AS_WRITTEN.size()).containsAll(INVALID_AS_WRITTEN.keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validExamples")
    void validExampleBindsAndSerializesBackUnchanged(Path file) throws IOException {
        JsonNode input = specOf(STRICT.readTree(file.toFile()));

        TaskDefinitionSpec spec = STRICT.treeToValue(input, TaskDefinitionSpec.class);

        JsonNode output = STRICT.valueToTree(spec);
        assertThat(output).isEqualTo(withoutNullMembers(input));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidExamples")
    void invalidExampleIsRejectedNamingTheField(Path file) throws IOException {
        JsonNode input = specOf(STRICT.readTree(file.toFile()));
        String expectedPath = INVALID_AS_WRITTEN.get(file.getFileName().toString());
        String leaf = expectedPath.substring(expectedPath.lastIndexOf('.') + 1);

        assertThatThrownBy(() -> STRICT.treeToValue(input, TaskDefinitionSpec.class))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("\"" + leaf + "\"")
                .satisfies(e -> assertThat(fieldPath((JsonMappingException) e)).isEqualTo(expectedPath));
    }

    @Test
    void describeOutputTimestampsAreAcceptedAsStringsAndAsEpochNumbers() throws IOException {
        String json = """
                {"family": "f", "containerDefinitions": [{"name": "c", "image": "i", "memory": 64}],
                 "registeredAt": 1694963547.391, "deregisteredAt": "2023-09-17T15:12:27.391000+00:00",
                 "deleteRequestedAt": 1694963547}""";

        TaskDefinitionSpec spec = STRICT.readValue(json, TaskDefinitionSpec.class);

        assertThat(spec.registeredAt.isNumber()).isTrue();
        assertThat(spec.deregisteredAt.isTextual()).isTrue();
        JsonNode output = STRICT.valueToTree(spec);
        assertThat(output).isEqualTo(STRICT.readTree(json));
    }

    @Test
    void unknownFieldIsRejectedNamingItsPath() {
        String json = """
                {"family": "f", "containerDefinitions": [{"name": "c", "image": "i", "linuxParameters": {"swapiness": 1}}]}""";

        assertThatThrownBy(() -> STRICT.readValue(json, TaskDefinitionSpec.class))
                .isInstanceOf(JsonMappingException.class)
                .satisfies(e -> assertThat(fieldPath((JsonMappingException) e))
                        .isEqualTo("containerDefinitions[0].linuxParameters.swapiness"));
    }

    /**
     * The task definition itself: describe-task-definition output wraps it as {"taskDefinition": {...}, "tags": [...]},
     * with the tags beside it rather than inside; they are moved in, as a user pasting the output would.
     */
    static JsonNode specOf(JsonNode file) {
        JsonNode wrapped = file.get("taskDefinition");
        if (wrapped == null) {
            return file;
        }
        assertThat(iterable(file.fieldNames())).as("keys of a describe-task-definition wrapper").isSubsetOf("taskDefinition", "tags");
        ObjectNode spec = ((ObjectNode) wrapped).deepCopy();
        JsonNode tags = file.get("tags");
        if (tags != null && !tags.isNull() && !spec.has("tags")) {
            spec.set("tags", tags);
        }
        return spec;
    }

    /** The tree without object members whose value is an explicit null (they mean "not set", as absent members do). */
    static JsonNode withoutNullMembers(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = STRICT.createObjectNode();
            node.fields().forEachRemaining(e -> {
                if (!e.getValue().isNull()) {
                    copy.set(e.getKey(), withoutNullMembers(e.getValue()));
                }
            });
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = STRICT.createArrayNode();
            node.forEach(item -> copy.add(withoutNullMembers(item)));
            return copy;
        }
        return node;
    }

    /** The path of the failing field, as spec-relative JSON path: {@code containerDefinitions[0].portMappings[0].name}. */
    static String fieldPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static List<String> iterable(Iterator<String> it) {
        List<String> list = new ArrayList<>();
        it.forEachRemaining(list::add);
        return list;
    }
}
