package dev.ferry.api.v1alpha1.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.ferry.api.v1alpha1.common.CapacityProviderStrategyItem;
import dev.ferry.api.v1alpha1.common.LaunchType;
import dev.ferry.api.v1alpha1.common.NetworkConfiguration;
import dev.ferry.api.v1alpha1.common.PlacementConstraint;
import dev.ferry.api.v1alpha1.common.PlacementStrategy;
import dev.ferry.api.v1alpha1.common.PropagateTags;
import dev.ferry.api.v1alpha1.common.Tag;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.fabric8.generator.annotation.ValidationRule;
import java.util.List;

/**
 * The ECS CreateService input, field for field (AWS names and JSON types), plus the one Ferry
 * extension {@link #autoScaling}. Paste {@code aws ecs create-service --cli-input-json} input here.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@ValidationRule(
        value = "!has(self.launchType) || !has(self.capacityProviderStrategy) || size(self.capacityProviderStrategy) == 0",
        message = "spec.launchType and spec.capacityProviderStrategy are mutually exclusive")
@ValidationRule(
        value = "has(self.desiredCount) || (has(self.schedulingStrategy) && self.schedulingStrategy == 'DAEMON')",
        message = "spec.desiredCount is required when schedulingStrategy is REPLICA")
@ValidationRule(
        value = "!(has(self.schedulingStrategy) && self.schedulingStrategy == 'DAEMON' && has(self.launchType) && self.launchType == 'FARGATE')",
        message = "DAEMON scheduling is not supported with launchType FARGATE (spec.schedulingStrategy)")
@ValidationRule(
        value = "!(has(self.schedulingStrategy) && self.schedulingStrategy == 'DAEMON' && has(self.autoScaling))",
        message = "spec.autoScaling is not supported with schedulingStrategy DAEMON")
public class ServiceSpec {
    public enum SchedulingStrategy {
        REPLICA,
        DAEMON
    }

    public enum AvailabilityZoneRebalancing {
        ENABLED,
        DISABLED
    }

    @Size(max = 255)
    @Pattern("^[A-Za-z0-9_-]{1,255}$")
    @JsonPropertyDescription("The ECS service name: up to 255 letters, numbers, underscores and hyphens, unique per cluster. Optional in Ferry: defaults to metadata.name. Names the objects Ferry creates (DNS-1123-sanitised with a hash suffix where needed).")
    public String serviceName;

    @Size(max = 1600)
    @JsonPropertyDescription("The cluster to run on: a short name or an ECS cluster ARN (arn:aws:ecs:<region>:<account>:cluster/<name>). Refers to the Ferry Cluster in this namespace whose spec.clusterName (else metadata.name) equals the name. Default `default`.")
    public String cluster;

    @Required
    @Size(max = 1600)
    @Pattern("^(arn:aws[a-z-]*:ecs:[a-z0-9-]+:[0-9]{12}:task-definition/)?[A-Za-z0-9_-]{1,255}(:[0-9]+)?$")
    @JsonPropertyDescription("The task definition to run: `family`, `family:revision` or a task definition ARN (arn:aws:ecs:<region>:<account>:task-definition/<family>:<revision>). Refers to the TaskDefinition in this namespace whose spec.family is <family>; without a revision the latest ACTIVE revision is used, and a new revision rolls the service out.")
    public String taskDefinition;

    @Size(max = 5)
    @JsonPropertyDescription("Load balancer target groups this service's tasks register with. Each TargetGroup's Kubernetes Service selects this service's pods on containerName/containerPort.")
    public List<LoadBalancer> loadBalancers;

    @Size(max = 1)
    @JsonPropertyDescription("Cloud Map service registries (at most one). Ferry gives the tasks a stable DNS name with a headless Kubernetes Service instead of Cloud Map.")
    public List<ServiceRegistry> serviceRegistries;

    @Min(0)
    @JsonPropertyDescription("Number of tasks to keep running (→ Deployment replicas). Required when schedulingStrategy is REPLICA (the ECS API requires it; ECS applies no default), ignored for DAEMON. Not written to the Deployment while spec.autoScaling owns the replica count.")
    public Integer desiredCount;

    @Size(max = 36)
    @JsonPropertyDescription("Idempotency token of the CreateService request (up to 36 ASCII characters). Accepted for compatibility; Kubernetes apply is already idempotent, so Ferry ignores it.")
    public String clientToken;

    @JsonPropertyDescription("EC2, FARGATE, EXTERNAL or MANAGED_INSTANCES: the Cluster capacity provider of that name decides where the pods run (FARGATE enforces Fargate sizing and restrictions). Mutually exclusive with capacityProviderStrategy; with neither, the Cluster's defaultCapacityProviderStrategy applies.")
    public LaunchType launchType;

    @Size(max = 20)
    @ValidationRule(
            value = "self.filter(i, has(i.base) && i.base > 0).size() <= 1",
            message = "only one capacity provider may set base (spec.capacityProviderStrategy[].base)")
    @JsonPropertyDescription("Capacity providers to spread tasks over (at most 20): the first `base` tasks go to the provider that sets base, the rest are split by weight. Ferry runs one workload per provider with its share of the replicas. Mutually exclusive with launchType.")
    public List<CapacityProviderStrategyItem> capacityProviderStrategy;

    @Size(max = 64)
    @JsonPropertyDescription("Fargate platform version (default LATEST). No Kubernetes meaning: kept as an annotation.")
    public String platformVersion;

    @Size(max = 1600)
    @JsonPropertyDescription("IAM role (name or ARN) ECS uses to call the load balancer for non-awsvpc services. No Kubernetes meaning: accepted and reported.")
    public String role;

    @JsonPropertyDescription("How many tasks run during a deployment, the deployment strategy, circuit breaker, alarms and lifecycle hooks (→ the Deployment strategy, progress deadline and rollback).")
    public DeploymentConfiguration deploymentConfiguration;

    @Size(max = 10)
    @JsonPropertyDescription("Placement constraints (at most 10, including those of the task definition): distinctInstance → required pod anti-affinity per node; memberOf → node affinity.")
    public List<PlacementConstraint> placementConstraints;

    @Size(max = 5)
    @JsonPropertyDescription("Placement strategies (at most 5), applied in order: spread → topology spread constraints, binpack → reported (needs a MostAllocated scheduler profile), random → default scheduling.")
    public List<PlacementStrategy> placementStrategy;

    @JsonPropertyDescription("awsvpc network settings (subnets, security groups, public IP). Pods use the cluster network; what cannot be honoured is reported in status.")
    public NetworkConfiguration networkConfiguration;

    @Min(0)
    @JsonPropertyDescription("Seconds after a task starts during which failing load balancer and container health checks are ignored (default 0, up to 2147483647) → startup probe budget.")
    public Integer healthCheckGracePeriodSeconds;

    @JsonPropertyDescription("REPLICA (default): desiredCount tasks (a Deployment). DAEMON: one task per node selected by the capacity provider and placement constraints (a DaemonSet); not with FARGATE, CODE_DEPLOY or EXTERNAL.")
    public SchedulingStrategy schedulingStrategy;

    @JsonPropertyDescription("The deployment controller: ECS (default, rolling update and the newer strategies), CODE_DEPLOY or EXTERNAL (reported: Ferry cannot hand deployments to CodeDeploy or a third party).")
    public DeploymentController deploymentController;

    @Size(max = 50)
    @JsonPropertyDescription("Tags of the service (at most 50) → annotations (labels where valid) on the objects Ferry creates.")
    public List<Tag> tags;

    @JsonPropertyDescription("Add ECS managed tags (aws:ecs:clusterName, aws:ecs:serviceName) to the tasks → the equivalent Ferry labels are always set; accepted for compatibility.")
    public Boolean enableECSManagedTags;

    @JsonPropertyDescription("Copy tags to the tasks from the TASK_DEFINITION or the SERVICE, or NONE (default) → pod annotations/labels.")
    public PropagateTags propagateTags;

    @JsonPropertyDescription("ECS Exec. On Kubernetes `kubectl exec` is governed by RBAC (pods/exec), not by the workload: accepted, and reported when false.")
    public Boolean enableExecuteCommand;

    @JsonPropertyDescription("Service Connect: names and ports by which other services in the namespace reach this one → a Kubernetes Service per discoveryName/clientAlias.")
    public ServiceConnectConfiguration serviceConnectConfiguration;

    @JsonPropertyDescription("Volumes the task definition marks configuredAtLaunch, currently managed EBS volumes (REPLICA only) → one generic ephemeral volume (PVC) per pod.")
    public List<ServiceVolumeConfiguration> volumeConfigurations;

    @JsonPropertyDescription("VPC Lattice target groups for the service's ports. No Kubernetes equivalent: accepted and reported.")
    public List<VpcLatticeConfiguration> vpcLatticeConfigurations;

    @JsonPropertyDescription("ENABLED or DISABLED: whether ECS moves tasks to rebalance them across Availability Zones → zone topology spread for new pods; moving running pods needs a descheduler, so ENABLED is reported where none runs.")
    public AvailabilityZoneRebalancing availabilityZoneRebalancing;

    @JsonPropertyDescription("Ferry extension (not part of CreateService): Application Auto Scaling for this service (RegisterScalableTarget + PutScalingPolicy + PutScheduledAction) → a HorizontalPodAutoscaler. The wrapper fields are camelCase; policies and scheduled actions use Application Auto Scaling's own PascalCase shapes so AWS CLI JSON can be pasted.")
    public AutoScaling autoScaling;
}
