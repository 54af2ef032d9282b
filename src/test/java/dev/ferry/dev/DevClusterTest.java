package dev.ferry.dev;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.ferry.testing.FerryApiServer;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;

class DevClusterTest {

    private static final String WIDGET_CRD = """
            apiVersion: apiextensions.k8s.io/v1
            kind: CustomResourceDefinition
            metadata:
              name: widgets.test.ferry.dev
            spec:
              group: test.ferry.dev
              scope: Namespaced
              names: {kind: Widget, plural: widgets, singular: widget}
              versions:
                - name: v1
                  served: true
                  storage: true
                  subresources: {status: {}}
                  schema:
                    openAPIV3Schema: {type: object, x-kubernetes-preserve-unknown-fields: true}
            """;
    private static final ResourceDefinitionContext WIDGETS = new ResourceDefinitionContext.Builder()
            .withGroup("test.ferry.dev").withVersion("v1").withKind("Widget").withPlural("widgets").withNamespaced(true)
            .build();

    private static FerryApiServer server;
    private static KubernetesClient client;

    @TempDir
    Path repo;

    @BeforeAll
    static void startServer() {
        server = FerryApiServer.start();
        client = server.client();
    }

    @AfterAll
    static void stopServer() {
        client.close();
        server.close();
    }

    @Test
    void usesTheCurrentContextWhenItsApiServerAnswers() throws IOException {
        Path kubeconfig = Files.writeString(repo.resolve("config"), DevCluster.kubeconfig(server.url()));

        try (DevCluster.Cluster cluster = DevCluster.chooseCluster(List.of(kubeconfig), repo.resolve(".dev"))) {
            assertThat(cluster.isEmbedded()).isFalse();
            assertThat(cluster.kubeconfig()).isEqualTo(kubeconfig);
            assertThat(repo.resolve(".dev")).doesNotExist();
        }
    }

    @Test
    void startsAnEmbeddedServerWithAKubeconfigWhenTheCurrentContextDoesNotAnswer() throws IOException {
        Path kubeconfig = Files.writeString(repo.resolve("config"), DevCluster.kubeconfig("http://127.0.0.1:" + closedPort()));

        try (DevCluster.Cluster cluster = DevCluster.chooseCluster(List.of(kubeconfig), repo.resolve(".dev"));
                KubernetesClient embedded = cluster.client()) {
            assertThat(cluster.isEmbedded()).isTrue();
            assertThat(cluster.kubeconfig()).isEqualTo(repo.resolve(".dev/kubeconfig"));
            assertThat(embedded.getMasterUrl().toString()).startsWith(cluster.server());
            assertThat(embedded.getKubernetesVersion()).isNotNull();
        }
    }

    @Test
    void startsAnEmbeddedServerWhenThereIsNoKubeconfig() throws IOException {
        try (DevCluster.Cluster cluster = DevCluster.chooseCluster(List.of(repo.resolve("missing")), repo.resolve(".dev"));
                KubernetesClient embedded = cluster.client()) {
            assertThat(cluster.isEmbedded()).isTrue();
            assertThat(embedded.getKubernetesVersion()).isNotNull();
        }
    }

    @Test
    void crdsComeFromTheCrdsDirectoryWhenItHasThem() throws IOException {
        Path checkedIn = write("crds/widgets.test.ferry.dev.yaml", WIDGET_CRD);
        write("crds/README.md", "not a CRD");
        write("target/kubernetes/widgets.ecs.ferry.dev-v1.yml", WIDGET_CRD);

        assertThat(DevCluster.crdFiles(repo)).containsExactly(checkedIn);
    }

    @Test
    void crdsComeFromTheBuildOutputWhenTheCrdsDirectoryHasNone() throws IOException {
        Files.createDirectories(repo.resolve("crds"));
        Path generated = write("target/kubernetes/widgets.ecs.ferry.dev-v1.yml", WIDGET_CRD);
        write("target/kubernetes/kubernetes.yml", "not a CRD");

        assertThat(DevCluster.crdFiles(repo)).containsExactly(generated);
    }

