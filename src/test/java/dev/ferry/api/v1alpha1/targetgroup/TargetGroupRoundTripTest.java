package dev.ferry.api.v1alpha1.targetgroup;

import dev.ferry.testing.ApiJson;

import dev.ferry.testing.CrdSchema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TargetGroupRoundTripTest {
    private static final String WEB_BLUE = "api/targetgroup/web-blue-from-describe.yaml";
    private static final String DESCRIBE_ENTRY = "api/targetgroup/describe-target-groups-entry.yaml";

    @ParameterizedTest
    @ValueSource(strings = {WEB_BLUE, DESCRIBE_ENTRY})
    void manifestBindsStrictlyAndWritesBackUnchanged(String resource) {
        JsonNode input = ApiJson.resource(resource);
        assertThat(ApiJson.roundTrip(input, TargetGroup.class)).isEqualTo(ApiJson.withoutNulls(input));
    }

    @Test
    void pascalCaseMembersBindToTheirFields() throws Exception {
        TargetGroup tg = ApiJson.JSON.treeToValue(ApiJson.resource(WEB_BLUE), TargetGroup.class);
        assertThat(tg.getSpec().name).isEqualTo("web-blue");
        assertThat(tg.getSpec().port).isEqualTo(8080);
        assertThat(tg.getSpec().targetType).isEqualTo(TargetGroupSpec.TargetType.IP);
        assertThat(tg.getSpec().matcher.httpCode).isEqualTo("200-299");
        assertThat(tg.getSpec().attributes).extracting(a -> a.key)
                .containsExactly("deregistration_delay.timeout_seconds", "stickiness.enabled", "load_balancing.algorithm.type");
        assertThat(tg.getStatus().targets).extracting(t -> t.health.state).containsExactly(
                TargetGroupStatus.TargetHealthState.HEALTHY,
                TargetGroupStatus.TargetHealthState.HEALTHY,
                TargetGroupStatus.TargetHealthState.INITIAL);
    }

    @Test
    void camelCaseMemberNamesAreRejected() {
        ObjectNode input = (ObjectNode) ApiJson.resource(WEB_BLUE);
        ((ObjectNode) input.get("spec")).put("healthCheckPath", "/ready");
        assertThatThrownBy(() -> ApiJson.roundTrip(input, TargetGroup.class)).hasMessageContaining("healthCheckPath");
    }

    @Test
    void targetTypeKeepsElbLowerCaseSpelling() {
        ObjectNode input = (ObjectNode) ApiJson.resource(WEB_BLUE);
        ((ObjectNode) input.get("spec")).put("TargetType", "IP");
        assertThatThrownBy(() -> ApiJson.roundTrip(input, TargetGroup.class)).hasMessageContaining("IP");
    }

    @ParameterizedTest
    @ValueSource(strings = {WEB_BLUE, DESCRIBE_ENTRY})
    void manifestSatisfiesTheGeneratedCrdSchema(String resource) {
        JsonNode input = ApiJson.resource(resource);
        CrdSchema crd = CrdSchema.load("targetgroups");
        assertThat(CrdSchema.validate(input.get("spec"), crd.specSchema(), "spec")).isEmpty();
        if (input.has("status")) {
            assertThat(CrdSchema.validate(input.get("status"), crd.schema().path("properties").path("status"), "status")).isEmpty();
        }
    }

    @Test
    void healthCheckIntervalOutsideElbRangeViolatesTheSchema() {
        ObjectNode spec = (ObjectNode) ApiJson.resource(WEB_BLUE).get("spec");
        spec.put("HealthCheckIntervalSeconds", 400);
        assertThat(CrdSchema.validate(spec, CrdSchema.load("targetgroups").specSchema(), "spec"))
                .containsExactly("spec.HealthCheckIntervalSeconds: must be less than or equal to 300.0");
    }
}
