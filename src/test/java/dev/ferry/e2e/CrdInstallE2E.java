package dev.ferry.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.APIResource;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceColumnDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionVersion;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Ferry's CRDs as a real API server sees them: accepted, established, in `kubectl get ecs`, with printer columns. */
@FerryE2E
class CrdInstallE2E {
    static final List<String> CRDS = E2ECluster.FERRY_CRDS;

    @ParameterizedTest(name = "{0}")
    @FieldSource("CRDS")
    void crdIsAcceptedAndEstablished(String name, E2ECluster cluster) {
        assertThat(cluster.crdProblems().get(name)).as("problem installing %s", name).isNull();
        assertThat(cluster.establishedCrds())
                .as("%s must be installed from %s and Established", name, E2ECluster.crdFiles())
                .contains(name);
        CustomResourceDefinition crd = crd(cluster.client(), name);
        assertThat(crd.getStatus().getConditions())
                .as("conditions of %s", name)
                .anySatisfy(c -> {
                    assertThat(c.getType()).isEqualTo("Established");
                    assertThat(c.getStatus()).isEqualTo("True");
                })
                .anySatisfy(c -> {
                    assertThat(c.getType()).isEqualTo("NamesAccepted");
                    assertThat(c.getStatus()).isEqualTo("True");
                });
        assertThat(crd.getSpec().getVersions())
                .as("%s serves and stores v1alpha1", name)
                .anySatisfy(v -> {
                    assertThat(v.getName()).isEqualTo("v1alpha1");
                    assertThat(v.getServed()).isTrue();
                    assertThat(v.getStorage()).isTrue();
                    assertThat(v.getSubresources()).as("status subresource").isNotNull();
                    assertThat(v.getSubresources().getStatus()).as("status subresource").isNotNull();
                });
    }

    /** Nothing in the CRD files fails to install: no unreadable file, no rejected or never-established CRD. */
    @Test
    void everyCrdFileInstalls(E2ECluster cluster) {
        assertThat(cluster.crdProblems()).as("CRD problems installing %s", E2ECluster.crdFiles()).isEmpty();
    }

    /** `kubectl get ecs` expands the category through discovery: each kind must be listed there under `ecs`. */
    @ParameterizedTest(name = "{0}")
    @FieldSource("CRDS")
    void crdIsInTheEcsCategory(String name, E2ECluster cluster) {
        CustomResourceDefinition crd = crd(cluster.client(), name);
        assertThat(crd.getSpec().getNames().getCategories()).as("spec.names.categories of %s", name).contains("ecs");

        String plural = crd.getSpec().getNames().getPlural();
        Optional<APIResource> discovered = cluster.client()
                .getApiResources(crd.getSpec().getGroup() + "/v1alpha1")
                .getResources().stream()
                .filter(r -> r.getName().equals(plural))
                .findFirst();
        assertThat(discovered).as("%s in discovery", plural).isPresent();
        assertThat(discovered.get().getCategories()).as("discovery categories of %s", plural).contains("ecs");
    }

    /**
     * `kubectl get <kind>` shows the CRD's printer columns: the API server renders them in the Table it returns,
     * which also proves every column's JSONPath is accepted.
     */
    @ParameterizedTest(name = "{0}")
    @FieldSource("CRDS")
    void crdPrinterColumnsAreServedInTables(String name, E2ECluster cluster, E2ENamespace namespace) throws Exception {
        CustomResourceDefinition crd = crd(cluster.client(), name);
        CustomResourceDefinitionVersion v1alpha1 = crd.getSpec().getVersions().stream()
                .filter(v -> v.getName().equals("v1alpha1"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " has no version v1alpha1"));
        List<String> declared = v1alpha1.getAdditionalPrinterColumns().stream()
                .map(CustomResourceColumnDefinition::getName)
                .toList();
        assertThat(declared).as("additionalPrinterColumns of %s", name).isNotEmpty();

        JsonNode table = table(cluster.client(), crd, namespace.name());
        List<String> served = StreamSupport.stream(table.path("columnDefinitions").spliterator(), false)
                .map(c -> c.path("name").asText())
                .toList();
        assertThat(served).as("columns `kubectl get %s` shows", crd.getSpec().getNames().getPlural())
                .containsAll(declared);
    }

    private static CustomResourceDefinition crd(KubernetesClient client, String name) {
        CustomResourceDefinition crd = client.apiextensions().v1().customResourceDefinitions().withName(name).get();
        assertThat(crd).as("CRD %s on the server", name).isNotNull();
        return crd;
    }

    /** Lists the kind as kubectl does: asking the API server for a meta.k8s.io Table. */
    private static JsonNode table(KubernetesClient client, CustomResourceDefinition crd, String namespace) throws Exception {
        String path = "/apis/" + crd.getSpec().getGroup() + "/v1alpha1/"
                + ("Namespaced".equals(crd.getSpec().getScope()) ? "namespaces/" + namespace + "/" : "")
                + crd.getSpec().getNames().getPlural();
        String base = client.getMasterUrl().toString().replaceAll("/+$", "");
        HttpRequest request = client.getHttpClient().newHttpRequestBuilder()
                .uri(base + path)
                .setHeader("Accept", "application/json;as=Table;v=v1;g=meta.k8s.io")
                .build();
        HttpResponse<String> response = client.getHttpClient().sendAsync(request, String.class).get(30, TimeUnit.SECONDS);
        assertThat(response.code()).as("GET %s as Table: %s", path, response.body()).isEqualTo(200);
        JsonNode table = client.getKubernetesSerialization().unmarshal(response.body(), JsonNode.class);
        assertThat(table.path("kind").asText()).as("response kind").isEqualTo("Table");
        return table;
    }
}
