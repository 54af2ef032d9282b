package dev.ferry.e2e;

import io.fabric8.kubernetes.api.model.APIResource;
import io.fabric8.kubernetes.api.model.APIResourceList;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionCondition;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The Kubernetes cluster of one e2e run: a client for it, Ferry's CRDs installed, and (on demand) the packaged
 * operator running against it. Created once per run by {@link FerryE2EExtension}.
 */
public final class E2ECluster implements AutoCloseable {
    /** The six CRDs of Ferry. */
    public static final List<String> FERRY_CRDS = List.of(
            "clusters.ecs.ferry.dev",
            "taskdefinitions.ecs.ferry.dev",
            "services.ecs.ferry.dev",
            "targetgroups.ecs.ferry.dev",
            "tasks.ecs.ferry.dev",
            "scheduledtasks.ecs.ferry.dev");
    public static final String CRD_DIR = "crds";
    public static final String GENERATED_CRD_DIR = "target/kubernetes";
    public static final String GENERATED_CRD_SUFFIX = ".ecs.ferry.dev-v1.yml";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String description;
    private final Path kubeconfig;
    private final KubernetesClient client;
    private final AutoCloseable backing;
    private final Map<String, String> crdProblems = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Set<String> establishedCrds = Collections.synchronizedSet(new TreeSet<>());
    private final boolean externalOperator = "external".equalsIgnoreCase(System.getenv("FERRY_E2E_OPERATOR"));
    private OperatorProcess operator;
    private RuntimeException operatorFailure;

    /**
     * Connects to the cluster of {@code kubeconfig}; {@code backing} (a k3s container, or null) is closed with it.
     */
    E2ECluster(String description, Path kubeconfig, AutoCloseable backing) {
        this.kubeconfig = kubeconfig;
        this.backing = backing;
        this.client = new KubernetesClientBuilder().withConfig(Config.fromKubeconfig(kubeconfig.toFile())).build();
        String version;
        try {
            version = client.getKubernetesVersion().getGitVersion();
        } catch (KubernetesClientException e) {
            client.close();
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            throw new IllegalStateException("cannot reach the API server of " + description + " ("
                    + client.getMasterUrl() + "): " + e.getMessage() + (root == e ? "" : " (" + root + ")"), e);
        }
        this.description = description + ", Kubernetes " + version;
    }

    public KubernetesClient client() {
        return client;
    }

    public Path kubeconfig() {
        return kubeconfig;
    }

    public String description() {
        return description;
    }

    /** CRDs (by name, or by file when it could not be read) that were rejected or never became Established, with why. */
    public Map<String, String> crdProblems() {
        synchronized (crdProblems) {
            return Map.copyOf(crdProblems);
        }
    }

    /** CRDs this run installed that are Established and served by discovery. */
    public Set<String> establishedCrds() {
        synchronized (establishedCrds) {
            return Set.copyOf(establishedCrds);
        }
    }

    /** The operator this run started, if it started one. */
    public synchronized Optional<OperatorProcess> operator() {
        return Optional.ofNullable(operator);
    }

    /**
     * The CRD files this run installs: {@code crds/*.yaml} at the repository root, else the generated
     * {@code target/kubernetes/*.ecs.ferry.dev-v1.yml}.
     */
    public static List<Path> crdFiles() {
        List<Path> checkedIn = YamlDocuments.files(CRD_DIR, ".yaml", ".yml");
        return checkedIn.isEmpty() ? YamlDocuments.files(GENERATED_CRD_DIR, GENERATED_CRD_SUFFIX) : checkedIn;
    }

    /**
     * Server-side applies every CRD file and waits until each CRD is Established and served. A CRD the API server
     * rejects (schema, CEL cost budget...) is recorded in {@link #crdProblems()} rather than stopping the run, so
     * the tests that need it fail with the reason. No CRD file at all is an error.
     */
    void installCrds() {
        List<Path> files = crdFiles();
        if (files.isEmpty()) {
            throw new IllegalStateException("no CRDs to install: neither " + CRD_DIR + "/*.yaml nor " + GENERATED_CRD_DIR
                    + "/*" + GENERATED_CRD_SUFFIX + " exists; run `./mvnw package`");
        }
        List<CustomResourceDefinition> applied = new ArrayList<>();
        for (Path file : files) {
            List<CustomResourceDefinition> crds;
            try {
                crds = crdsIn(file);
            } catch (RuntimeException e) {
                crdProblems.put(file.toString(), "cannot read: " + e.getMessage());
                continue;
            }
            for (CustomResourceDefinition crd : crds) {
                String name = crd.getMetadata().getName();
                try {
                    applied.add(client.resource(crd)
                            .fieldManager(E2ENamespace.FIELD_MANAGER)
                            .forceConflicts()
                            .serverSideApply());
                } catch (KubernetesClientException e) {
                    crdProblems.put(name, "rejected by the API server (" + file.getFileName() + "): " + message(e));
                }
            }
        }
        for (CustomResourceDefinition crd : applied) {
            String name = crd.getMetadata().getName();
            try {
                E2E.await(E2E.CRD_TIMEOUT).alias(name + " Established").until(() -> established(name));
                E2E.await(E2E.CRD_TIMEOUT).alias(name + " served by discovery").until(() -> discovered(crd));
                establishedCrds.add(name);
            } catch (ConditionTimeoutException e) {
                crdProblems.put(name, "not Established/served after " + E2E.CRD_TIMEOUT.toSeconds() + " s; conditions: "
                        + conditions(name));
            }
        }
    }

