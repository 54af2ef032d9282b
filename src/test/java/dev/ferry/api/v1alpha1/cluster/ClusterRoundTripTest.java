package dev.ferry.api.v1alpha1.cluster;

import dev.ferry.testing.ApiJson;

import dev.ferry.testing.CrdSchema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class ClusterRoundTripTest {
    private static final String SHOP = "api/cluster/shop.yaml";

    @Test
    void createClusterInputWithFerrySettingsWritesBackUnchanged() {
        JsonNode input = ApiJson.resource(SHOP);
        assertThat(ApiJson.roundTrip(input, Cluster.class)).isEqualTo(ApiJson.withoutNulls(input));
    }

    @Test
    void capacityProviderMappingsCarryKubernetesSchedulingObjects() throws Exception {
        Cluster cluster = ApiJson.JSON.treeToValue(ApiJson.resource(SHOP), Cluster.class);
        ClusterFerrySpec ferry = cluster.getSpec().ferry;
        assertThat(ferry.capacityProviders).extracting(m -> m.name).containsExactly("FARGATE", "FARGATE_SPOT", "gpu-pool");
        assertThat(ferry.capacityProviders.get(1).tolerations.get(0).getKey()).isEqualTo("spot");
        assertThat(ferry.capacityProviders.get(2).affinity.getNodeAffinity()
                .getRequiredDuringSchedulingIgnoredDuringExecution().getNodeSelectorTerms()).hasSize(1);
        assertThat(ferry.hostPathVolumes).isEqualTo(ClusterFerrySpec.Policy.Deny);
        assertThat(ferry.externalSecrets.secretStoreRef.kind).isEqualTo(ClusterFerrySpec.SecretStoreRef.Kind.ClusterSecretStore);
    }

    @Test
    void policyValuesOtherThanAllowOrDenyAreRejected() {
        ObjectNode input = (ObjectNode) ApiJson.resource(SHOP);
        ((ObjectNode) input.at("/spec/ferry")).put("privilegedContainers", "true");
        assertThatThrownBy(() -> ApiJson.roundTrip(input, Cluster.class)).hasMessageContaining("true");
    }

    @Test
    void manifestSatisfiesTheGeneratedCrdSchema() {
        JsonNode input = ApiJson.resource(SHOP);
        CrdSchema crd = CrdSchema.load("clusters");
        assertThat(CrdSchema.validate(input.get("spec"), crd.specSchema(), "spec")).isEmpty();
        assertThat(CrdSchema.validate(input.get("status"), crd.schema().path("properties").path("status"), "status")).isEmpty();
    }

    @Test
    void accountIdMustBeTwelveDigits() {
        ObjectNode spec = (ObjectNode) ApiJson.resource(SHOP).get("spec");
        ((ObjectNode) spec.get("ferry")).put("accountId", "1234");
        assertThat(CrdSchema.validate(spec, CrdSchema.load("clusters").specSchema(), "spec"))
                .singleElement().asString().startsWith("spec.ferry.accountId: ");
    }
}
