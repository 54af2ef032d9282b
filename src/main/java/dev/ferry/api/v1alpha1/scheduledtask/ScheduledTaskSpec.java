package dev.ferry.api.v1alpha1.scheduledtask;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.ferry.api.v1alpha1.common.TaskOverride;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;

/**
 * An EventBridge rule (PutRule: ScheduleExpression, State, Description, RoleArn) with one ECS
 * target (PutTargets: the cluster as target Arn, {@code EcsParameters} in EventBridge's own
 * PascalCase, and the container overrides of the target Input). Rule-level fields are camelCase
 * like the rest of Ferry; {@code ecsParameters} is pasted as EventBridge spells it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ScheduledTaskSpec {
    public enum State {
        ENABLED,
        DISABLED
    }

    @Required
    @Size(max = 256)
    @Pattern("^(cron\\([^()]+\\)|rate\\([1-9][0-9]* (minute|minutes|hour|hours|day|days)\\)|at\\([0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\))$")
    @JsonPropertyDescription("EventBridge schedule: cron(minutes hours day-of-month month day-of-week year) with one of the day fields `?` (day-of-week 1-7 = SUN-SAT), rate(N minute|minutes|hour|hours|day|days) (singular for 1), or at(yyyy-mm-ddThh:mm:ss) for a single run (EventBridge Scheduler syntax). Translated to a CronJob schedule (status.cronJobSchedule) or a one-off Job; expressions Kubernetes cron cannot represent (L, W, #, a year other than *, rates that do not divide evenly) are rejected with a condition naming the field.")
    public String scheduleExpression;

    @Size(max = 64)
    @Pattern("^[A-Za-z][A-Za-z0-9_+/-]*$")
    @JsonPropertyDescription("Ferry extension: IANA time zone the schedule is evaluated in, e.g. Europe/Berlin (default UTC, as EventBridge rules always are) → CronJob timeZone. EventBridge Scheduler calls this ScheduleExpressionTimezone.")
    public String scheduleExpressionTimezone;

    @JsonPropertyDescription("ENABLED (default) or DISABLED → CronJob suspend.")
    public State state;

    @Size(max = 512)
    @JsonPropertyDescription("Description of the rule (up to 512 characters) → an annotation.")
    public String description;

    @Size(max = 1600)
    @JsonPropertyDescription("IAM role EventBridge uses to run the task (the target's RoleArn). No Kubernetes meaning: accepted.")
    public String roleArn;

    @Size(max = 1600)
    @JsonPropertyDescription("The cluster the task runs on (the rule target's Arn): a short name or an ECS cluster ARN (arn:aws:ecs:<region>:<account>:cluster/<name>). Refers to the Ferry Cluster in this namespace whose spec.clusterName (else metadata.name) equals the name. Default `default`.")
    public String cluster;

    @Required
    @JsonPropertyDescription("The target's EcsParameters in EventBridge's PascalCase (TaskDefinitionArn, TaskCount, LaunchType, NetworkConfiguration, ...): what RunTask each run performs.")
    public EcsParameters ecsParameters;

    @JsonPropertyDescription("Overrides for each run, as in the target Input ({\"containerOverrides\": [...], ...}) → patched into the CronJob's pod template.")
    public TaskOverride overrides;
}
