package dev.ferry.testing;

import java.lang.reflect.Field;
import java.net.HttpURLConnection;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.function.Predicate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.server.mock.KubernetesAttributesExtractor;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.crud.KubernetesCrudDispatcherException;
import io.fabric8.kubernetes.client.server.mock.crud.KubernetesCrudDispatcherHandler;
import io.fabric8.mockwebserver.crud.AttributeSet;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;

/**
 * The Fabric8 CRUD dispatcher plus server-side apply ({@code PATCH} with
 * {@code Content-Type: application/apply-patch+yaml}). See {@link FerryApiServer} for what is and is not
 * faithful. Everything else (create, replace, JSON/merge patch, delete, list, watch) is the CRUD
 * dispatcher's own behaviour.
 */
final class ApplyingCrudDispatcher extends KubernetesCrudDispatcher {

    static final String APPLY_PATCH = "application/apply-patch+yaml";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = new YAMLMapper();

    private final KubernetesAttributesExtractor paths = new KubernetesAttributesExtractor();
    private final KubernetesCrudDispatcherHandler applyHandler = new ApplyHandler();
    /**
     * The superclass's write lock. Its handlers run under it and so must the apply handler, or a concurrent
     * list or watch could see the store half-written. The superclass keeps it private and runs handlers
     * only through a package-private method, hence the reflection; it fails here, at construction, if a
     * Fabric8 upgrade renames it.
     */
    private final Lock writeLock;

    ApplyingCrudDispatcher() {
        try {
            Field field = KubernetesCrudDispatcher.class.getDeclaredField("lock");
            field.setAccessible(true);
            this.writeLock = ((ReadWriteLock) field.get(this)).writeLock();
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException(
                    "KubernetesCrudDispatcher no longer has a ReadWriteLock field 'lock'; update ApplyingCrudDispatcher", e);
        }
    }

