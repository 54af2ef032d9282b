package dev.ferry.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.ServerRequest;
import io.fabric8.mockwebserver.ServerResponse;
import io.fabric8.mockwebserver.dsl.HttpMethod;
import io.fabric8.mockwebserver.http.Dispatcher;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.fabric8.mockwebserver.internal.MockDispatcher;
import io.fabric8.mockwebserver.internal.SimpleRequest;

/**
 * An in-memory Kubernetes API server for tests and {@code make run}: Fabric8's {@link KubernetesMockServer}
 * in CRUD mode, taught server-side apply so that JOSDK dependents and SSA status patches work against it.
 * Plain HTTP on a loopback port; no authentication.
 *
 * <h2>What it does like a real API server</h2>
 * <ul>
 * <li>Create, get, list, replace, JSON patch, merge patch, delete, finalizers, label selectors and
 * watches: Fabric8's {@code KubernetesCrudDispatcher}. Informers receive ADDED/MODIFIED/DELETED events.</li>
 * <li>{@code PATCH} with {@code application/apply-patch+yaml} on an object or its {@code /status}: creates
 * the object when absent (namespace from the URL; a status apply to a missing object is 404), otherwise
 * merges the applied fields into the stored object. {@code resourceVersion} moves only when the object
 * changed and {@code generation} only when something outside {@code metadata} and {@code status} changed,
 * as the CRUD dispatcher does; an apply that changes nothing writes nothing and emits no event. A
 * {@code resourceVersion} in the applied object is a precondition on an existing object (409 when stale),
 * and is ignored on create, which is what JOSDK's "create only if absent" relies on.</li>
 * <li>{@code metadata.managedFields}: one {@code Apply} entry per field manager (and per subresource) with a
 * {@code FieldsV1} set computed from the applied object ({@link ManagedFields}), so that JOSDK's
 * {@code SSABasedGenericKubernetesResourceMatcher} finds an unchanged dependent matching and a changed one
 * not. A field that a manager applied before and no longer applies is removed unless another manager's set
 * still holds it.</li>
 * <li>Status subresource of the CRDs installed into it (install the CRD first): a main-resource write keeps
 * the stored status, a {@code /status} write changes only status (CRUD dispatcher and apply alike).</li>
 * </ul>
 *
 * <h2>Approximations</h2>
 * <ul>
 * <li>Applied maps merge recursively; applied lists <em>replace</em> the stored list as a whole (a real
 * server merges associative lists such as {@code containers} element by element, keyed by name, across
 * managers). Field sets still record those lists in keyed form, as the matcher expects.</li>
 * <li>No conflicts: every apply behaves as if {@code force=true}, and fields applied by two managers are
 * simply shared (no ownership transfer).</li>
 * <li>Only {@code Apply} operations are recorded in managedFields; create/replace/patch record nothing and
 * a replace whose body omits managedFields drops them.</li>
 * <li>No defaulting, no schema validation, no admission, no garbage collection of owned objects, no
 * controllers (no pods, no ReplicaSets, no Deployment status), no API discovery beyond CRDs.</li>
 * <li>Built-in kinds have no status subresource here (a main-resource write can change their status).</li>
 * </ul>
 */
public final class FerryApiServer implements AutoCloseable {

    /** The namespace test clients and the operator under test default to. */
    public static final String DEFAULT_NAMESPACE = "default";

    /** A mutating request the server received (POST, PUT, PATCH, DELETE), in arrival order. */
    public record Write(String method, String path, String contentType) {
    }

    /** Held so the level sticks: the mock web server logs every request at INFO. */
    private static final Logger MOCK_WEB_SERVER_LOG = Logger.getLogger("io.fabric8.mockwebserver.MockWebServer");

    private final KubernetesMockServer server;
    private final String url;
    private final List<Write> writes = new CopyOnWriteArrayList<>();

    private FerryApiServer(InetAddress address, int port) {
        MOCK_WEB_SERVER_LOG.setLevel(Level.WARNING);
        Map<ServerRequest, Queue<ServerResponse>> expectations = new HashMap<>();
        this.server = new KubernetesMockServer(new Context(Serialization.jsonMapper()), new MockWebServer(),
                expectations, new Routing(expectations, new ApplyingCrudDispatcher(), writes), false);
        server.init(address, port);
        String host = address.getHostAddress();
        this.url = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.getPort();
    }

