package dev.ferry.api.v1alpha1.task;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.ferry.api.v1alpha1.common.FerryStatus;
import io.fabric8.generator.annotation.Size;
import java.util.List;

/** ECS DescribeTasks fields: the aggregate over the run's tasks, and one entry per task (pod). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class TaskStatus extends FerryStatus {
    public enum LastStatus {
        PROVISIONING,
        PENDING,
        ACTIVATING,
        RUNNING,
        DEACTIVATING,
        STOPPING,
        DEPROVISIONING,
        STOPPED
    }

    public enum DesiredStatus {
        RUNNING,
        STOPPED
    }

    public enum StopCode {
        TaskFailedToStart,
        EssentialContainerExited,
        UserInitiated,
        ServiceSchedulerInitiated,
        SpotInterruption,
        TerminationNotice
    }

    public enum ContainerLastStatus {
        PENDING,
        RUNNING,
        STOPPED
    }

    public enum HealthStatus {
        HEALTHY,
        UNHEALTHY,
        UNKNOWN
    }

    @JsonPropertyDescription("The least advanced lifecycle state over the run's tasks (PROVISIONING → PENDING → ACTIVATING → RUNNING → DEACTIVATING → STOPPING → DEPROVISIONING → STOPPED); STOPPED once every task stopped.")
    public LastStatus lastStatus;

    @JsonPropertyDescription("RUNNING until the run is stopped (Task deleted or all tasks stopped), then STOPPED.")
    public DesiredStatus desiredStatus;

    @JsonPropertyDescription("Why the run stopped, from the first task that stopped: TaskFailedToStart, EssentialContainerExited, UserInitiated, ServiceSchedulerInitiated, SpotInterruption or TerminationNotice.")
    public StopCode stopCode;

    @JsonPropertyDescription("Human-readable reason the run stopped, e.g. \"Essential container in task exited\".")
    public String stoppedReason;

    @JsonPropertyDescription("ARN of the task definition revision the tasks run (spec.taskDefinition resolved to family:revision when the Task was created).")
    public String taskDefinitionArn;

    @Size(max = 10)
    @JsonPropertyDescription("One entry per ECS task (pod) of the run, as in DescribeTasks.")
    public List<TaskDetail> tasks;

    /** One ECS task of the run, as in DescribeTasks' {@code Task}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class TaskDetail {
        @JsonPropertyDescription("Synthetic ARN: arn:aws:ecs:<region>:<account>:task/<cluster>/<32 hex digits from the pod UID>.")
        public String taskArn;

        @JsonPropertyDescription("The pod that runs this task (kubectl logs <podName> -c <container>).")
        public String podName;

        @JsonPropertyDescription("Lifecycle state of this task, from the pod phase and container states.")
        public LastStatus lastStatus;

        @JsonPropertyDescription("RUNNING, or STOPPED once the task is asked to stop.")
        public DesiredStatus desiredStatus;

        @JsonPropertyDescription("Why this task stopped.")
        public StopCode stopCode;

        @JsonPropertyDescription("Human-readable reason this task stopped.")
        public String stoppedReason;

        @JsonPropertyDescription("The group the task belongs to (spec.group, default family:<family>).")
        public String group;

        @JsonPropertyDescription("spec.startedBy, when set.")
        public String startedBy;

        @JsonPropertyDescription("When the task was created (pod creation, RFC 3339).")
        public String createdAt;

        @JsonPropertyDescription("When the task reached RUNNING (RFC 3339).")
        public String startedAt;

        @JsonPropertyDescription("When the task began stopping (RFC 3339).")
        public String stoppingAt;

        @JsonPropertyDescription("When the task reached STOPPED (RFC 3339).")
        public String stoppedAt;

        @JsonPropertyDescription("The task's containers, as in DescribeTasks.")
        public List<ContainerDetail> containers;
    }

    /** One container of a task, as in DescribeTasks' {@code Container}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class ContainerDetail {
        @JsonPropertyDescription("Container name as in the task definition.")
        public String name;

        @JsonPropertyDescription("The image the container runs (after the Cluster's image rewrite rules).")
        public String image;

        @JsonPropertyDescription("PENDING (waiting), RUNNING or STOPPED (terminated).")
        public ContainerLastStatus lastStatus;

        @JsonPropertyDescription("Exit code once the container stopped.")
        public Integer exitCode;

        @JsonPropertyDescription("Why the container stopped or is waiting, e.g. OOMKilled, Error, ImagePullBackOff.")
        public String reason;

        @JsonPropertyDescription("HEALTHY, UNHEALTHY or UNKNOWN from the container health check (readiness/liveness); UNKNOWN without a health check.")
        public HealthStatus healthStatus;
    }
}
