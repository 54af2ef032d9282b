package dev.ferry.e2e;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.platform.commons.support.AnnotationSupport;
import org.testcontainers.DockerClientFactory;

/**
 * Provides the e2e cluster: one per test run, kept in the root {@link ExtensionContext.Store} and so shared by all
 * classes, closed (operator stopped, k3s stopped) when the run ends.
 *
 * <ol>
 *   <li>{@code FERRY_E2E_KUBECONFIG} names a kubeconfig: that cluster is used.</li>
 *   <li>Otherwise, if Docker is available, a k3s container is started ({@code FERRY_E2E_K3S_IMAGE} overrides the image).</li>
 *   <li>Otherwise every e2e test method is disabled, so it is reported as skipped, with the reason.</li>
 * </ol>
 * Ferry's CRDs are installed once; each test class gets a fresh namespace, deleted after it; classes annotated
 * {@code @FerryE2E(operator = true)} also get the packaged operator running (started once, on first need).
 */
public final class FerryE2EExtension implements ExecutionCondition, BeforeAllCallback, ParameterResolver, TestWatcher {
    public static final String NO_CLUSTER = "no cluster: set FERRY_E2E_KUBECONFIG or provide Docker";

    private static final ExtensionContext.Namespace STORE = ExtensionContext.Namespace.create(FerryE2EExtension.class);
    private static final String CLUSTER_KEY = "cluster";

    /**
     * Without a cluster, disables each test method (a parameterized one as a whole, before its arguments are
     * computed) so that every test is reported as skipped, with the reason. Disabling or aborting the class instead
     * would make Surefire/Failsafe report "Tests run: 0", which reads like "nothing to run" rather than "skipped".
     */
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (context.getTestMethod().isEmpty()) {
            return ConditionEvaluationResult.enabled("the cluster decides per test method");
        }
        ClusterState state = state(context);
        return state.skipReason != null
                ? ConditionEvaluationResult.disabled(state.skipReason)
                : ConditionEvaluationResult.enabled(state.cluster != null ? state.cluster.description() : "setup failed");
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (state(context).skipReason != null) {
            return; // every test method of the class is disabled by evaluateExecutionCondition
        }
        E2ECluster cluster = clusterOrAbort(context);
        boolean needsOperator = AnnotationSupport.findAnnotation(context.getRequiredTestClass(), FerryE2E.class)
                .map(FerryE2E::operator)
                .orElse(false);
        if (needsOperator) {
            cluster.ensureOperatorRunning();
        }
        E2ENamespace namespace = cluster.createNamespace(context.getRequiredTestClass().getSimpleName());
        context.getStore(STORE).put(E2ENamespace.class, namespace);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == E2ECluster.class || type == E2ENamespace.class || type == KubernetesClient.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        if (type == E2ENamespace.class) {
            return context.getStore(STORE).get(E2ENamespace.class, E2ENamespace.class);
        }
        E2ECluster cluster = clusterOrAbort(context);
        return type == E2ECluster.class ? cluster : cluster.client();
    }

    /** On a failure, shows the end of the operator's log next to the assertion: most e2e failures are explained there. */
    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        ClusterState state = context.getRoot().getStore(STORE).get(CLUSTER_KEY, ClusterState.class);
        if (state == null || state.cluster == null) {
            return;
        }
        state.cluster.operator().ifPresent(operator -> System.err.println("[ferry-e2e] " + context.getDisplayName()
                + " failed; last lines of " + operator.log() + ":\n" + operator.logTail(40)));
    }

    private static ClusterState state(ExtensionContext context) {
        return context.getRoot().getStore(STORE)
                .getOrComputeIfAbsent(CLUSTER_KEY, key -> ClusterState.provision(), ClusterState.class);
    }

    private static E2ECluster clusterOrAbort(ExtensionContext context) {
        ClusterState state = state(context);
        if (state.skipReason != null) {
            Assumptions.abort(state.skipReason);
        }
        if (state.failure != null) {
            throw new IllegalStateException("the e2e cluster could not be set up: " + state.failure.getMessage(), state.failure);
        }
        return state.cluster;
    }

    /** The outcome of setting the cluster up, computed once per run: a cluster, a reason to skip, or a failure. */
    static final class ClusterState implements AutoCloseable {
        final E2ECluster cluster;
        final String skipReason;
        final Throwable failure;

        private ClusterState(E2ECluster cluster, String skipReason, Throwable failure) {
            this.cluster = cluster;
            this.skipReason = skipReason;
            this.failure = failure;
        }

        static ClusterState provision() {
            AutoCloseable started = null;
            try {
                E2ECluster cluster;
                String kubeconfig = System.getenv("FERRY_E2E_KUBECONFIG");
                if (kubeconfig != null && !kubeconfig.isBlank()) {
                    Path file = Path.of(kubeconfig.strip()).toAbsolutePath();
                    if (!Files.isReadable(file)) {
                        throw new IllegalStateException("FERRY_E2E_KUBECONFIG=" + kubeconfig + " is not a readable file");
                    }
                    cluster = new E2ECluster("the cluster of " + file, file, null);
                } else if (dockerAvailable()) {
                    K3sCluster k3s = K3sCluster.start();
                    started = k3s;
                    cluster = new E2ECluster("k3s " + k3s.imageName(), k3s.kubeconfig(), k3s);
                } else {
                    System.out.println("[ferry-e2e] " + NO_CLUSTER + "; every e2e test is skipped");
                    return new ClusterState(null, NO_CLUSTER, null);
                }
                started = cluster;
                cluster.installCrds();
                System.out.println("[ferry-e2e] using " + cluster.description() + "; CRDs established: "
                        + cluster.establishedCrds() + (cluster.crdProblems().isEmpty() ? "" : "; CRD problems: "
                        + cluster.crdProblems()));
                return new ClusterState(cluster, null, null);
            } catch (Throwable t) {
                closeQuietly(started, t);
                return new ClusterState(null, null, t);
            }
        }

        private static boolean dockerAvailable() {
            try {
                return DockerClientFactory.instance().isDockerAvailable();
            } catch (RuntimeException | LinkageError e) {
                return false;
            }
        }

        private static void closeQuietly(AutoCloseable resource, Throwable cause) {
            if (resource == null) {
                return;
            }
            try {
                resource.close();
            } catch (Exception e) {
                cause.addSuppressed(e);
            }
        }

        @Override
        public void close() throws Exception {
            if (cluster != null) {
                cluster.close();
            }
        }
    }
}