    @Test
    void samplesAreAppliedDocumentByDocumentAndCanBeAppliedAgain() throws IOException {
        DevCluster.installCrds(client, List.of(write("crds/widgets.yaml", WIDGET_CRD)), false);
        write("samples/01-widgets.yaml", """
                # two widgets and a config map
                apiVersion: test.ferry.dev/v1
                kind: Widget
                metadata: {name: small, namespace: samples}
                spec: {size: 1}
                ---
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: settings, namespace: samples}
                data: {a: "1"}
                """);
        write("samples/02-more.yml", """
                apiVersion: test.ferry.dev/v1
                kind: Widget
                metadata: {name: large, namespace: samples}
                spec: {size: 3}
                """);

        DevCluster.Samples first = DevCluster.applySamples(client, repo.resolve("samples"));
        DevCluster.Samples again = DevCluster.applySamples(client, repo.resolve("samples"));

        assertThat(first.applied()).containsExactly("Widget/small", "ConfigMap/settings", "Widget/large");
        assertThat(first.failed()).isEmpty();
        assertThat(again).isEqualTo(first);
        assertThat(client.genericKubernetesResources(WIDGETS).inNamespace("samples").list().getItems())
                .extracting(w -> w.getMetadata().getName()).containsExactlyInAnyOrder("small", "large");
        assertThat(client.configMaps().inNamespace("samples").withName("settings").get().getData())
                .containsEntry("a", "1");
    }

    @Test
    void aMissingOrEmptySamplesDirectoryAppliesNothing() throws IOException {
        Files.createDirectories(repo.resolve("empty"));

        assertThat(DevCluster.applySamples(client, repo.resolve("missing")))
                .isEqualTo(new DevCluster.Samples(List.of(), List.of()));
        assertThat(DevCluster.applySamples(client, repo.resolve("empty")))
                .isEqualTo(new DevCluster.Samples(List.of(), List.of()));
    }

    @Test
    void aSampleTheServerRejectsIsReportedAndTheOthersAreApplied() throws IOException {
        write("samples/bad.yaml", """
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: stale, namespace: rejected-samples, resourceVersion: "999999"}
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: fine, namespace: rejected-samples}
                ---
                apiVersion: test.ferry.dev/v1
                kind: Gadget
                metadata: {name: unknown-kind, namespace: rejected-samples}
                """);
        client.configMaps().inNamespace("rejected-samples").resource(new ConfigMapBuilder()
                .withNewMetadata().withName("stale").endMetadata().build()).create();

        DevCluster.Samples samples = DevCluster.applySamples(client, repo.resolve("samples"));

        assertThat(samples.applied()).containsExactly("ConfigMap/fine");
        assertThat(samples.failed()).hasSize(2);
        assertThat(samples.failed().get(0)).startsWith("ConfigMap/stale from bad.yaml: ").contains("409");
        assertThat(samples.failed().get(1))
                .isEqualTo("Gadget/unknown-kind from bad.yaml: the server has no such kind (is its CRD in crds/?)");
    }

    @Test
    void theTableShowsFerryResourcesWithTheirReadyConditionAndObjectsLabelledAsMadeByFerry() throws IOException {
        List<CustomResourceDefinition> crds = DevCluster.installCrds(client,
                List.of(write("crds/widgets.yaml", WIDGET_CRD)), false);
        var widgets = client.genericKubernetesResources(WIDGETS).inNamespace("table");
        widgets.resource(widget("ready-one")).create();
        widgets.resource(widget("new-one")).create();
        widgets.resource(new GenericKubernetesResourceBuilder(widget("ready-one"))
                .addToAdditionalProperties("status", Map.of("conditions", List.of(
                        Map.of("type", "Progressing", "status", "False"),
                        Map.of("type", "Ready", "status", "True", "reason", "Registered")))).build())
                .subresource("status").patch(PatchContext.of(PatchType.JSON_MERGE));
        client.apps().deployments().inNamespace("table").resource(new DeploymentBuilder()
                .withNewMetadata().withName("made-by-ferry").addToLabels("app.kubernetes.io/managed-by", "ferry").endMetadata()
                .build()).create();
        client.apps().deployments().inNamespace("table").resource(new DeploymentBuilder()
                .withNewMetadata().withName("someone-elses").endMetadata().build()).create();

        String table = DevCluster.table(DevCluster.snapshot(client, crds).stream()
                .filter(row -> "table".equals(row.namespace())).toList());

        assertThat(table).isEqualTo("""
                KIND        NAMESPACE  NAME           READY
                Widget      table      new-one        -
                Widget      table      ready-one      True (Registered)
                Deployment  table      made-by-ferry
                """);
    }

    private static GenericKubernetesResource widget(String name) {
        return new GenericKubernetesResourceBuilder().withApiVersion("test.ferry.dev/v1").withKind("Widget")
                .withNewMetadata().withName(name).endMetadata()
                .addToAdditionalProperties("spec", Map.of("size", 1)).build();
    }

    private Path write(String relative, String content) throws IOException {
        Path file = repo.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
