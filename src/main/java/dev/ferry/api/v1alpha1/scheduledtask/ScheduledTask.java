package dev.ferry.api.v1alpha1.scheduledtask;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Categories;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Version;

/**
 * An ECS scheduled task: an EventBridge rule whose target runs an ECS task on a schedule → a
 * CronJob (or a one-off Job for {@code at(...)}).
 */
@Group("ecs.ferry.dev")
@Version("v1alpha1")
@ShortNames({"schedtask", "ecsst"})
@Categories({"ecs", "ferry"})
@AdditionalPrinterColumn(name = "SCHEDULE", jsonPath = ".spec.scheduleExpression", type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(name = "STATE", jsonPath = ".spec.state", type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(name = "LASTRUN", jsonPath = ".status.lastScheduleTime", type = AdditionalPrinterColumn.Type.DATE)
@AdditionalPrinterColumn(name = "AGE", jsonPath = ".metadata.creationTimestamp", type = AdditionalPrinterColumn.Type.DATE)
public class ScheduledTask extends CustomResource<ScheduledTaskSpec, ScheduledTaskStatus> implements Namespaced {
    @Override
    @JsonPropertyDescription("An EventBridge schedule rule (cron/rate/at expression, state) and its ECS target (EcsParameters in EventBridge casing, container overrides).")
    public ScheduledTaskSpec getSpec() {
        return super.getSpec();
    }

    @Override
    @JsonPropertyDescription("The rule ARN, the translated CronJob schedule and recent runs plus Kubernetes conditions.")
    public ScheduledTaskStatus getStatus() {
        return super.getStatus();
    }
}
