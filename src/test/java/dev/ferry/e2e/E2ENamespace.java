package dev.ferry.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.FieldValidateable.Validation;
import io.fabric8.kubernetes.client.dsl.Resource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A namespace of its own for one test class, deleted after the class, with the few operations the tests need.
 *
 * <p>Manifests are handled as {@link GenericKubernetesResource}: exactly the YAML the test wrote goes to the API
 * server, never a round trip through Ferry's Java model (which would drop fields it does not know).
 */
public final class E2ENamespace implements AutoCloseable {
    /** The field manager of everything the suite applies. */
    public static final String FIELD_MANAGER = "ferry-e2e";
    /** The API version of Ferry's kinds. */
    public static final String FERRY_API_VERSION = "ecs.ferry.dev/v1alpha1";

    private final KubernetesClient client;
    private final String name;
    private final boolean keep;

    E2ENamespace(KubernetesClient client, String name, boolean keep) {
        this.client = client;
        this.name = name;
        this.keep = keep;
    }

    public String name() {
        return name;
    }

    public KubernetesClient client() {
        return client;
    }

    /** Parses one YAML (or JSON) manifest; several documents are an error. */
    public GenericKubernetesResource parse(String yaml) {
        return client.getKubernetesSerialization().unmarshal(yaml, GenericKubernetesResource.class);
    }

    /** Server-side applies one manifest into this namespace as field manager {@value #FIELD_MANAGER}. */
    public GenericKubernetesResource apply(String yaml) {
        return apply(parse(yaml));
    }

    /**
     * Server-side applies an object into this namespace as field manager {@value #FIELD_MANAGER}, forcing conflicts,
     * with strict field validation (an unknown field is an error, as with {@code kubectl apply}).
     */
    public GenericKubernetesResource apply(GenericKubernetesResource object) {
        return client.resource(inThisNamespace(object))
                .inNamespace(name)
                .fieldValidation(Validation.STRICT)
                .fieldManager(FIELD_MANAGER)
                .forceConflicts()
                .serverSideApply();
    }

    /** Server-side applies every document of a YAML file, in order. */
    public List<GenericKubernetesResource> applyFile(Path file) {
        return YamlDocuments.read(file).stream().map(d -> apply(d.json())).toList();
    }

    /**
     * Creates the object with {@code dryRun=All} and {@code fieldValidation=Strict}: the API server validates and
     * admits it exactly as {@code kubectl create} would (an unknown field is an error, not silently pruned), but
     * stores nothing.
     */
    public GenericKubernetesResource dryRunCreate(GenericKubernetesResource object) {
        return client.resource(inThisNamespace(object))
                .inNamespace(name)
                .dryRun()
                .fieldValidation(Validation.STRICT)
                .create();
    }

    /** A Ferry object ({@value #FERRY_API_VERSION}) of this namespace. */
    public Resource<GenericKubernetesResource> ferry(String kind, String objectName) {
        return client.genericKubernetesResources(FERRY_API_VERSION, kind).inNamespace(name).withName(objectName);
    }

    /** The current state of a Ferry object as JSON (for JSON-pointer assertions), or {@code null} if absent. */
    public JsonNode ferryJson(String kind, String objectName) {
        GenericKubernetesResource object = ferry(kind, objectName).get();
        return object == null ? null : json(object);
    }

    /** Any object (or value) as JSON, e.g. to read {@code /status/conditions} with a JSON pointer. */
    public JsonNode json(Object value) {
        return client.getKubernetesSerialization().convertValue(value, JsonNode.class);
    }

    /** YAML of an object, for assertion messages. */
    public String yaml(HasMetadata object) {
        return object == null ? "(absent)" : client.getKubernetesSerialization().asYaml(object);
    }

    /** Reads a file relative to the project root. */
    public static String read(String relativePath) {
        try {
            return Files.readString(YamlDocuments.projectRoot().resolve(relativePath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private GenericKubernetesResource inThisNamespace(GenericKubernetesResource object) {
        GenericKubernetesResource copy = client.getKubernetesSerialization().clone(object);
        if (copy.getMetadata() != null) {
            copy.getMetadata().setNamespace(null);
        }
        return copy;
    }

    /** Deletes the namespace (and so everything in it); kept when {@code FERRY_E2E_KEEP_NAMESPACES=true}. */
    @Override
    public void close() {
        if (keep) {
            System.out.println("[ferry-e2e] keeping namespace " + name + " (FERRY_E2E_KEEP_NAMESPACES=true)");
            return;
        }
        client.namespaces().withName(name).delete();
    }

    @Override
    public String toString() {
        return name;
    }
}
