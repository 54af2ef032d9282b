package dev.ferry.api.v1alpha1.task;

import dev.ferry.testing.ApiJson;

import dev.ferry.testing.CrdSchema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class TaskRoundTripTest {
    private static final String DB_MIGRATE = "api/task/db-migrate.yaml";

    @Test
    void runTaskInputAndDescribeTasksStatusWriteBackUnchanged() {
        JsonNode input = ApiJson.resource(DB_MIGRATE);
        assertThat(ApiJson.roundTrip(input, Task.class)).isEqualTo(ApiJson.withoutNulls(input));
    }

    @Test
    void stoppedTaskStatusBindsToEcsEnums() throws Exception {
        Task task = ApiJson.JSON.treeToValue(ApiJson.resource(DB_MIGRATE), Task.class);
        assertThat(task.getStatus().lastStatus).isEqualTo(TaskStatus.LastStatus.STOPPED);
        assertThat(task.getStatus().stopCode).isEqualTo(TaskStatus.StopCode.EssentialContainerExited);
        assertThat(task.getStatus().tasks.get(0).containers.get(0).exitCode).isZero();
        assertThat(task.getSpec().overrides.containerOverrides.get(0).command).containsExactly("./manage.py", "migrate", "--noinput");
    }

    @Test
    void unknownStopCodeIsRejected() {
        ObjectNode input = (ObjectNode) ApiJson.resource(DB_MIGRATE);
        ((ObjectNode) input.get("status")).put("stopCode", "OutOfMemory");
        assertThatThrownBy(() -> ApiJson.roundTrip(input, Task.class)).hasMessageContaining("OutOfMemory");
    }

    @Test
    void manifestSatisfiesTheGeneratedCrdSchema() {
        JsonNode input = ApiJson.resource(DB_MIGRATE);
        CrdSchema crd = CrdSchema.load("tasks");
        assertThat(CrdSchema.validate(input.get("spec"), crd.specSchema(), "spec")).isEmpty();
        assertThat(CrdSchema.validate(input.get("status"), crd.schema().path("properties").path("status"), "status")).isEmpty();
    }

    @Test
    void countAboveTheRunTaskLimitViolatesTheSchema() {
        ObjectNode spec = (ObjectNode) ApiJson.resource(DB_MIGRATE).get("spec");
        spec.put("count", 11);
        assertThat(CrdSchema.validate(spec, CrdSchema.load("tasks").specSchema(), "spec"))
                .containsExactly("spec.count: must be less than or equal to 10.0");
    }
}
