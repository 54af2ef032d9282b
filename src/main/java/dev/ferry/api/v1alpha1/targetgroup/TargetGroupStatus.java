package dev.ferry.api.v1alpha1.targetgroup;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.ferry.api.v1alpha1.common.FerryStatus;
import java.util.List;

/** The target group's ARN and, as in DescribeTargetHealth, the health of each registered target. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class TargetGroupStatus extends FerryStatus {
    public enum TargetHealthState {
        @JsonProperty("initial")
        INITIAL,
        @JsonProperty("healthy")
        HEALTHY,
        @JsonProperty("unhealthy")
        UNHEALTHY,
        @JsonProperty("unhealthy.draining")
        UNHEALTHY_DRAINING,
        @JsonProperty("unused")
        UNUSED,
        @JsonProperty("draining")
        DRAINING,
        @JsonProperty("unavailable")
        UNAVAILABLE
    }

    @JsonPropertyDescription("Synthetic ARN: arn:aws:elasticloadbalancing:<region>:<account>:targetgroup/<Name>/<16 hex digits derived from the object's UID>.")
    public String targetGroupArn;

    @JsonPropertyDescription("Registered targets (the pods of the Services that name this TargetGroup) and their health, from the EndpointSlices of the Kubernetes Service.")
    public List<Target> targets;

    @JsonPropertyDescription("Number of targets in state healthy.")
    public Integer healthyCount;

    @JsonPropertyDescription("Number of targets in state unhealthy or unhealthy.draining.")
    public Integer unhealthyCount;

    @JsonPropertyDescription("Number of targets in state initial (registered, readiness not yet passed).")
    public Integer initialCount;

    @JsonPropertyDescription("Number of targets in state draining (terminating, deregistration delay running).")
    public Integer drainingCount;

    /** One registered target, as in DescribeTargetHealth's {@code TargetHealthDescription}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class Target {
        @JsonPropertyDescription("Target ID: the pod name (ECS reports an IP or instance ID here).")
        public String id;

        @JsonPropertyDescription("The pod IP.")
        public String ip;

        @JsonPropertyDescription("The port traffic is sent to (the container port).")
        public Integer port;

        @JsonPropertyDescription("Name of the Ferry Service whose task this target is.")
        public String service;

        @JsonPropertyDescription("The target's health, ELB-style.")
        public TargetHealth health;
    }

    /** ELBv2 {@code TargetHealth}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class TargetHealth {
        @JsonPropertyDescription("initial (not yet ready), healthy (ready), unhealthy (not ready), unhealthy.draining, draining (terminating), unused (not selected by any Service) or unavailable (health checks disabled).")
        public TargetHealthState state;

        @JsonPropertyDescription("ELB reason code when not healthy, e.g. Elb.RegistrationInProgress, Elb.InitialHealthChecking, Target.FailedHealthChecks, Target.DeregistrationInProgress, Target.NotInUse, Target.HealthCheckDisabled.")
        public String reason;

        @JsonPropertyDescription("Human-readable detail, e.g. the failing readiness probe's message.")
        public String description;
    }
}