    /** Starts a server on a free loopback port. */
    public static FerryApiServer start() {
        return start(InetAddress.getLoopbackAddress(), 0);
    }

    /** Starts a server on the given address and port (0: any free port). */
    public static FerryApiServer start(InetAddress address, int port) {
        return new FerryApiServer(address, port);
    }

    /** The base URL, e.g. {@code http://127.0.0.1:40123}. */
    public String url() {
        return url;
    }

    public int port() {
        return server.getPort();
    }

    /** Client configuration for this server that reads nothing from the environment or ~/.kube. */
    public Config clientConfig() {
        return new ConfigBuilder(Config.empty())
                .withMasterUrl(url())
                .withNamespace(DEFAULT_NAMESPACE)
                .withHttp2Disable(true)
                .build();
    }

    /** A new client for this server (namespace {@value #DEFAULT_NAMESPACE}); the caller closes it. */
    public KubernetesClient client() {
        return new KubernetesClientBuilder().withConfig(clientConfig()).build();
    }

    /** The mutating requests received so far. */
    public List<Write> writes() {
        return List.copyOf(writes);
    }

    /**
     * Creates or replaces (server-side apply, field manager {@code ferry-test}) each CRD file. Each file
     * holds one CustomResourceDefinition, as the CRD generator writes them.
     */
    public List<CustomResourceDefinition> installCrds(Collection<Path> files) {
        List<CustomResourceDefinition> installed = new ArrayList<>();
        try (KubernetesClient client = client()) {
            for (Path file : files) {
                installed.add(installCrd(client, file, "ferry-test"));
            }
        }
        return installed;
    }

    /** Applies one CRD file to whatever cluster {@code client} talks to. */
    public static CustomResourceDefinition installCrd(KubernetesClient client, Path file, String fieldManager) {
        try {
            CustomResourceDefinition crd = client.getKubernetesSerialization()
                    .unmarshal(Files.readString(file), CustomResourceDefinition.class);
            crd.getMetadata().setManagedFields(null);
            crd.getMetadata().setResourceVersion(null);
            return client.resource(crd).fieldManager(fieldManager).forceConflicts().serverSideApply();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The CRD files Ferry's build generates: {@code <dir>/*.ecs.ferry.dev-v1.yml}, sorted by name; empty
     * when the directory does not exist.
     */
    public static List<Path> generatedCrds(Path directory) {
        return files(directory, name -> name.endsWith(".ecs.ferry.dev-v1.yml"));
    }

    /** Regular files in {@code directory} whose name passes the filter, sorted; empty if there is no directory. */
    public static List<Path> files(Path directory, Predicate<String> nameFilter) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(directory)) {
            return list.filter(p -> Files.isRegularFile(p) && nameFilter.test(p.getFileName().toString()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.destroy();
    }

    /**
     * Sends the fixed expectations the mock server registers ({@code /}, {@code /version}) to the mock
     * dispatcher and everything else to the CRUD dispatcher, recording writes on the way.
     */
    private static final class Routing extends Dispatcher {
        private final Map<ServerRequest, Queue<ServerResponse>> expectations;
        private final MockDispatcher fixed;
        private final ApplyingCrudDispatcher crud;
        private final List<Write> writes;

        Routing(Map<ServerRequest, Queue<ServerResponse>> expectations, ApplyingCrudDispatcher crud, List<Write> writes) {
            this.expectations = expectations;
            this.fixed = new MockDispatcher(expectations);
            this.crud = crud;
            this.writes = writes;
        }

        @Override
        public MockResponse dispatch(RecordedRequest request) {
            HttpMethod method = request.method();
            if (method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH
                    || method == HttpMethod.DELETE) {
                writes.add(new Write(method.name(), request.getPath(), request.getHeader("Content-Type")));
            }
            Queue<ServerResponse> expected = expectations.get(new SimpleRequest(method, request.getPath()));
            if (expected == null) {
                expected = expectations.get(new SimpleRequest(request.getPath()));
            }
            return expected != null && !expected.isEmpty() ? fixed.dispatch(request) : crud.dispatch(request);
        }
    }
}
