package dev.ferry.translate.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.api.v1alpha1.cluster.ClusterFerrySpec;
import dev.ferry.api.v1alpha1.cluster.ClusterSpec;
import dev.ferry.api.v1alpha1.common.LaunchType;
import dev.ferry.translate.pod.Capacity;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClusterProfilesTest {

    private static ClusterSpec clusterWithSpotPool() {
        ClusterFerrySpec.CapacityProviderMapping spot = new ClusterFerrySpec.CapacityProviderMapping();
        spot.name = "FARGATE_SPOT";
        spot.nodeSelector = Map.of("karpenter.sh/capacity-type", "spot");
        spot.runtimeClassName = "kata";
        ClusterSpec spec = new ClusterSpec();
        spec.ferry = new ClusterFerrySpec();
        spec.ferry.capacityProviders = List.of(spot);
        spec.ferry.region = "eu-west-1";
        spec.ferry.hostPathVolumes = ClusterFerrySpec.Policy.Allow;
        spec.defaultCapacityProviderStrategy = List.of(StrategySplitTest.item("FARGATE_SPOT", 1, null));
        return spec;
    }

    @Test
    void aMappedProviderCarriesItsSchedulingAndStaysServerless() {
        List<Capacity> capacities = ClusterProfiles.capacities(Optional.of(clusterWithSpotPool()), null, null, 1, "spec").value();

        assertThat(capacities).singleElement().satisfies(c -> {
            assertThat(c.provider()).isEqualTo("FARGATE_SPOT");
            assertThat(c.serverless()).isTrue();
            assertThat(c.nodeSelector()).containsEntry("karpenter.sh/capacity-type", "spot");
            assertThat(c.runtimeClassName()).hasValue("kata");
        });
    }

    @Test
    void theLaunchTypeWinsOverTheClusterDefaultStrategy() {
        List<Capacity> capacities = ClusterProfiles.capacities(Optional.of(clusterWithSpotPool()), LaunchType.EC2, null, 2, "spec").value();

        assertThat(capacities).extracting(Capacity::provider).containsExactly("EC2", "EC2");
        assertThat(capacities).noneMatch(Capacity::serverless);
    }

    @Test
    void withoutAClusterFargateIsServerlessAndTheDefaultIsEc2() {
        assertThat(ClusterProfiles.capacities(Optional.empty(), LaunchType.FARGATE, null, 1, "spec").value())
                .singleElement().satisfies(c -> assertThat(c.serverless()).isTrue());
        assertThat(ClusterProfiles.capacities(Optional.empty(), null, null, 1, "spec").value())
                .singleElement().satisfies(c -> assertThat(c.provider()).isEqualTo("EC2"));
    }

    @Test
    void anUnknownCustomProviderIsAViolationNamingTheField() {
        var result = ClusterProfiles.capacities(Optional.empty(), null, List.of(StrategySplitTest.item("gpu-pool", 1, null)), 1, "spec");

        assertThat(result.isValid()).isFalse();
        assertThat(result.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("spec.capacityProviderStrategy");
            assertThat(v.message()).contains("gpu-pool");
        });
    }

    @Test
    void scopeAndPolicyComeFromTheFerryExtensionWithOperatorDefaults() {
        assertThat(ClusterProfiles.scope(Optional.of(clusterWithSpotPool()), "us-east-1", "000000000000").region()).isEqualTo("eu-west-1");
        assertThat(ClusterProfiles.scope(Optional.empty(), "us-east-1", "000000000000").accountId()).isEqualTo("000000000000");
        assertThat(ClusterProfiles.policy(Optional.of(clusterWithSpotPool())).hostPathVolumes()).isTrue();
        assertThat(ClusterProfiles.policy(Optional.empty()).privilegedContainers()).isFalse();
    }
}
