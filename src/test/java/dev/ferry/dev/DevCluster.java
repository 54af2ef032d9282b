package dev.ferry.dev;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import dev.ferry.testing.FerryApiServer;
import dev.ferry.translate.Labels;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apps.ControllerRevision;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.CustomResourceDefinitionContext;

/**
 * {@code make run}: Ferry on the current kubeconfig context, or on an embedded in-memory API server when there is
 * none, with the samples applied and a table of what Ferry made. Runs from the repository root on the test
 * classpath ({@code ./mvnw -q exec:java@dev} after {@code ./mvnw package -DskipTests}); Ctrl-C stops everything.
 * <ol>
 * <li>Cluster: the current context of KUBECONFIG (or ~/.kube/config) if its server answers {@code /version};
 * otherwise a {@link FerryApiServer} on a free loopback port with a kubeconfig in {@code .dev/kubeconfig}.</li>
 * <li>CRDs: {@code crds/*.yaml}, or {@code target/kubernetes/*.ecs.ferry.dev-v1.yml} when crds/ has none.</li>
 * <li>Operator: {@code java -jar target/quarkus-app/quarkus-run.jar} with KUBECONFIG set, output prefixed.</li>
 * <li>Samples: every document of {@code samples/*.yaml} applied server-side; then a status table on change.</li>
 * </ol>
 */
public final class DevCluster {

    static final String FIELD_MANAGER = "ferry-dev";
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(3);
    private static final Duration POLL_INTERVAL = Duration.ofSeconds(2);
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Comparator<HasMetadata> BY_NAMESPACE_AND_NAME = Comparator
            .comparing((HasMetadata o) -> String.valueOf(o.getMetadata().getNamespace()))
            .thenComparing(o -> o.getMetadata().getName());

    /** Kinds Ferry creates, listed by label {@code app.kubernetes.io/managed-by=ferry}. */
    static final List<Class<? extends HasMetadata>> CREATED_KINDS = List.of(
            ControllerRevision.class, Deployment.class, DaemonSet.class, StatefulSet.class, Service.class,
            io.fabric8.kubernetes.api.model.Pod.class, io.fabric8.kubernetes.api.model.PersistentVolumeClaim.class,
            ConfigMap.class, Secret.class, ServiceAccount.class, Job.class, CronJob.class,
            HorizontalPodAutoscaler.class, PodDisruptionBudget.class, Ingress.class);

    private DevCluster() {
    }

    /**
     * The cluster {@code make run} uses: a kubeconfig (the user's, or one written for the embedded server) and,
     * when embedded, the server to close.
     */
    record Cluster(Path kubeconfig, String server, FerryApiServer embedded) implements AutoCloseable {
        boolean isEmbedded() {
            return embedded != null;
        }

        KubernetesClient client() {
            return new KubernetesClientBuilder().withConfig(Config.fromKubeconfig(kubeconfig.toFile())).build();
        }

