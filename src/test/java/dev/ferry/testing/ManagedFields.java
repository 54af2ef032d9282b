package dev.ferry.testing;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The {@code fieldsV1} field sets of server-side apply, as the API server writes them into
 * {@code metadata.managedFields}: a tree whose keys are {@code f:<field>} for object fields and
 * {@code k:<json key>} for elements of associative lists, with {@code {}} for a leaf.
 *
 * <p>
 * What {@link #of} emits, and why (JOSDK's {@code SSABasedGenericKubernetesResourceMatcher} prunes the
 * actual object to exactly these paths before comparing it with the desired one):
 * <ul>
 * <li>No {@code f:apiVersion}, {@code f:kind}, {@code f:metadata.f:name}, {@code f:metadata.f:namespace}
 * (the server never lists them and the matcher drops them from the desired side).</li>
 * <li>Objects recurse; an empty object is a leaf. No {@code .: {}} entries: the matcher skips them.</li>
 * <li>Lists of objects that Kubernetes merges by key ({@link #LIST_KEYS}, built-in API groups only) become
 * {@code k:{"name":"app"}} entries. This matters: the matcher's pod-template sanitizer writes
 * {@code value: ""} into actual env vars that have no value (e.g. {@code valueFrom}); with a leaf
 * {@code f:containers} the whole actual list, sanitized value included, would be compared and never
 * match. Keyed entries prune it away, as on a real server. Lists without a usable key (missing or
 * duplicate key values) and lists of custom resources are atomic leaves, as CRD lists are by default.</li>
 * <li>Lists of scalars are leaves (atomic). Real {@code finalizers} are a set ({@code v:} entries); the
 * matcher treats a leaf the same way for an unchanged list.</li>
 * </ul>
 */
final class ManagedFields {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Key fields of the associative lists of the built-in API that Ferry's objects use. */
    static final Map<String, List<String>> LIST_KEYS = Map.ofEntries(
            Map.entry("containers", List.of("name")),
            Map.entry("initContainers", List.of("name")),
            Map.entry("ephemeralContainers", List.of("name")),
            Map.entry("env", List.of("name")),
            Map.entry("volumes", List.of("name")),
            Map.entry("imagePullSecrets", List.of("name")),
            Map.entry("resourceClaims", List.of("name")),
            Map.entry("volumeMounts", List.of("mountPath")),
            Map.entry("volumeDevices", List.of("devicePath")),
            Map.entry("ownerReferences", List.of("uid")),
            Map.entry("conditions", List.of("type")),
            Map.entry("hostAliases", List.of("ip")),
            Map.entry("topologySpreadConstraints", List.of("topologyKey", "whenUnsatisfiable")));
    /** Container ports are keyed by containerPort+protocol, Service ports by port+protocol. */
    private static final List<String> CONTAINER_PORT_KEY = List.of("containerPort", "protocol");
    private static final List<String> SERVICE_PORT_KEY = List.of("port", "protocol");

    /** Metadata the server owns or identifies the object by: never part of a field set. */
    static final Set<String> UNMANAGED_METADATA = Set.of("name", "namespace", "uid", "resourceVersion",
            "generation", "creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds", "selfLink",
            "managedFields");

    private ManagedFields() {
    }

    /**
     * The field set of an applied object.
     *
     * @param applied the object as applied (server-owned metadata may still be present; it is skipped)
     * @param topLevel which top-level fields count: for a main-resource apply of a kind with a status
     *        subresource, everything but {@code status}; for a status apply, only {@code status}
     * @param builtIn whether the kind belongs to the built-in API (keyed lists apply)
     */
    static ObjectNode of(JsonNode applied, Predicate<String> topLevel, boolean builtIn) {
        ObjectNode set = NODES.objectNode();
        applied.fields().forEachRemaining(field -> {
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (name.equals("apiVersion") || name.equals("kind") || value.isNull() || !topLevel.test(name)) {
                return;
            }
            if (name.equals("metadata")) {
                ObjectNode metadata = NODES.objectNode();
                value.fields().forEachRemaining(m -> {
                    if (!UNMANAGED_METADATA.contains(m.getKey()) && !m.getValue().isNull()) {
                        metadata.set("f:" + m.getKey(), fieldsOf(m.getKey(), m.getValue(), builtIn));
                    }
                });
                if (!metadata.isEmpty()) {
                    set.set("f:metadata", metadata);
                }
                return;
            }
            set.set("f:" + name, fieldsOf(name, value, builtIn));
        });
        return set;
    }

    private static ObjectNode fieldsOf(String name, JsonNode value, boolean builtIn) {
        ObjectNode node = NODES.objectNode();
        if (value.isObject()) {
            value.fields().forEachRemaining(child -> {
                if (!child.getValue().isNull()) {
                    node.set("f:" + child.getKey(), fieldsOf(child.getKey(), child.getValue(), builtIn));
                }
            });
        } else if (value.isArray() && builtIn) {
            List<String> keyFields = listKey(name, value);
            if (keyFields != null) {
                ObjectNode keyed = keyedElements(value, keyFields, builtIn);
                if (keyed != null) {
                    return keyed;
                }
            }
        }
        return node;
    }

    private static List<String> listKey(String name, JsonNode list) {
        if (name.equals("ports") && list.size() > 0) {
            return list.get(0).has("containerPort") ? CONTAINER_PORT_KEY : SERVICE_PORT_KEY;
        }
        return LIST_KEYS.get(name);
    }

    /** {@code k:{...}} entries for each element, or null when the list cannot be keyed (then it is atomic). */
    private static ObjectNode keyedElements(JsonNode list, List<String> keyFields, boolean builtIn) {
        ObjectNode node = NODES.objectNode();
        for (JsonNode element : list) {
            if (!element.isObject()) {
                return null;
            }
            Map<String, JsonNode> key = new TreeMap<>();
            for (String field : keyFields) {
                if (element.hasNonNull(field)) {
                    key.put(field, element.get(field));
                }
            }
            if (key.isEmpty()) {
                return null;
            }
            String keyJson = json(key);
            if (node.has("k:" + keyJson)) {
                return null;
            }
            ObjectNode fields = NODES.objectNode();
            element.fields().forEachRemaining(child -> {
                if (!child.getValue().isNull()) {
                    fields.set("f:" + child.getKey(), fieldsOf(child.getKey(), child.getValue(), builtIn));
                }
            });
            node.set("k:" + keyJson, fields);
        }
        return node;
    }

    private static String json(Map<String, JsonNode> key) {
        try {
            return JSON.writeValueAsString(key);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Removes from {@code object} the fields that {@code previous} owned, {@code current} no longer owns
     * and no other manager owns: server-side apply's "a field dropped from the applied configuration is
     * deleted unless someone else still manages it". Only object fields ({@code f:}) are pruned; lists are
     * replaced as a whole by the apply, so their elements need no pruning.
     */
    static void removeDropped(ObjectNode object, JsonNode previous, JsonNode current, List<JsonNode> others) {
        Iterator<Map.Entry<String, JsonNode>> it = previous.fields();
        List<String> toRemove = new ArrayList<>();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> owned = it.next();
            String key = owned.getKey();
            if (!key.startsWith("f:")) {
                continue;
            }
            String field = key.substring(2);
            JsonNode stillApplied = current == null ? null : current.get(key);
            List<JsonNode> othersHere = new ArrayList<>();
            for (JsonNode other : others) {
                if (other.has(key)) {
                    othersHere.add(other.get(key));
                }
            }
            if (stillApplied == null && othersHere.isEmpty()) {
                toRemove.add(field);
            } else if (object.get(field) instanceof ObjectNode child && !owned.getValue().isEmpty()) {
                removeDropped(child, owned.getValue(), stillApplied, othersHere);
            }
        }
        toRemove.forEach(object::remove);
    }
}
