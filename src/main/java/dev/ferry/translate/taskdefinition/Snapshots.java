package dev.ferry.translate.taskdefinition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferry.translate.Names;
import java.util.List;
import java.util.Map;

/**
 * The immutable snapshot of a task definition spec that a revision records.
 *
 * <p>The snapshot is the spec as JSON with the output-only fields of {@code describe-task-definition} removed and
 * object keys in a canonical order, so that equal specs give equal snapshots however they were written (key order,
 * pasted describe output or not). {@link #hash} identifies a snapshot.
 */
public final class Snapshots {
    /** Fields of describe-task-definition output that are accepted in spec and ignored. */
    public static final List<String> OUTPUT_ONLY_FIELDS = List.of(
            "taskDefinitionArn", "revision", "status", "requiresAttributes", "compatibilities",
            "registeredAt", "registeredBy", "deregisteredAt", "deleteRequestedAt");

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private Snapshots() {
    }

    /** A recorded snapshot: canonical JSON tree and its hash. */
    public record Snapshot(JsonNode spec, String hash) {
    }

    /** The snapshot of a spec object (any Jackson-serialisable spec, normally {@code TaskDefinitionSpec}). */
    public static Snapshot of(Object spec) {
        JsonNode tree = MAPPER.valueToTree(spec);
        if (tree instanceof ObjectNode object) {
            object.remove(OUTPUT_ONLY_FIELDS);
        }
        JsonNode canonical = canonical(tree);
        return new Snapshot(canonical, hashOf(canonical));
    }

    /** The hash of an already canonical snapshot tree (as stored in a revision). */
    public static String hashOf(JsonNode canonical) {
        try {
            return Names.hash(MAPPER.writeValueAsString(MAPPER.treeToValue(canonical, Object.class)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("spec is not serialisable", e);
        }
    }

    /** Reads a snapshot back into a spec class. */
    public static <T> T read(JsonNode snapshot, Class<T> specClass) {
        return MAPPER.convertValue(snapshot, specClass);
    }

    private static JsonNode canonical(JsonNode tree) {
        // Sorting happens on serialisation (ORDER_MAP_ENTRIES_BY_KEYS); nulls are dropped so that
        // `"x": null` and an absent x record the same revision.
        Object plain = MAPPER.convertValue(tree, Object.class);
        return MAPPER.valueToTree(withoutNulls(plain));
    }

    @SuppressWarnings("unchecked")
    private static Object withoutNulls(Object value) {
        if (value instanceof Map<?, ?> map) {
            var sorted = new java.util.TreeMap<String, Object>();
            ((Map<String, Object>) map).forEach((k, v) -> {
                if (v != null) {
                    sorted.put(k, withoutNulls(v));
                }
            });
            return sorted;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Snapshots::withoutNulls).toList();
        }
        return value;
    }
}
