package dev.ferry.api.v1alpha1.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import java.util.List;

/** ECS {@code DeploymentConfiguration}: how a new revision replaces the running tasks. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class DeploymentConfiguration {
    public enum Strategy {
        ROLLING,
        BLUE_GREEN,
        LINEAR,
        CANARY
    }

    @JsonPropertyDescription("Circuit breaker: fail the deployment when tasks keep failing to start or to become healthy, optionally rolling back to the last COMPLETED revision.")
    public DeploymentCircuitBreaker deploymentCircuitBreaker;

    @Min(0)
    @JsonPropertyDescription("Upper limit of RUNNING+PENDING tasks during a deployment, in percent of desiredCount rounded down (default 200 for REPLICA, 100 for DAEMON) → maxSurge, computed exactly as ECS rounds it.")
    public Integer maximumPercent;

    @Min(0)
    @Max(100)
    @JsonPropertyDescription("Lower limit of healthy RUNNING tasks during a deployment, in percent of desiredCount rounded up (0-100, default 100 for REPLICA, 0 for DAEMON) → maxUnavailable = 100 - minimumHealthyPercent %, and a PodDisruptionBudget.")
    public Integer minimumHealthyPercent;

    @JsonPropertyDescription("CloudWatch alarms that fail (and optionally roll back) a deployment. Kubernetes has no CloudWatch: accepted and reported.")
    public DeploymentAlarms alarms;

    @JsonPropertyDescription("ROLLING (default): replace tasks within maximumPercent/minimumHealthyPercent (a RollingUpdate). BLUE_GREEN, LINEAR, CANARY: shift traffic between the old and new revision through the load balancer (weighted routes), or reported where no router is available.")
    public Strategy strategy;

    @Min(0)
    @Max(1440)
    @JsonPropertyDescription("Minutes both revisions keep running after production traffic has shifted, before the old one is removed (0-1440). Required by ECS for BLUE_GREEN.")
    public Integer bakeTimeInMinutes;

    @Size(max = 10)
    @JsonPropertyDescription("Lambda functions ECS invokes at deployment lifecycle stages. Kubernetes cannot invoke Lambda: accepted and reported.")
    public List<DeploymentLifecycleHook> lifecycleHooks;

    @JsonPropertyDescription("Step size and wait time of a LINEAR deployment.")
    public LinearConfiguration linearConfiguration;

    @JsonPropertyDescription("Canary share and wait time of a CANARY deployment.")
    public CanaryConfiguration canaryConfiguration;

    @JsonPropertyDescription("ROLLING only: consider the deployment successful once a share of the new revision's tasks is healthy, and decide when the old tasks are removed.")
    public DeploymentEarlySuccessCriteria earlySuccessCriteria;

    /** ECS {@code DeploymentCircuitBreaker}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class DeploymentCircuitBreaker {
        @Required
        @JsonPropertyDescription("Turn the circuit breaker on: count tasks that fail to reach RUNNING and then RUNNING tasks that fail health checks, and mark the deployment FAILED at the threshold (status.deployments[].rolloutState).")
        public Boolean enable;

        @Required
        @JsonPropertyDescription("On failure, roll back to the last deployment that COMPLETED (Ferry restores that revision's pod template).")
        public Boolean rollback;

        @JsonPropertyDescription("Reset the failure count to 0 when a task becomes healthy (default true).")
        public Boolean resetOnHealthyTask;

        @JsonPropertyDescription("The failure threshold (default BOUNDED_PERCENT 50: 50% of desiredCount, at least 3 and at most 200).")
        public ThresholdConfiguration thresholdConfiguration;
    }

    /** ECS {@code ThresholdConfiguration} of the circuit breaker. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class ThresholdConfiguration {
        public enum Type {
            COUNT,
            BOUNDED_PERCENT,
            UNBOUNDED_PERCENT
        }

        @Required
        @JsonPropertyDescription("COUNT: `value` is the number of failures tolerated. BOUNDED_PERCENT: value% of desiredCount, clamped to 3-200. UNBOUNDED_PERCENT: value% of desiredCount, unclamped.")
        public Type type;

        @Required
        @Min(0)
        @JsonPropertyDescription("The count or percentage, per `type` (default 50).")
        public Integer value;
    }

    /** ECS {@code DeploymentAlarms}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class DeploymentAlarms {
        @Required
        @JsonPropertyDescription("Names of the CloudWatch alarms that monitor the deployment.")
        public List<String> alarmNames;

        @Required
        @JsonPropertyDescription("Use the alarms to fail deployments.")
        public Boolean enable;

        @Required
        @JsonPropertyDescription("Roll back to the last COMPLETED deployment when an alarm fires.")
        public Boolean rollback;
    }

    /** ECS {@code DeploymentLifecycleHook}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class DeploymentLifecycleHook {
        public enum LifecycleStage {
            RECONCILE_SERVICE,
            PRE_SCALE_UP,
            POST_SCALE_UP,
            TEST_TRAFFIC_SHIFT,
            POST_TEST_TRAFFIC_SHIFT,
            PRODUCTION_TRAFFIC_SHIFT,
            POST_PRODUCTION_TRAFFIC_SHIFT
        }

        @Size(max = 1600)
        @JsonPropertyDescription("ARN of the hook target (a Lambda function).")
        public String hookTargetArn;

        @Size(max = 1600)
        @JsonPropertyDescription("IAM role ECS uses to invoke the hook target.")
        public String roleArn;

        @JsonPropertyDescription("Deployment stages at which the hook runs.")
        public List<LifecycleStage> lifecycleStages;

        @PreserveUnknownFields
        @JsonPropertyDescription("Free-form JSON passed to the hook target on each invocation.")
        public JsonNode hookDetails;
    }

    /** ECS {@code LinearConfiguration}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class LinearConfiguration {
        @Min(3)
        @Max(100)
        @JsonPropertyDescription("Percent of production traffic shifted per step: multiples of 0.1 from 3.0 to 100.0 (default 10.0).")
        public Double stepPercent;

        @Min(0)
        @Max(1440)
        @JsonPropertyDescription("Minutes to wait between steps, 0-1440 (default 6).")
        public Integer stepBakeTimeInMinutes;
    }

    /** ECS {@code CanaryConfiguration}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class CanaryConfiguration {
        @Min(0.1)
        @Max(100)
        @JsonPropertyDescription("Percent of production traffic sent to the new revision during the canary phase: multiples of 0.1 from 0.1 to 100.0 (default 5.0).")
        public Double canaryPercent;

        @Min(0)
        @Max(1440)
        @JsonPropertyDescription("Minutes in the canary phase before the remaining traffic shifts, 0-1440 (default 10).")
        public Integer canaryBakeTimeInMinutes;
    }

    /** ECS {@code DeploymentEarlySuccessCriteria}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class DeploymentEarlySuccessCriteria {
        @Required
        @JsonPropertyDescription("Use the early success criteria (default false: a deployment completes when the new revision is fully stable and the old tasks are gone).")
        public Boolean enable;

        @Min(0)
        @Max(100)
        @JsonPropertyDescription("Percent of desiredCount of healthy new-revision tasks at which the deployment is successful (0-100, at least minimumHealthyPercent). Required when enable is true.")
        public Integer healthyPercent;

        @Size(max = 64)
        @JsonPropertyDescription("When ECS removes the previous revision's tasks relative to deployment completion, as the ECS API spells it. Required when enable is true.")
        public String sourceServiceRevisionCleanup;
    }
}