    @Override
    public MockResponse handlePatch(RecordedRequest request) {
        String contentType = request.getHeader("Content-Type");
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith(APPLY_PATCH)) {
            return super.handlePatch(request);
        }
        writeLock.lock();
        try {
            return applyHandler.handle(request);
        } catch (KubernetesCrudDispatcherException e) {
            return new MockResponse().setResponseCode(e.getCode()).setBody(e.toStatusBody());
        } finally {
            writeLock.unlock();
        }
    }

    /** Server-side apply on an object or its {@code /status}. Runs under the write lock. */
    private final class ApplyHandler implements KubernetesCrudDispatcherHandler {

        @Override
        public MockResponse handle(String path, String contentType, String body) throws KubernetesCrudDispatcherException {
            int q = path.indexOf('?');
            String resourcePath = q < 0 ? path : path.substring(0, q);
            Map<String, String> params = queryParameters(q < 0 ? "" : path.substring(q + 1));
            String manager = params.get("fieldManager");
            if (manager == null || manager.isBlank()) {
                throw new KubernetesCrudDispatcherException("PATCH apply requests require the fieldManager parameter",
                        HttpURLConnection.HTTP_BAD_REQUEST);
            }
            if (name(resourcePath) == null) {
                throw new KubernetesCrudDispatcherException("apply needs the object's name in the URL",
                        HttpURLConnection.HTTP_BAD_METHOD);
            }
            ObjectNode applied = parse(body);
            String kind = applied.path(KIND).asText();
            if (!applied.path("metadata").isObject()) {
                throw new KubernetesCrudDispatcherException(kind + " is invalid", HTTP_UNPROCESSABLE_ENTITY, kind, "metadata");
            }
            boolean statusApply = KubernetesCrudDispatcherHandler.isStatusPath(resourcePath);
            boolean statusSubresource = isStatusSubresourceEnabledForResource(resourcePath);
            Predicate<String> scope = statusApply ? STATUS::equals
                    : statusSubresource ? field -> !field.equals(STATUS) : field -> true;
            ObjectNode fields = ManagedFields.of(applied, scope, isBuiltIn(applied.path("apiVersion").asText()));

            AttributeSet key = getKey(resourcePath);
            validatePath(key, applied);
            Map.Entry<AttributeSet, String> current = findResource(key);
            if (current == null) {
                if (statusApply) {
                    throw new KubernetesCrudDispatcherException(kind + " \"" + name(resourcePath) + "\" not found",
                            HttpURLConnection.HTTP_NOT_FOUND, kind);
                }
                return create(resourcePath, key, applied, statusSubresource, entry(manager, applied, fields, null));
            }
            return update(resourcePath, key, current, applied, statusApply, statusSubresource, manager, fields);
        }

        private MockResponse create(String path, AttributeSet key, ObjectNode applied, boolean statusSubresource,
                ObjectNode managedFieldsEntry) throws KubernetesCrudDispatcherException {
            ObjectNode created = applied.deepCopy();
            if (statusSubresource) {
                created.remove(STATUS);
            }
            ObjectNode metadata = (ObjectNode) created.get("metadata");
            ManagedFields.UNMANAGED_METADATA.forEach(metadata::remove);
            Map<String, String> location = paths.fromKubernetesPath(path);
            metadata.put("name", location.get(KubernetesAttributesExtractor.NAME));
            String namespace = location.get(KubernetesAttributesExtractor.NAMESPACE);
            if (namespace != null) {
                metadata.put("namespace", namespace);
            }
            metadata.put("uid", UUID.randomUUID().toString());
            metadata.put("creationTimestamp", now());
            metadata.put("resourceVersion", String.valueOf(requestResourceVersion()));
            metadata.put("generation", 1);
            metadata.putArray("managedFields").add(managedFieldsEntry);
            String json = write(created);
            GenericKubernetesResource resource = validateRequestBody(json);
            processEvent(path, key, null, resource, json);
            return new MockResponse().setResponseCode(HttpURLConnection.HTTP_CREATED).setBody(json);
        }

        private MockResponse update(String path, AttributeSet key, Map.Entry<AttributeSet, String> current,
                ObjectNode applied, boolean statusApply, boolean statusSubresource, String manager, ObjectNode fields)
                throws KubernetesCrudDispatcherException {
            JsonNode currentNode = asNode(current);
            // resourceVersion in an applied object is a precondition
            validateResourceVersion(currentNode, applied);

            ObjectNode patch = applied.deepCopy();
            ManagedFields.UNMANAGED_METADATA.forEach(((ObjectNode) patch.get("metadata"))::remove);
            if (statusApply) {
                ObjectNode statusOnly = JSON.createObjectNode();
                if (applied.has(STATUS)) {
                    statusOnly.set(STATUS, applied.get(STATUS));
                }
                patch = statusOnly;
            } else if (statusSubresource) {
                patch.remove(STATUS);
            }
            ObjectNode updated = currentNode.deepCopy();
            merge(updated, patch);

            ObjectNode metadata = (ObjectNode) updated.get("metadata");
            String subresource = statusApply ? STATUS : null;
            ArrayNode entries = metadata.has("managedFields") && metadata.get("managedFields").isArray()
                    ? (ArrayNode) metadata.get("managedFields")
                    : metadata.putArray("managedFields");
            int own = -1;
            List<JsonNode> others = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                JsonNode e = entries.get(i);
                if (manager.equals(e.path("manager").asText()) && "Apply".equals(e.path("operation").asText())
                        && Objects.equals(subresource, e.path("subresource").asText(null))) {
                    own = i;
                } else {
                    others.add(e.path("fieldsV1"));
                }
            }
            ObjectNode entry = entry(manager, applied, fields, subresource);
            if (own >= 0) {
                JsonNode previous = entries.get(own);
                ManagedFields.removeDropped(updated, previous.path("fieldsV1"), fields, others);
                if (previous.path("fieldsV1").equals(fields)
                        && previous.path("apiVersion").equals(entry.path("apiVersion"))) {
                    entry = (ObjectNode) previous; // unchanged ownership keeps its timestamp
                }
                entries.set(own, entry);
            } else {
                entries.add(entry);
            }
            for (String identity : List.of("name", "namespace", "uid", "creationTimestamp", "resourceVersion",
                    "generation", "deletionTimestamp", "deletionGracePeriodSeconds")) {
                JsonNode value = currentNode.path("metadata").get(identity);
                if (value == null) {
                    metadata.remove(identity);
                } else {
                    metadata.set(identity, value.deepCopy());
                }
            }

            if (updated.equals(currentNode)) {
                return new MockResponse().setResponseCode(HttpURLConnection.HTTP_OK).setBody(current.getValue());
            }
            if (!statusApply) {
                touchGeneration(currentNode, updated);
            }
            touchResourceVersion(currentNode, updated);
            String json = write(updated);
            GenericKubernetesResource resource = validateRequestBody(json);
            if (resource.isMarkedForDeletion() && resource.getFinalizers().isEmpty()) {
                processEvent(path, key, current.getKey(), null, null);
            } else {
                processEvent(path, key, current.getKey(), resource, json);
            }
            return new MockResponse().setResponseCode(HttpURLConnection.HTTP_OK).setBody(json);
        }

        private ObjectNode entry(String manager, JsonNode applied, ObjectNode fields, String subresource) {
            ObjectNode entry = JSON.createObjectNode();
            entry.put("apiVersion", applied.path("apiVersion").asText());
            entry.put("fieldsType", "FieldsV1");
            entry.set("fieldsV1", fields);
            entry.put("manager", manager);
            entry.put("operation", "Apply");
            if (subresource != null) {
                entry.put("subresource", subresource);
            }
            entry.put("time", now());
            return entry;
        }

        private String name(String path) {
            return paths.fromKubernetesPath(path).get(KubernetesAttributesExtractor.NAME);
        }
    }

    /** Applied maps merge recursively; lists and scalars replace; an explicit null removes. */
    static void merge(ObjectNode target, JsonNode patch) {
        patch.fields().forEachRemaining(field -> {
            JsonNode value = field.getValue();
            JsonNode existing = target.get(field.getKey());
            if (value.isNull()) {
                target.remove(field.getKey());
            } else if (value.isObject() && existing instanceof ObjectNode existingObject) {
                merge(existingObject, value);
            } else {
                target.set(field.getKey(), value.deepCopy());
            }
        });
    }

    /** Built-in API groups: the core group, dot-less groups (apps, batch, ...) and *.k8s.io. */
    static boolean isBuiltIn(String apiVersion) {
        int slash = apiVersion.indexOf('/');
        if (slash < 0) {
            return true;
        }
        String group = apiVersion.substring(0, slash);
        return !group.contains(".") || group.endsWith(".k8s.io");
    }

    private static ObjectNode parse(String body) throws KubernetesCrudDispatcherException {
        try {
            String trimmed = body == null ? "" : body.strip();
            JsonNode node = trimmed.startsWith("{") ? JSON.readTree(trimmed) : YAML.readTree(trimmed);
            if (node instanceof ObjectNode object) {
                return object;
            }
        } catch (JsonProcessingException e) {
            throw new KubernetesCrudDispatcherException(e.getOriginalMessage(), HttpURLConnection.HTTP_BAD_REQUEST);
        }
        throw new KubernetesCrudDispatcherException("apply patch must be an object", HttpURLConnection.HTTP_BAD_REQUEST);
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> queryParameters(String query) {
        Map<String, String> params = new HashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.put(name, value);
        }
        return params;
    }

    private static String now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
