package dev.ferry.api.v1alpha1.scheduledtask;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.ferry.api.v1alpha1.common.FerryStatus;
import dev.ferry.api.v1alpha1.task.TaskStatus;
import io.fabric8.generator.annotation.Size;
import java.util.List;

/** The rule's ARN, the schedule it was translated to, and its recent runs. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ScheduledTaskStatus extends FerryStatus {
    /** The most runs kept in {@link #runs}. */
    public static final int MAX_RUNS = 20;

    @JsonPropertyDescription("Synthetic ARN of the rule: arn:aws:events:<region>:<account>:rule/<metadata.name>.")
    public String ruleArn;

    @JsonPropertyDescription("The Kubernetes cron schedule spec.scheduleExpression was translated to (e.g. cron(0 12 ? * MON-FRI *) → 0 12 * * 1-5); empty for at(...) schedules.")
    public String cronJobSchedule;

    @JsonPropertyDescription("The time zone the CronJob uses (spec.scheduleExpressionTimezone, else Etc/UTC).")
    public String timeZone;

    @JsonPropertyDescription("When a run was last started (RFC 3339), from the CronJob's lastScheduleTime.")
    public String lastScheduleTime;

    @Size(max = MAX_RUNS)
    @JsonPropertyDescription("Recent runs, newest first, at most 20.")
    public List<Run> runs;

    /** One run of the schedule: a Job and its tasks' ECS-style outcome. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class Run {
        @JsonPropertyDescription("The Job of this run.")
        public String jobName;

        @JsonPropertyDescription("Synthetic ARN of the run's (first) task.")
        public String taskArn;

        @JsonPropertyDescription("ECS lifecycle state of the run (PROVISIONING ... STOPPED).")
        public TaskStatus.LastStatus lastStatus;

        @JsonPropertyDescription("Why the run stopped (EssentialContainerExited, TaskFailedToStart, ...).")
        public TaskStatus.StopCode stopCode;

        @JsonPropertyDescription("Human-readable reason the run stopped, e.g. the essential container's exit code.")
        public String stoppedReason;

        @JsonPropertyDescription("When the run started (RFC 3339).")
        public String startedAt;

        @JsonPropertyDescription("When the run stopped (RFC 3339).")
        public String stoppedAt;
    }
}
