package dev.ferry.testing;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

/**
 * Strict Jackson mappers and helpers for the API round-trip tests: unknown properties and
 * duplicate keys fail, so a test proves that every field of the input has a home in the model.
 */
public final class ApiJson {
    /** Strict JSON mapper (unknown properties and duplicate keys are errors). */
    public static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** Strict YAML mapper with the same settings. */
    public static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private ApiJson() {
    }

    /** Reads a .json or .yaml file into a tree. */
    public static JsonNode readTree(Path file) {
        try {
            String name = file.getFileName().toString();
            ObjectMapper mapper = name.endsWith(".json") ? JSON : YAML;
            return mapper.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a test resource (path relative to the classpath root) into a tree. */
    public static JsonNode resource(String path) {
        try (var in = ApiJson.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return (path.endsWith(".json") ? JSON : YAML).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Binds a tree to {@code type} strictly, then writes it back as JSON text and reads that again
     * (so numbers compare by value: a Long field written back reads as the same IntNode).
     */
    public static <T> JsonNode roundTrip(JsonNode input, Class<T> type) {
        try {
            T value = JSON.treeToValue(input, type);
            return JSON.readTree(JSON.writeValueAsString(value));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A deep copy of {@code node} without explicit {@code null} members (absent and null mean the same). */
    public static JsonNode withoutNulls(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = JSON.createObjectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getValue().isNull()) {
                    copy.set(e.getKey(), withoutNulls(e.getValue()));
                }
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JSON.createArrayNode();
            node.forEach(item -> copy.add(withoutNulls(item)));
            return copy;
        }
        return node;
    }

    /**
     * The shared real-world examples directory ({@code shared/examples}), found by walking up from
     * the working directory (locally /work/shared; in CI shared/ sits beside the clone).
     */
    public static Path sharedExamples() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("examples");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/examples not found above " + Path.of("").toAbsolutePath());
    }
}
