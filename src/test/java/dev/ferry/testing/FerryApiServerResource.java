package dev.ferry.testing;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Runs the operator under test against a {@link FerryApiServer}: starts the server, installs the CRDs the
 * checked-in CRDs ({@code crds/*.ecs.ferry.dev.yaml}) and points the Quarkus Kubernetes
 * client at it. Use with {@code @QuarkusTestResource(FerryApiServerResource.class)}; get the server into the
 * test with an {@link InjectFerryApiServer} field.
 *
 * <p>
 * Kubernetes Dev Services are a build-time setting and cannot be switched off from here; they stay idle
 * because the API server URL is set ({@code %test.quarkus.kubernetes-client.devservices.enabled=false} in
 * application.properties makes that explicit).
 *
 * <p>
 * One server per test resource lifecycle: Quarkus starts it once for all test classes that share the same
 * resource configuration, so tests must not depend on an empty server (use their own namespaces or names).
 */
public class FerryApiServerResource implements QuarkusTestResourceLifecycleManager {

    /** The checked-in CRDs (make crds; CrdsUpToDateTest keeps them current), relative to the project directory. */
    public static final Path CRDS = Path.of("crds");

    private FerryApiServer server;

    @Override
    public Map<String, String> start() {
        List<Path> crds = FerryApiServer.files(CRDS, name -> name.endsWith(".ecs.ferry.dev.yaml"));
        if (crds.isEmpty()) {
            throw new IllegalStateException("No CRDs in " + CRDS.toAbsolutePath() + ": run make crds");
        }
        server = FerryApiServer.start();
        server.installCrds(crds);
        return Map.of(
                "quarkus.kubernetes-client.api-server-url", server.url(),
                "quarkus.kubernetes-client.trust-certs", "true",
                "quarkus.kubernetes-client.namespace", FerryApiServer.DEFAULT_NAMESPACE,
                // a random HTTP port: the machine is shared, 8081 may be taken
                "quarkus.http.test-port", "0");
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(server,
                new TestInjector.AnnotatedAndMatchesType(InjectFerryApiServer.class, FerryApiServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
        }
    }
}
