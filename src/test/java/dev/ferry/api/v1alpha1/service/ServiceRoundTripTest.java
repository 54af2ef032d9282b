package dev.ferry.api.v1alpha1.service;

import dev.ferry.testing.ApiJson;

import dev.ferry.testing.CrdSchema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class ServiceRoundTripTest {
    private static final String WEB = "api/service/web-canary-autoscaled.yaml";

    @Test
    void fullFeaturedServiceWithStatusWritesBackUnchanged() {
        JsonNode input = ApiJson.resource(WEB);
        assertThat(ApiJson.roundTrip(input, Service.class)).isEqualTo(ApiJson.withoutNulls(input));
    }

    @Test
    void autoScalingItemsBindApplicationAutoScalingPascalCase() throws Exception {
        Service service = ApiJson.JSON.treeToValue(ApiJson.resource(WEB), Service.class);
        AutoScaling autoScaling = service.getSpec().autoScaling;
        assertThat(autoScaling.minCapacity).isEqualTo(3);
        assertThat(autoScaling.targetTrackingScalingPolicies.get(0).targetTrackingScalingPolicyConfiguration.predefinedMetricSpecification.predefinedMetricType)
                .isEqualTo(AutoScaling.PredefinedMetricSpecification.PredefinedMetricType.ECSServiceAverageCPUUtilization);
        assertThat(autoScaling.targetTrackingScalingPolicies.get(0).scalableDimension)
                .isEqualTo(AutoScaling.TargetTrackingScalingPolicy.ScalableDimension.ECS_SERVICE_DESIRED_COUNT);
        assertThat(autoScaling.scheduledActions.get(0).scalableTargetAction.maxCapacity).isEqualTo(20);
        assertThat(autoScaling.suspendedState.scheduledScalingSuspended).isFalse();
    }

    @Test
    void camelCaseInsideAScalingPolicyIsRejected() {
        ObjectNode input = (ObjectNode) ApiJson.resource(WEB);
        ObjectNode policy = (ObjectNode) input.at("/spec/autoScaling/targetTrackingScalingPolicies/0");
        policy.set("policyName", policy.remove("PolicyName"));
        assertThatThrownBy(() -> ApiJson.roundTrip(input, Service.class)).hasMessageContaining("policyName");
    }

    @Test
    void lowerCaseLaunchTypeIsRejected() {
        ObjectNode input = (ObjectNode) ApiJson.resource(WEB);
        ((ObjectNode) input.get("spec")).put("launchType", "fargate");
        assertThatThrownBy(() -> ApiJson.roundTrip(input, Service.class)).hasMessageContaining("fargate");
    }

    @Test
    void lifecycleHookDetailsKeepArbitraryJson() throws Exception {
        Service service = ApiJson.JSON.treeToValue(ApiJson.resource(WEB), Service.class);
        JsonNode details = service.getSpec().deploymentConfiguration.lifecycleHooks.get(0).hookDetails;
        assertThat(details.get("retries").asInt()).isEqualTo(3);
    }

    @Test
    void manifestSatisfiesTheGeneratedCrdSchema() {
        JsonNode input = ApiJson.resource(WEB);
        CrdSchema crd = CrdSchema.load("services");
        assertThat(CrdSchema.validate(input.get("spec"), crd.specSchema(), "spec")).isEmpty();
        assertThat(CrdSchema.validate(input.get("status"), crd.schema().path("properties").path("status"), "status")).isEmpty();
    }

    @Test
    void minimumHealthyPercentAbove100ViolatesTheSchema() {
        ObjectNode spec = (ObjectNode) ApiJson.resource(WEB).get("spec");
        ((ObjectNode) spec.get("deploymentConfiguration")).put("minimumHealthyPercent", 150);
        assertThat(CrdSchema.validate(spec, CrdSchema.load("services").specSchema(), "spec"))
                .containsExactly("spec.deploymentConfiguration.minimumHealthyPercent: must be less than or equal to 100.0");
    }
}
