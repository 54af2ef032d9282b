package dev.ferry.api.v1alpha1.scheduledtask;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.ferry.api.v1alpha1.common.CapacityProviderStrategyItem;
import dev.ferry.api.v1alpha1.common.LaunchType;
import dev.ferry.api.v1alpha1.common.PascalCaseTag;
import dev.ferry.api.v1alpha1.common.PlacementConstraint;
import dev.ferry.api.v1alpha1.common.PlacementStrategy;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.fabric8.generator.annotation.ValidationRule;
import java.util.List;

/**
 * EventBridge {@code EcsParameters}, spelled as EventBridge spells it: PascalCase members, but the
 * nested capacity provider, placement and {@code awsvpcConfiguration} keys as in the EventBridge
 * API ({@code capacityProvider}, {@code type}, {@code awsvpcConfiguration{Subnets, ...}}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@ValidationRule(
        value = "!has(self.LaunchType) || !has(self.CapacityProviderStrategy) || size(self.CapacityProviderStrategy) == 0",
        message = "spec.ecsParameters.LaunchType and spec.ecsParameters.CapacityProviderStrategy are mutually exclusive")
public class EcsParameters {
    public enum PropagateTags {
        TASK_DEFINITION
    }

    @Required
    @Size(max = 1600)
    @Pattern("^(arn:aws[a-z-]*:ecs:[a-z0-9-]+:[0-9]{12}:task-definition/)?[A-Za-z0-9_-]{1,255}(:[0-9]+)?$")
    @JsonProperty("TaskDefinitionArn")
    @JsonPropertyDescription("The task definition to run: an ARN (arn:aws:ecs:<region>:<account>:task-definition/<family>[:<revision>]), `family:revision` or `family`. Refers to the TaskDefinition in this namespace whose spec.family is <family>; without a revision each run uses the latest ACTIVE revision.")
    public String taskDefinitionArn;

    @Min(1)
    @Max(10)
    @JsonProperty("TaskCount")
    @JsonPropertyDescription("Tasks per run, 1-10 (default 1) → Job parallelism and completions.")
    public Integer taskCount;

    @JsonProperty("LaunchType")
    @JsonPropertyDescription("EC2, FARGATE, EXTERNAL or MANAGED_INSTANCES: the Cluster capacity provider of that name decides where the pods run. Mutually exclusive with CapacityProviderStrategy.")
    public LaunchType launchType;

    @JsonProperty("NetworkConfiguration")
    @JsonPropertyDescription("awsvpc settings, EventBridge-style: {awsvpcConfiguration: {Subnets, SecurityGroups, AssignPublicIp}}. Pods use the cluster network; what cannot be honoured is reported.")
    public NetworkConfiguration networkConfiguration;

    @Size(max = 64)
    @JsonProperty("PlatformVersion")
    @JsonPropertyDescription("Fargate platform version (default LATEST). No Kubernetes meaning: kept as an annotation.")
    public String platformVersion;

    @Size(max = 255)
    @JsonProperty("Group")
    @JsonPropertyDescription("Task group name (up to 255 characters) → a label on the pods.")
    public String group;

    @Size(max = 6)
    @ValidationRule(
            value = "self.filter(i, has(i.base) && i.base > 0).size() <= 1",
            message = "only one capacity provider may set base (spec.ecsParameters.CapacityProviderStrategy[].base)")
    @JsonProperty("CapacityProviderStrategy")
    @JsonPropertyDescription("Capacity providers (at most 6) with lower-case members {capacityProvider, weight, base} as in EventBridge. Mutually exclusive with LaunchType.")
    public List<CapacityProviderStrategyItem> capacityProviderStrategy;

    @JsonProperty("EnableECSManagedTags")
    @JsonPropertyDescription("Add ECS managed tags to the tasks; the equivalent Ferry labels are always set.")
    public Boolean enableECSManagedTags;

    @JsonProperty("EnableExecuteCommand")
    @JsonPropertyDescription("ECS Exec; on Kubernetes `kubectl exec` is governed by RBAC: accepted, and reported when false.")
    public Boolean enableExecuteCommand;

    @Size(max = 10)
    @JsonProperty("PlacementConstraints")
    @JsonPropertyDescription("Placement constraints (at most 10) with lower-case members {type, expression} as in EventBridge.")
    public List<PlacementConstraint> placementConstraints;

    @Size(max = 5)
    @JsonProperty("PlacementStrategy")
    @JsonPropertyDescription("Placement strategies (at most 5) with lower-case members {type, field} as in EventBridge.")
    public List<PlacementStrategy> placementStrategy;

    @JsonProperty("PropagateTags")
    @JsonPropertyDescription("TASK_DEFINITION: copy the task definition's tags to the tasks (the only value EventBridge accepts).")
    public PropagateTags propagateTags;

    @Size(max = 1024)
    @JsonProperty("ReferenceId")
    @JsonPropertyDescription("Reference ID of the tasks → an annotation.")
    public String referenceId;

    @Size(max = 50)
    @JsonProperty("Tags")
    @JsonPropertyDescription("Tags of the tasks [{Key, Value}] (EventBridge casing) → pod annotations (labels where valid).")
    public List<PascalCaseTag> tags;

    /** EventBridge {@code NetworkConfiguration}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class NetworkConfiguration {
        @JsonPropertyDescription("Subnets, security groups and public IP of awsvpc tasks (member names Subnets/SecurityGroups/AssignPublicIp, as in EventBridge).")
        public AwsVpcConfiguration awsvpcConfiguration;
    }

    /** EventBridge {@code AwsVpcConfiguration}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class AwsVpcConfiguration {
        public enum AssignPublicIp {
            ENABLED,
            DISABLED
        }

        @Required
        @Size(max = 16)
        @JsonProperty("Subnets")
        @JsonPropertyDescription("Subnet IDs (at most 16). No Kubernetes equivalent: reported.")
        public List<String> subnets;

        @Size(max = 5)
        @JsonProperty("SecurityGroups")
        @JsonPropertyDescription("Security group IDs (at most 5). No direct Kubernetes equivalent: reported.")
        public List<String> securityGroups;

        @JsonProperty("AssignPublicIp")
        @JsonPropertyDescription("ENABLED or DISABLED (default). Pods get no public IP: ENABLED is reported.")
        public AssignPublicIp assignPublicIp;
    }
}
