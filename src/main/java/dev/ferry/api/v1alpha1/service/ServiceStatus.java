package dev.ferry.api.v1alpha1.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.ferry.api.v1alpha1.common.CapacityProviderStrategyItem;
import dev.ferry.api.v1alpha1.common.FerryStatus;
import dev.ferry.api.v1alpha1.common.LaunchType;
import io.fabric8.generator.annotation.Size;
import java.util.List;

/** ECS DescribeServices fields of the service, from its Deployment/DaemonSet, ReplicaSets and pods. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ServiceStatus extends FerryStatus {
    public enum Status {
        ACTIVE,
        DRAINING,
        INACTIVE
    }

    public enum DeploymentStatus {
        PRIMARY,
        ACTIVE,
        INACTIVE
    }

    public enum RolloutState {
        IN_PROGRESS,
        COMPLETED,
        FAILED
    }

    /** The most events kept in {@link #events}. */
    public static final int MAX_EVENTS = 100;

    @JsonPropertyDescription("Synthetic ARN: arn:aws:ecs:<region>:<account>:service/<cluster>/<serviceName> (region and account from the Cluster's ferry settings).")
    public String serviceArn;

    @JsonPropertyDescription("The effective service name (spec.serviceName, else metadata.name).")
    public String serviceName;

    @JsonPropertyDescription("Synthetic ARN of the Cluster the service runs in.")
    public String clusterArn;

    @JsonPropertyDescription("ACTIVE while the service exists, DRAINING while it is being deleted (tasks stopping), INACTIVE once deleted.")
    public Status status;

    @JsonPropertyDescription("Desired number of tasks: spec.desiredCount, or the HPA's current target when autoScaling is set, or the number of selected nodes for DAEMON.")
    public Integer desiredCount;

    @JsonPropertyDescription("Tasks in the RUNNING state (pods running with all essential containers started).")
    public Integer runningCount;

    @JsonPropertyDescription("Tasks in the PENDING state (pods scheduled or starting, not yet running).")
    public Integer pendingCount;

    @JsonPropertyDescription("ARN of the task definition revision the PRIMARY deployment runs (spec.taskDefinition resolved to family:revision).")
    public String taskDefinition;

    @JsonPropertyDescription("rolloutState of the PRIMARY deployment (IN_PROGRESS, COMPLETED or FAILED), repeated here for `kubectl get`.")
    public RolloutState rolloutState;

    @Size(max = 10)
    @JsonPropertyDescription("The service's deployments: the PRIMARY (newest) one and ACTIVE ones still running older revisions, as in DescribeServices.")
    public List<Deployment> deployments;

    @Size(max = MAX_EVENTS)
    @JsonPropertyDescription("ECS-style service events, newest first, at most 100 (e.g. \"(service x) has reached a steady state.\"). Also emitted as Kubernetes Events.")
    public List<ServiceEvent> events;

    /** ECS {@code Deployment} as returned by DescribeServices. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class Deployment {
        @JsonPropertyDescription("Deployment ID, ecs-svc/<number> (derived from the ReplicaSet's pod-template hash).")
        public String id;

        @JsonPropertyDescription("PRIMARY: the newest deployment; ACTIVE: an older one still running tasks; INACTIVE: fully replaced.")
        public DeploymentStatus status;

        @JsonPropertyDescription("ARN of the task definition revision this deployment runs.")
        public String taskDefinition;

        @JsonPropertyDescription("Tasks this deployment should run.")
        public Integer desiredCount;

        @JsonPropertyDescription("Tasks of this deployment in the PENDING state.")
        public Integer pendingCount;

        @JsonPropertyDescription("Tasks of this deployment in the RUNNING state.")
        public Integer runningCount;

        @JsonPropertyDescription("Tasks of this deployment that failed to start or failed health checks (what the circuit breaker counts).")
        public Integer failedTasks;

        @JsonPropertyDescription("IN_PROGRESS, COMPLETED (steady state reached) or FAILED (circuit breaker tripped or progress deadline exceeded).")
        public RolloutState rolloutState;

        @JsonPropertyDescription("Why the deployment is in its rolloutState, e.g. \"ECS deployment circuit breaker: tasks failed to start.\".")
        public String rolloutStateReason;

        @JsonPropertyDescription("When the deployment was created (RFC 3339).")
        public String createdAt;

        @JsonPropertyDescription("When the deployment last changed (RFC 3339).")
        public String updatedAt;

        @JsonPropertyDescription("The launch type the deployment's tasks use, when the service uses one.")
        public LaunchType launchType;

        @JsonPropertyDescription("The capacity provider strategy the deployment's tasks use, when the service uses one.")
        public List<CapacityProviderStrategyItem> capacityProviderStrategy;
    }

    /** ECS {@code ServiceEvent}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class ServiceEvent {
        @JsonPropertyDescription("Event ID (unique within the service).")
        public String id;

        @JsonPropertyDescription("When the event happened (RFC 3339).")
        public String createdAt;

        @JsonPropertyDescription("The event text, worded as ECS words it.")
        public String message;
    }
}