    private List<CustomResourceDefinition> crdsIn(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            List<HasMetadata> items = client.load(in).items();
            List<CustomResourceDefinition> crds = new ArrayList<>();
            for (HasMetadata item : items) {
                if (!(item instanceof CustomResourceDefinition crd)) {
                    throw new IllegalArgumentException(item.getKind() + "/" + item.getMetadata().getName()
                            + " is not an apiextensions.k8s.io/v1 CustomResourceDefinition");
                }
                crds.add(crd);
            }
            return crds;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean established(String name) {
        CustomResourceDefinition crd = client.apiextensions().v1().customResourceDefinitions().withName(name).get();
        return crd != null && crd.getStatus() != null && crd.getStatus().getConditions().stream()
                .anyMatch(c -> "Established".equals(c.getType()) && "True".equals(c.getStatus()));
    }

    private boolean discovered(CustomResourceDefinition crd) {
        String group = crd.getSpec().getGroup();
        String plural = crd.getSpec().getNames().getPlural();
        return crd.getSpec().getVersions().stream().filter(v -> Boolean.TRUE.equals(v.getServed())).allMatch(v -> {
            APIResourceList resources = client.getApiResources(group + "/" + v.getName());
            return resources != null && resources.getResources().stream().map(APIResource::getName).anyMatch(plural::equals);
        });
    }

    private String conditions(String name) {
        CustomResourceDefinition crd = client.apiextensions().v1().customResourceDefinitions().withName(name).get();
        if (crd == null || crd.getStatus() == null) {
            return "(none)";
        }
        return crd.getStatus().getConditions().stream()
                .map(E2ECluster::describe)
                .collect(Collectors.joining("; "));
    }

    private static String describe(CustomResourceDefinitionCondition c) {
        return c.getType() + "=" + c.getStatus() + " (" + c.getReason() + ": " + c.getMessage() + ")";
    }

    /** The API server's own message of a rejected request (status message and causes). */
    public static String message(KubernetesClientException e) {
        if (e.getStatus() == null) {
            return e.getMessage();
        }
        StringBuilder text = new StringBuilder(String.valueOf(e.getStatus().getMessage()));
        if (e.getStatus().getDetails() != null) {
            e.getStatus().getDetails().getCauses().forEach(c -> text.append("\n  ")
                    .append(c.getField()).append(": ").append(c.getMessage()));
        }
        return text.toString();
    }

    /**
     * Starts the packaged operator once for the run (idempotent). Skipped when {@code FERRY_E2E_OPERATOR=external}:
     * the operator is then expected to be running in the cluster already (e.g. installed by Helm).
     */
    public synchronized void ensureOperatorRunning() {
        if (externalOperator) {
            return;
        }
        if (operator != null) {
            if (!operator.isAlive()) {
                throw new IllegalStateException("the operator has exited; last lines of " + operator.log() + ":\n"
                        + operator.logTail(60));
            }
            return;
        }
        if (operatorFailure != null) {
            throw new IllegalStateException("the operator failed to start earlier in this run", operatorFailure);
        }
        try {
            operator = OperatorProcess.start(kubeconfig);
        } catch (RuntimeException e) {
            operatorFailure = e;
            throw e;
        }
        System.out.println("[ferry-e2e] started " + operator);
    }

    /** Creates a fresh namespace named after the test class; it is deleted when the returned object is closed. */
    E2ENamespace createNamespace(String testClass) {
        String base = testClass.toLowerCase(Locale.ROOT).replaceAll("e2e$", "").replaceAll("[^a-z0-9-]+", "-");
        String suffix = Integer.toString(RANDOM.nextInt(36 * 36 * 36 * 36 * 36), 36);
        String name = "ferry-e2e-" + base;
        name = name.substring(0, Math.min(name.length(), 63 - suffix.length() - 1)).replaceAll("-+$", "") + "-" + suffix;
        client.namespaces().resource(new NamespaceBuilder()
                .withNewMetadata()
                .withName(name)
                .addToLabels("app.kubernetes.io/created-by", "ferry-e2e")
                .endMetadata()
                .build()).create();
        boolean keep = "true".equalsIgnoreCase(System.getenv("FERRY_E2E_KEEP_NAMESPACES"));
        return new E2ENamespace(client, name, keep);
    }

    /** Stops the operator, closes the client and stops k3s (if this run started it). */
    @Override
    public void close() throws Exception {
        try {
            synchronized (this) {
                if (operator != null) {
                    operator.close();
                }
            }
        } finally {
            try {
                client.close();
            } finally {
                if (backing != null) {
                    backing.close();
                }
            }
        }
    }

    @Override
    public String toString() {
        return description;
    }
}