        @Override
        public void close() {
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    /** What applying the samples did: {@code Kind/name} of each applied document, and the failures. */
    record Samples(List<String> applied, List<String> failed) {
    }

    /** One line of the status table. {@code ready} is empty for objects without a Ready condition. */
    record Row(String kind, String namespace, String name, String ready) {
    }

    public static void main(String[] args) throws Exception {
        Path repo = Path.of("").toAbsolutePath();
        Cluster cluster = chooseCluster(Config.getKubeconfigFilenames().stream().map(Path::of).toList(),
                repo.resolve(".dev"));
        Process operator = null;
        Thread shutdown = null;
        try (KubernetesClient client = cluster.client()) {
            List<CustomResourceDefinition> crds = installCrds(client, crdFiles(repo), !cluster.isEmbedded());
            operator = startOperator(repo, cluster.kubeconfig());
            Process child = operator;
            shutdown = new Thread(() -> stop(child, cluster), "ferry-dev-shutdown");
            Runtime.getRuntime().addShutdownHook(shutdown);

            Samples samples = applySamples(client, repo.resolve("samples"));
            if (samples.applied().isEmpty() && samples.failed().isEmpty()) {
                System.out.println("samples/ is empty or missing: nothing applied");
            } else {
                System.out.println("applied samples: " + String.join(", ", samples.applied()));
                samples.failed().forEach(failure -> System.out.println("sample NOT applied: " + failure));
            }

            String previous = "";
            while (operator.isAlive()) {
                String table = table(snapshot(client, crds));
                if (!table.equals(previous)) {
                    System.out.println();
                    System.out.print(table);
                    previous = table;
                }
                operator.waitFor(POLL_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
            }
            System.out.println("the operator exited with code " + operator.exitValue());
        } finally {
            if (shutdown == null) {
                cluster.close();
            }
        }
    }

    /**
     * The current context of the first existing kubeconfig file if its API server answers {@code /version};
     * otherwise an embedded {@link FerryApiServer} with a kubeconfig for it written to {@code devDir/kubeconfig}.
     */
    static Cluster chooseCluster(Collection<Path> kubeconfigFiles, Path devDir) throws IOException {
        for (Path file : kubeconfigFiles) {
            if (!Files.isRegularFile(file)) {
                continue;
            }
            Config config = Config.fromKubeconfig(file.toFile());
            if (config.getCurrentContext() == null) {
                System.out.println(file + " has no current context");
                break;
            }
            String context = config.getCurrentContext().getName();
            try (KubernetesClient client = new KubernetesClientBuilder().withConfig(new ConfigBuilder(config)
                    .withConnectionTimeout((int) PROBE_TIMEOUT.toMillis())
                    .withRequestTimeout((int) PROBE_TIMEOUT.toMillis())
                    .withRequestRetryBackoffLimit(0)
                    .build()).build()) {
                String version = client.getKubernetesVersion().getGitVersion();
                System.out.println("using kubeconfig " + file + ", context " + context + " (" + config.getMasterUrl()
                        + ", Kubernetes " + version + ")");
                return new Cluster(file, config.getMasterUrl(), null);
            } catch (KubernetesClientException e) {
                System.out.println("context " + context + " in " + file + " does not answer (" + rootMessage(e) + ")");
            }
            break;
        }
        FerryApiServer server = FerryApiServer.start(InetAddress.getLoopbackAddress(), 0);
        Files.createDirectories(devDir);
        Path kubeconfig = devDir.resolve("kubeconfig");
        Files.writeString(kubeconfig, kubeconfig(server.url()));
        System.out.println("""
                started an embedded API server at %s (kubeconfig: %s)
                  It is in memory: no kubelet (no pod ever runs), no controllers (Deployments get no ReplicaSets),
                  no CRD schema validation, no defaulting. It shows what Ferry writes, not what a cluster does.
                  kubectl works against it: KUBECONFIG=%s kubectl get deployments -A"""
                .formatted(server.url(), kubeconfig, kubeconfig));
        return new Cluster(kubeconfig, server.url(), server);
    }

    static String kubeconfig(String serverUrl) {
        return """
                apiVersion: v1
                kind: Config
                clusters:
                  - name: ferry-dev
                    cluster:
                      server: %s
                contexts:
                  - name: ferry-dev
                    context:
                      cluster: ferry-dev
                      user: ferry-dev
                      namespace: default
                current-context: ferry-dev
                users:
                  - name: ferry-dev
                    user:
                      token: ferry-dev
                """.formatted(serverUrl);
    }

    /** {@code crds/*.yaml} if there are any, else the build's {@code target/kubernetes/*.ecs.ferry.dev-v1.yml}. */
    static List<Path> crdFiles(Path repo) {
        List<Path> checkedIn = FerryApiServer.files(repo.resolve("crds"), name -> name.endsWith(".yaml"));
        return checkedIn.isEmpty() ? FerryApiServer.generatedCrds(repo.resolve("target").resolve("kubernetes")) : checkedIn;
    }

    /** Applies every CRD in the files; on a real cluster waits until each is Established. */
    static List<CustomResourceDefinition> installCrds(KubernetesClient client, List<Path> files, boolean waitEstablished) {
        if (files.isEmpty()) {
            throw new IllegalStateException("no CRDs in crds/ or target/kubernetes: run ./mvnw package -DskipTests");
        }
        List<CustomResourceDefinition> crds = new ArrayList<>();
        for (Path file : files) {
            for (GenericKubernetesResource document : documents(client, file)) {
                CustomResourceDefinition crd = client.getKubernetesSerialization()
                        .convertValue(document, CustomResourceDefinition.class);
                crds.add(client.resource(crd).fieldManager(FIELD_MANAGER).forceConflicts().serverSideApply());
            }
        }
        if (waitEstablished) {
            for (CustomResourceDefinition crd : crds) {
                client.resource(crd).waitUntilCondition(c -> c.getStatus() != null && c.getStatus().getConditions()
                        .stream().anyMatch(k -> k.getType().equals("Established") && k.getStatus().equals("True")),
                        30, TimeUnit.SECONDS);
            }
        }
        System.out.println("installed CRDs: " + String.join(", ", crds.stream().map(c -> c.getMetadata().getName()).toList()));
        return crds;
    }

    /** Starts the packaged operator with KUBECONFIG pointing at the cluster; its output is prefixed. */
    static Process startOperator(Path repo, Path kubeconfig) throws IOException {
        Path jar = repo.resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run ./mvnw package -DskipTests first");
        }
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString())
                .directory(repo.toFile())
                .redirectErrorStream(true);
        builder.environment().put("KUBECONFIG", kubeconfig.toAbsolutePath().toString());
        Process process = builder.start();
        Thread forward = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                lines.lines().forEach(line -> System.out.println("[operator] " + line));
            } catch (IOException | UncheckedIOException e) {
                // the operator is gone; the main loop reports its exit
            }
        }, "ferry-dev-operator-output");
        forward.setDaemon(true);
        forward.start();
        System.out.println("started the operator (pid " + process.pid() + "): java -jar " + repo.relativize(jar));
        return process;
    }

    /**
     * Applies every document of every {@code *.yaml}/{@code *.yml} file in {@code samples} (sorted by file name)
     * with server-side apply. A document the server rejects is reported, not fatal. Nothing is applied when the
     * directory is missing or empty.
     */
    static Samples applySamples(KubernetesClient client, Path samples) {
        List<String> applied = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (Path file : FerryApiServer.files(samples, name -> name.endsWith(".yaml") || name.endsWith(".yml"))) {
            for (GenericKubernetesResource document : documents(client, file)) {
                String id = document.getKind() + "/" + document.getMetadata().getName();
                try {
                    client.resource(document).fieldManager(FIELD_MANAGER).forceConflicts().serverSideApply();
                    applied.add(id);
                } catch (KubernetesClientException e) {
                    failed.add(id + " from " + file.getFileName() + ": " + reason(e));
                }
            }
        }
        return new Samples(List.copyOf(applied), List.copyOf(failed));
    }

    /** The YAML documents of a file as generic resources (exactly what the file says, no typed round trip). */
    static List<GenericKubernetesResource> documents(KubernetesClient client, Path file) {
        List<GenericKubernetesResource> documents = new ArrayList<>();
        try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
            while (it.hasNext()) {
                JsonNode document = it.next();
                if (document != null && document.isObject() && !document.isEmpty()) {
                    documents.add(client.getKubernetesSerialization().convertValue(document,
                            GenericKubernetesResource.class));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return documents;
    }

    /** Ferry's resources with their Ready condition, then the objects labelled as created by Ferry. */
    static List<Row> snapshot(KubernetesClient client, List<CustomResourceDefinition> crds) {
        List<Row> rows = new ArrayList<>();
        for (CustomResourceDefinition crd : crds) {
            CustomResourceDefinitionContext context = CustomResourceDefinitionContext.fromCrd(crd);
            client.genericKubernetesResources(context).inAnyNamespace().list().getItems().stream()
                    .sorted(BY_NAMESPACE_AND_NAME)
                    .forEach(r -> rows.add(new Row(context.getKind(), r.getMetadata().getNamespace(),
                            r.getMetadata().getName(), ready(r))));
        }
        for (Class<? extends HasMetadata> kind : CREATED_KINDS) {
            try {
                client.resources(kind).inAnyNamespace().withLabel(Labels.MANAGED_BY, Labels.MANAGED_BY_VALUE).list()
                        .getItems().stream()
                        .sorted(BY_NAMESPACE_AND_NAME)
                        .forEach(o -> rows.add(new Row(HasMetadata.getKind(kind), o.getMetadata().getNamespace(),
                                o.getMetadata().getName(), "")));
            } catch (KubernetesClientException e) {
                // an API this cluster does not serve
            }
        }
        return rows;
    }

    /** {@code True}, {@code False (InvalidSpec)}, ... from {@code status.conditions[type=Ready]}; {@code -} if none. */
    @SuppressWarnings("unchecked")
    static String ready(GenericKubernetesResource resource) {
        Object conditions = resource.getAdditionalProperties().get("status") instanceof Map<?, ?> status
                ? status.get("conditions")
                : null;
        if (conditions instanceof List<?> list) {
            for (Object c : list) {
                if (c instanceof Map<?, ?> condition && "Ready".equals(condition.get("type"))) {
                    Object reason = condition.get("reason");
                    return condition.get("status") + (reason == null ? "" : " (" + reason + ")");
                }
            }
        }
        return "-";
    }

    static String table(List<Row> rows) {
        if (rows.isEmpty()) {
            return "no Ferry resources yet\n";
        }
        int kind = "KIND".length();
        int namespace = "NAMESPACE".length();
        int name = "NAME".length();
        for (Row row : rows) {
            kind = Math.max(kind, row.kind().length());
            namespace = Math.max(namespace, String.valueOf(row.namespace()).length());
            name = Math.max(name, row.name().length());
        }
        String format = "%-" + kind + "s  %-" + namespace + "s  %-" + name + "s  %s%n";
        StringBuilder table = new StringBuilder(String.format(format, "KIND", "NAMESPACE", "NAME", "READY"));
        for (Row row : rows) {
            table.append(String.format(format, row.kind(), row.namespace() == null ? "" : row.namespace(), row.name(),
                    row.ready()));
        }
        return table.toString().replaceAll("(?m) +$", "");
    }

    private static void stop(Process operator, Cluster cluster) {
        if (operator.isAlive()) {
            System.out.println("stopping the operator");
            operator.destroy();
            try {
                if (!operator.waitFor(10, TimeUnit.SECONDS)) {
                    operator.destroyForcibly();
                }
            } catch (InterruptedException e) {
                operator.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        cluster.close();
    }

    /** The server's message, or a hint when the client knows no such kind (its CRD is not installed). */
    private static String reason(KubernetesClientException e) {
        String message = String.valueOf(e.getMessage());
        if (message.startsWith("Could not find a registered handler")) {
            return "the server has no such kind (is its CRD in crds/?)";
        }
        return message.lines().findFirst().orElse(message);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
