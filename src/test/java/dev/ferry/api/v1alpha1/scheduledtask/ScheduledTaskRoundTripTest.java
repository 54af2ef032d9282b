package dev.ferry.api.v1alpha1.scheduledtask;

import dev.ferry.testing.ApiJson;

import dev.ferry.testing.CrdSchema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScheduledTaskRoundTripTest {
    private static final String NIGHTLY = "api/scheduledtask/nightly-report.yaml";

    @Test
    void eventBridgeTargetWritesBackUnchanged() {
        JsonNode input = ApiJson.resource(NIGHTLY);
        assertThat(ApiJson.roundTrip(input, ScheduledTask.class)).isEqualTo(ApiJson.withoutNulls(input));
    }

    @Test
    void ecsParametersUseEventBridgeCasingDownToAwsvpcConfiguration() throws Exception {
        ScheduledTask st = ApiJson.JSON.treeToValue(ApiJson.resource(NIGHTLY), ScheduledTask.class);
        EcsParameters p = st.getSpec().ecsParameters;
        assertThat(p.taskDefinitionArn).endsWith("task-definition/report:3");
        assertThat(p.networkConfiguration.awsvpcConfiguration.subnets).hasSize(2);
        assertThat(p.capacityProviderStrategy.get(0).capacityProvider).isEqualTo("FARGATE_SPOT");
        assertThat(p.tags.get(0).key).isEqualTo("cost-center");
    }

    @Test
    void ecsStyleLowerCaseSubnetsInsideEcsParametersAreRejected() {
        ObjectNode input = (ObjectNode) ApiJson.resource(NIGHTLY);
        ObjectNode awsvpc = (ObjectNode) input.at("/spec/ecsParameters/NetworkConfiguration/awsvpcConfiguration");
        awsvpc.set("subnets", awsvpc.remove("Subnets"));
        assertThatThrownBy(() -> ApiJson.roundTrip(input, ScheduledTask.class)).hasMessageContaining("subnets");
    }

    @Test
    void manifestSatisfiesTheGeneratedCrdSchema() {
        JsonNode input = ApiJson.resource(NIGHTLY);
        CrdSchema crd = CrdSchema.load("scheduledtasks");
        assertThat(CrdSchema.validate(input.get("spec"), crd.specSchema(), "spec")).isEmpty();
        assertThat(CrdSchema.validate(input.get("status"), crd.schema().path("properties").path("status"), "status")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"cron(0 12 * * ? *)", "cron(0/15 8-17 ? * MON-FRI *)", "rate(1 hour)", "rate(5 minutes)", "at(2025-12-24T18:00:00)"})
    void eventBridgeScheduleExpressionsMatchThePattern(String expression) {
        JsonNode schema = CrdSchema.load("scheduledtasks").specSchema().path("properties").path("scheduleExpression");
        assertThat(CrdSchema.validate(ApiJson.JSON.getNodeFactory().textNode(expression), schema, "spec.scheduleExpression")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0 12 * * *", "@daily", "rate(0 minutes)", "rate(5 weeks)", "cron()", "at(tomorrow)"})
    void nonEventBridgeScheduleExpressionsViolateThePattern(String expression) {
        JsonNode schema = CrdSchema.load("scheduledtasks").specSchema().path("properties").path("scheduleExpression");
        List<String> violations = CrdSchema.validate(ApiJson.JSON.getNodeFactory().textNode(expression), schema, "spec.scheduleExpression");
        assertThat(violations).singleElement().asString().startsWith("spec.scheduleExpression: ");
    }
}
