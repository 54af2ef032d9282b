package dev.ferry.api.v1alpha1.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.fabric8.generator.annotation.ValidationRule;
import java.util.List;

/**
 * Ferry extension: Application Auto Scaling of the service's desired count → a
 * HorizontalPodAutoscaler (policies) and operator-applied min/max changes (scheduled actions).
 * The wrapper is camelCase like the rest of the spec; the policy and scheduled action items keep
 * Application Auto Scaling's own PascalCase request shapes (PutScalingPolicy, PutScheduledAction),
 * so {@code aws application-autoscaling ... --cli-input-json} documents can be pasted as items.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@ValidationRule(
        value = "!has(self.minCapacity) || !has(self.maxCapacity) || self.minCapacity <= self.maxCapacity",
        message = "spec.autoScaling.minCapacity must not exceed maxCapacity")
public class AutoScaling {
    @Required
    @Min(0)
    @JsonPropertyDescription("RegisterScalableTarget MinCapacity: the fewest tasks auto scaling may leave → HPA minReplicas (0 needs the HPAScaleToZero feature; otherwise reported and 1 is used).")
    public Integer minCapacity;

    @Required
    @Min(0)
    @JsonPropertyDescription("RegisterScalableTarget MaxCapacity: the most tasks auto scaling may run → HPA maxReplicas. Must not be below minCapacity.")
    public Integer maxCapacity;

    @JsonPropertyDescription("RegisterScalableTarget SuspendedState (PascalCase members as in Application Auto Scaling): pause scale-in, scale-out or scheduled scaling.")
    public SuspendedState suspendedState;

    @Size(max = 50)
    @JsonPropertyDescription("Target tracking policies, each in PutScalingPolicy's PascalCase shape ({PolicyName, PolicyType: TargetTrackingScaling, TargetTrackingScalingPolicyConfiguration: {...}}) → one HPA metric each (the HPA takes the highest recommendation, as ECS scales out on any policy).")
    public List<TargetTrackingScalingPolicy> targetTrackingScalingPolicies;

    @Size(max = 200)
    @JsonPropertyDescription("Scheduled actions, each in PutScheduledAction's PascalCase shape ({ScheduledActionName, Schedule, Timezone, StartTime, EndTime, ScalableTargetAction: {MinCapacity, MaxCapacity}}). Ferry applies the new min/max to the HPA at the scheduled times.")
    public List<ScheduledAction> scheduledActions;

    /** Application Auto Scaling {@code SuspendedState}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class SuspendedState {
        @JsonProperty("DynamicScalingInSuspended")
        @JsonPropertyDescription("Suspend scale-in by the policies → HPA scaleDown selectPolicy Disabled.")
        public Boolean dynamicScalingInSuspended;

        @JsonProperty("DynamicScalingOutSuspended")
        @JsonPropertyDescription("Suspend scale-out by the policies → HPA scaleUp selectPolicy Disabled.")
        public Boolean dynamicScalingOutSuspended;

        @JsonProperty("ScheduledScalingSuspended")
        @JsonPropertyDescription("Suspend the scheduled actions (Ferry stops applying them).")
        public Boolean scheduledScalingSuspended;
    }

    /** Application Auto Scaling {@code PutScalingPolicy} input, restricted to target tracking on this service. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class TargetTrackingScalingPolicy {
        public enum ServiceNamespace {
            @JsonProperty("ecs")
            ECS
        }

        public enum ScalableDimension {
            @JsonProperty("ecs:service:DesiredCount")
            ECS_SERVICE_DESIRED_COUNT
        }

        public enum PolicyType {
            TargetTrackingScaling
        }

        @Required
        @Size(min = 1, max = 256)
        @Pattern("^[ -~]+$")
        @JsonProperty("PolicyName")
        @JsonPropertyDescription("Name of the policy, unique within the service (1-256 printable characters).")
        public String policyName;

        @JsonProperty("ServiceNamespace")
        @JsonPropertyDescription("Accepted so CLI input can be pasted; must be `ecs`.")
        public ServiceNamespace serviceNamespace;

        @Size(max = 1600)
        @JsonProperty("ResourceId")
        @JsonPropertyDescription("Accepted so CLI input can be pasted (service/<cluster>/<service>); ignored: the policy always scales this Service.")
        public String resourceId;

        @JsonProperty("ScalableDimension")
        @JsonPropertyDescription("Accepted so CLI input can be pasted; must be `ecs:service:DesiredCount`.")
        public ScalableDimension scalableDimension;

        @JsonProperty("PolicyType")
        @JsonPropertyDescription("Must be TargetTrackingScaling (the default here). StepScaling and PredictiveScaling have no HPA equivalent and are not accepted.")
        public PolicyType policyType;

        @Required
        @JsonProperty("TargetTrackingScalingPolicyConfiguration")
        @JsonPropertyDescription("The metric and the target value to keep it at.")
        public TargetTrackingScalingPolicyConfiguration targetTrackingScalingPolicyConfiguration;
    }

    /** Application Auto Scaling {@code TargetTrackingScalingPolicyConfiguration}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @ValidationRule(
            value = "has(self.PredefinedMetricSpecification) != has(self.CustomizedMetricSpecification)",
            message = "exactly one of PredefinedMetricSpecification and CustomizedMetricSpecification must be set")
    public static class TargetTrackingScalingPolicyConfiguration {
        @Required
        @JsonProperty("TargetValue")
        @JsonPropertyDescription("The value to keep the metric at, e.g. 70 for 70% average CPU → HPA target averageUtilization (rounded) or averageValue.")
        public Double targetValue;

        @JsonProperty("PredefinedMetricSpecification")
        @JsonPropertyDescription("A predefined ECS metric (average CPU or memory utilization, or ALB requests per target).")
        public PredefinedMetricSpecification predefinedMetricSpecification;

        @JsonProperty("CustomizedMetricSpecification")
        @JsonPropertyDescription("A CloudWatch metric → an External metric of the same name when a metrics adapter serves it; otherwise reported.")
        public CustomizedMetricSpecification customizedMetricSpecification;

        @Min(0)
        @JsonProperty("ScaleOutCooldown")
        @JsonPropertyDescription("Seconds after a scale-out before another scale-out (default 300) → HPA scaleUp policy periodSeconds/stabilization.")
        public Integer scaleOutCooldown;

        @Min(0)
        @JsonProperty("ScaleInCooldown")
        @JsonPropertyDescription("Seconds after a scale-in before another scale-in (default 300) → HPA scaleDown stabilizationWindowSeconds.")
        public Integer scaleInCooldown;

        @JsonProperty("DisableScaleIn")
        @JsonPropertyDescription("Never scale in by this policy (default false) → HPA scaleDown selectPolicy Disabled.")
        public Boolean disableScaleIn;
    }

    /** Application Auto Scaling {@code PredefinedMetricSpecification}, restricted to the ECS service metrics. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @ValidationRule(
            value = "self.PredefinedMetricType != 'ALBRequestCountPerTarget' || has(self.ResourceLabel)",
            message = "ResourceLabel is required for ALBRequestCountPerTarget")
    public static class PredefinedMetricSpecification {
        public enum PredefinedMetricType {
            ECSServiceAverageCPUUtilization,
            ECSServiceAverageMemoryUtilization,
            ALBRequestCountPerTarget
        }

        @Required
        @JsonProperty("PredefinedMetricType")
        @JsonPropertyDescription("ECSServiceAverageCPUUtilization / ECSServiceAverageMemoryUtilization → HPA Resource metric cpu / memory (utilization of the pod requests Ferry derives from the task reservation). ALBRequestCountPerTarget (requests per target per minute) → an Object/External metric through a metrics adapter, reported when none serves it.")
        public PredefinedMetricType predefinedMetricType;

        @Size(max = 1023)
        @JsonProperty("ResourceLabel")
        @JsonPropertyDescription("For ALBRequestCountPerTarget: app/<load-balancer-name>/<id>/targetgroup/<target-group-name>/<id>. The target group part names a TargetGroup in this namespace (by spec.Name, else spec.TargetGroupName, else metadata.name).")
        public String resourceLabel;
    }

    /** Application Auto Scaling {@code CustomizedMetricSpecification}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class CustomizedMetricSpecification {
        public enum Statistic {
            Average,
            Minimum,
            Maximum,
            SampleCount,
            Sum
        }

        @JsonProperty("MetricName")
        @JsonPropertyDescription("CloudWatch metric name (single-metric form).")
        public String metricName;

        @JsonProperty("Namespace")
        @JsonPropertyDescription("CloudWatch namespace of the metric (single-metric form).")
        public String namespace;

        @JsonProperty("Dimensions")
        @JsonPropertyDescription("CloudWatch dimensions of the metric (single-metric form) → metric selector labels.")
        public List<MetricDimension> dimensions;

        @JsonProperty("Statistic")
        @JsonPropertyDescription("Statistic of the metric (single-metric form): Average, Minimum, Maximum, SampleCount or Sum.")
        public Statistic statistic;

        @JsonProperty("Unit")
        @JsonPropertyDescription("CloudWatch unit of the metric, e.g. Percent or Count.")
        public String unit;

        @Size(max = 10)
        @JsonProperty("Metrics")
        @JsonPropertyDescription("Metric math form: metric queries and expressions; exactly one returns the value to track. Ferry cannot evaluate metric math: reported.")
        public List<TargetTrackingMetricDataQuery> metrics;
    }

    /** Application Auto Scaling {@code MetricDimension} / {@code TargetTrackingMetricDimension}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class MetricDimension {
        @Required
        @JsonProperty("Name")
        @JsonPropertyDescription("Dimension name, e.g. ServiceName.")
        public String name;

        @Required
        @JsonProperty("Value")
        @JsonPropertyDescription("Dimension value.")
        public String value;
    }

    /** Application Auto Scaling {@code TargetTrackingMetricDataQuery}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class TargetTrackingMetricDataQuery {
        @Size(max = 2048)
        @JsonProperty("Expression")
        @JsonPropertyDescription("Metric math expression over the other queries' Ids (instead of MetricStat).")
        public String expression;

        @Required
        @Size(max = 255)
        @JsonProperty("Id")
        @JsonPropertyDescription("Short identifier of the query, referenced by expressions.")
        public String id;

        @Size(max = 2048)
        @JsonProperty("Label")
        @JsonPropertyDescription("Human-readable label of the result.")
        public String label;

        @JsonProperty("MetricStat")
        @JsonPropertyDescription("The metric and statistic to retrieve (instead of Expression).")
        public TargetTrackingMetricStat metricStat;

        @JsonProperty("ReturnData")
        @JsonPropertyDescription("Whether this query's result is the value tracked (exactly one query returns data).")
        public Boolean returnData;
    }

    /** Application Auto Scaling {@code TargetTrackingMetricStat}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class TargetTrackingMetricStat {
        @Required
        @JsonProperty("Metric")
        @JsonPropertyDescription("The CloudWatch metric.")
        public TargetTrackingMetric metric;

        @Required
        @JsonProperty("Stat")
        @JsonPropertyDescription("The statistic, e.g. Average or p99.")
        public String stat;

        @JsonProperty("Unit")
        @JsonPropertyDescription("CloudWatch unit of the metric.")
        public String unit;
    }

    /** Application Auto Scaling {@code TargetTrackingMetric}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class TargetTrackingMetric {
        @JsonProperty("Dimensions")
        @JsonPropertyDescription("CloudWatch dimensions of the metric.")
        public List<MetricDimension> dimensions;

        @JsonProperty("MetricName")
        @JsonPropertyDescription("CloudWatch metric name.")
        public String metricName;

        @JsonProperty("Namespace")
        @JsonPropertyDescription("CloudWatch namespace.")
        public String namespace;
    }

    /** Application Auto Scaling {@code PutScheduledAction} input for this service. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class ScheduledAction {
        @Required
        @Size(min = 1, max = 256)
        @Pattern("^[ -~]+$")
        @JsonProperty("ScheduledActionName")
        @JsonPropertyDescription("Name of the scheduled action, unique within the service (1-256 printable characters).")
        public String scheduledActionName;

        @JsonProperty("ServiceNamespace")
        @JsonPropertyDescription("Accepted so CLI input can be pasted; must be `ecs`.")
        public TargetTrackingScalingPolicy.ServiceNamespace serviceNamespace;

        @Size(max = 1600)
        @JsonProperty("ResourceId")
        @JsonPropertyDescription("Accepted so CLI input can be pasted (service/<cluster>/<service>); ignored: the action always applies to this Service.")
        public String resourceId;

        @JsonProperty("ScalableDimension")
        @JsonPropertyDescription("Accepted so CLI input can be pasted; must be `ecs:service:DesiredCount`.")
        public TargetTrackingScalingPolicy.ScalableDimension scalableDimension;

        @Required
        @Size(max = 1600)
        @Pattern("^(at|rate|cron)\\(.+\\)$")
        @JsonProperty("Schedule")
        @JsonPropertyDescription("When the action runs: at(yyyy-mm-ddThh:mm:ss), rate(N minute|minutes|hour|hours|day|days) or cron(minutes hours day-of-month month day-of-week year), as in Application Auto Scaling.")
        public String schedule;

        @Size(max = 1600)
        @JsonProperty("Timezone")
        @JsonPropertyDescription("IANA time zone of at() and cron() schedules, e.g. Europe/Berlin (default UTC).")
        public String timezone;

        @JsonProperty("StartTime")
        @JsonPropertyDescription("Do not run the action before this time (RFC 3339 / ISO 8601 timestamp).")
        public String startTime;

        @JsonProperty("EndTime")
        @JsonPropertyDescription("Do not run the action after this time (RFC 3339 / ISO 8601 timestamp).")
        public String endTime;

        @JsonProperty("ScalableTargetAction")
        @JsonPropertyDescription("The new minimum and/or maximum capacity applied at the scheduled time.")
        public ScalableTargetAction scalableTargetAction;
    }

    /** Application Auto Scaling {@code ScalableTargetAction}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class ScalableTargetAction {
        @Min(0)
        @JsonProperty("MinCapacity")
        @JsonPropertyDescription("New minimum capacity (→ HPA minReplicas from the scheduled time on).")
        public Integer minCapacity;

        @Min(0)
        @JsonProperty("MaxCapacity")
        @JsonPropertyDescription("New maximum capacity (→ HPA maxReplicas from the scheduled time on).")
        public Integer maxCapacity;
    }
}
