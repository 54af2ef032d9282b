package dev.ferry.api.v1alpha1.task;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.ferry.api.v1alpha1.common.CapacityProviderStrategyItem;
import dev.ferry.api.v1alpha1.common.EbsTagSpecification;
import dev.ferry.api.v1alpha1.common.LaunchType;
import dev.ferry.api.v1alpha1.common.NetworkConfiguration;
import dev.ferry.api.v1alpha1.common.PlacementConstraint;
import dev.ferry.api.v1alpha1.common.PlacementStrategy;
import dev.ferry.api.v1alpha1.common.PropagateTags;
import dev.ferry.api.v1alpha1.common.Tag;
import dev.ferry.api.v1alpha1.common.TaskFilesystemType;
import dev.ferry.api.v1alpha1.common.TaskOverride;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.fabric8.generator.annotation.ValidationRule;
import java.util.List;

/**
 * The ECS RunTask input, field for field, plus the Ferry extension {@link #ttlSecondsAfterStopped}.
 * Paste {@code aws ecs run-task --cli-input-json} input here.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@ValidationRule(
        value = "!has(self.launchType) || !has(self.capacityProviderStrategy) || size(self.capacityProviderStrategy) == 0",
        message = "spec.launchType and spec.capacityProviderStrategy are mutually exclusive")
public class TaskSpec {
    @Size(max = 1600)
    @JsonPropertyDescription("The cluster to run on: a short name or an ECS cluster ARN (arn:aws:ecs:<region>:<account>:cluster/<name>). Refers to the Ferry Cluster in this namespace whose spec.clusterName (else metadata.name) equals the name. Default `default`.")
    public String cluster;

    @Required
    @Size(max = 1600)
    @Pattern("^(arn:aws[a-z-]*:ecs:[a-z0-9-]+:[0-9]{12}:task-definition/)?[A-Za-z0-9_-]{1,255}(:[0-9]+)?$")
    @JsonPropertyDescription("The task definition to run: `family`, `family:revision` or a task definition ARN (arn:aws:ecs:<region>:<account>:task-definition/<family>:<revision>). Refers to the TaskDefinition in this namespace whose spec.family is <family>; without a revision the latest ACTIVE revision at creation time is used (and recorded in status.taskDefinitionArn).")
    public String taskDefinition;

    @Min(1)
    @Max(10)
    @JsonPropertyDescription("Number of tasks to run, 1-10 (default 1): one pod per task.")
    public Integer count;

    @JsonPropertyDescription("Per-run overrides of the task definition: container command, environment, resources, task role.")
    public TaskOverride overrides;

    @JsonPropertyDescription("EC2, FARGATE, EXTERNAL or MANAGED_INSTANCES: the Cluster capacity provider of that name decides where the pods run. Mutually exclusive with capacityProviderStrategy; with neither, the Cluster's defaultCapacityProviderStrategy applies.")
    public LaunchType launchType;

    @Size(max = 20)
    @ValidationRule(
            value = "self.filter(i, has(i.base) && i.base > 0).size() <= 1",
            message = "only one capacity provider may set base (spec.capacityProviderStrategy[].base)")
    @JsonPropertyDescription("Capacity providers to place the tasks on (at most 20), by base and weight. Mutually exclusive with launchType.")
    public List<CapacityProviderStrategyItem> capacityProviderStrategy;

    @Size(max = 255)
    @JsonPropertyDescription("Task group name (default family:<family>) → a label on the pods; placement constraints can refer to it with task:group.")
    public String group;

    @Size(max = 128)
    @JsonPropertyDescription("Free-form tag of who started the task (up to 128 characters) → an annotation and status.tasks[].startedBy.")
    public String startedBy;

    @Size(max = 10)
    @JsonPropertyDescription("Placement constraints (at most 10, including those of the task definition): distinctInstance → pod anti-affinity per node; memberOf → node affinity.")
    public List<PlacementConstraint> placementConstraints;

    @Size(max = 5)
    @JsonPropertyDescription("Placement strategies (at most 5): spread → topology spread constraints, binpack → reported, random → default scheduling.")
    public List<PlacementStrategy> placementStrategy;

    @Size(max = 64)
    @JsonPropertyDescription("Fargate platform version (default LATEST). No Kubernetes meaning: kept as an annotation.")
    public String platformVersion;

    @JsonPropertyDescription("awsvpc network settings (subnets, security groups, public IP). Pods use the cluster network; what cannot be honoured is reported in status.")
    public NetworkConfiguration networkConfiguration;

    @JsonPropertyDescription("Add ECS managed tags (aws:ecs:clusterName) to the task → the equivalent Ferry labels are always set; accepted for compatibility.")
    public Boolean enableECSManagedTags;

    @JsonPropertyDescription("ECS Exec. On Kubernetes `kubectl exec` is governed by RBAC (pods/exec): accepted, and reported when false.")
    public Boolean enableExecuteCommand;

    @JsonPropertyDescription("Copy the task definition's tags to the task (TASK_DEFINITION) or not (NONE, default) → pod annotations/labels. SERVICE is not valid for RunTask.")
    public PropagateTags propagateTags;

    @Size(max = 64)
    @JsonPropertyDescription("Reference ID of the task (up to 64 characters) → an annotation.")
    public String referenceId;

    @Size(max = 50)
    @JsonPropertyDescription("Tags of the task (at most 50) → pod annotations (labels where valid).")
    public List<Tag> tags;

    @Size(max = 64)
    @JsonPropertyDescription("Idempotency token of the RunTask request (up to 64 characters). Accepted for compatibility; the Task object itself is the idempotent request, so Ferry ignores it.")
    public String clientToken;

    @JsonPropertyDescription("Volumes the task definition marks configuredAtLaunch, currently managed EBS volumes → one generic ephemeral volume (PVC) per pod.")
    public List<TaskVolumeConfiguration> volumeConfigurations;

    @Min(0)
    @JsonPropertyDescription("Ferry extension: seconds a STOPPED task (its status and pods, for kubectl logs) is kept before Ferry deletes this Task object. Unset: kept until deleted by hand (ECS shows stopped tasks for about an hour). 0: deleted as soon as it stops.")
    public Integer ttlSecondsAfterStopped;

    /** ECS {@code TaskVolumeConfiguration}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class TaskVolumeConfiguration {
        @Required
        @Size(max = 255)
        @JsonPropertyDescription("Name of a task definition volume with configuredAtLaunch: true.")
        public String name;

        @JsonPropertyDescription("The EBS volume ECS creates for the task → a generic ephemeral volume (volumeClaimTemplate).")
        public TaskManagedEbsVolumeConfiguration managedEBSVolume;
    }

    /** ECS {@code TaskManagedEBSVolumeConfiguration}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class TaskManagedEbsVolumeConfiguration {
        @JsonPropertyDescription("Encrypt the volume. Encryption is the StorageClass's concern on Kubernetes: reported when it cannot be honoured.")
        public Boolean encrypted;

        @Size(max = 1600)
        @JsonPropertyDescription("KMS key for EBS encryption (needs a StorageClass with that key): kept as an annotation.")
        public String kmsKeyId;

        @Size(max = 64)
        @JsonPropertyDescription("EBS volume type (gp2, gp3, io1, io2, st1, sc1, standard; default gp3) → the StorageClass chosen by Ferry's documented mapping.")
        public String volumeType;

        @Min(1)
        @JsonPropertyDescription("Size in GiB (required unless snapshotId is set) → the claim's storage request.")
        public Integer sizeInGiB;

        @Size(max = 64)
        @JsonPropertyDescription("EBS snapshot to create the volume from → a VolumeSnapshot data source where one exists, else reported.")
        public String snapshotId;

        @Min(0)
        @JsonPropertyDescription("Rate in MiB/s at which snapshot blocks are fetched. No Kubernetes equivalent: reported.")
        public Integer volumeInitializationRate;

        @Min(0)
        @JsonPropertyDescription("Provisioned IOPS (gp3, io1, io2) → StorageClass parameter where supported.")
        public Integer iops;

        @Min(0)
        @JsonPropertyDescription("Provisioned throughput in MiB/s (gp3 only) → StorageClass parameter where supported.")
        public Integer throughput;

        @JsonPropertyDescription("Tags for the created volume.")
        public List<EbsTagSpecification> tagSpecifications;

        @Required
        @Size(max = 1600)
        @JsonPropertyDescription("IAM role ECS uses to manage the volume (required by ECS). No Kubernetes meaning: accepted.")
        public String roleArn;

        @JsonPropertyDescription("What happens to the volume when the task stops (default: deleted).")
        public TaskManagedEbsVolumeTerminationPolicy terminationPolicy;

        @JsonPropertyDescription("Filesystem of the volume: ext3, ext4, xfs (default) or ntfs → csi.storage.k8s.io/fstype where the StorageClass allows it.")
        public TaskFilesystemType filesystemType;
    }

    /** ECS {@code TaskManagedEBSVolumeTerminationPolicy}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class TaskManagedEbsVolumeTerminationPolicy {
        @Required
        @JsonPropertyDescription("Delete the volume when the task stops. false keeps it → Ferry creates a standalone PVC that outlives the pod instead of an ephemeral volume.")
        public Boolean deleteOnTermination;
    }
}
