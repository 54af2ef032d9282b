package dev.ferry.api.v1alpha1.cluster;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.ferry.api.v1alpha1.common.CapacityProviderStrategyItem;
import dev.ferry.api.v1alpha1.common.Tag;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.fabric8.generator.annotation.ValidationRule;
import java.util.List;

/**
 * The ECS CreateCluster input, field for field, plus the Ferry extension {@link #ferry}
 * ({@link ClusterFerrySpec}). Paste {@code aws ecs create-cluster --cli-input-json} input here.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ClusterSpec {
    @Size(max = 255)
    @Pattern("^[A-Za-z0-9_-]{1,255}$")
    @JsonPropertyDescription("The ECS cluster name: up to 255 letters, numbers, underscores and hyphens. Optional in Ferry: defaults to metadata.name. Services, Tasks and ScheduledTasks in this namespace refer to the Cluster by this name (their `cluster` field, a name or arn:aws:ecs:<region>:<account>:cluster/<name>).")
    public String clusterName;

    @Size(max = 50)
    @JsonPropertyDescription("Tags of the cluster (at most 50) → annotations.")
    public List<Tag> tags;

    @Size(max = 1)
    @JsonPropertyDescription("Cluster settings; only containerInsights exists → reported (Kubernetes metrics come from metrics-server/Prometheus).")
    public List<ClusterSetting> settings;

    @JsonPropertyDescription("Execute command and managed storage configuration.")
    public ClusterConfiguration configuration;

    @Size(max = 20)
    @JsonPropertyDescription("Names of the capacity providers associated with the cluster (FARGATE, FARGATE_SPOT, or names of capacity providers of Auto Scaling groups / Managed Instances). Each must have a mapping in ferry.capacityProviders, except FARGATE and FARGATE_SPOT which have built-in defaults.")
    public List<String> capacityProviders;

    @Size(max = 20)
    @ValidationRule(
            value = "self.filter(i, has(i.base) && i.base > 0).size() <= 1",
            message = "only one capacity provider may set base (spec.defaultCapacityProviderStrategy[].base)")
    @JsonPropertyDescription("Strategy used by Services and Tasks that set neither launchType nor capacityProviderStrategy: first `base` tasks on the provider that sets base, the rest by weight.")
    public List<CapacityProviderStrategyItem> defaultCapacityProviderStrategy;

    @JsonPropertyDescription("Default Service Connect namespace of the cluster's services.")
    public ClusterServiceConnectDefaults serviceConnectDefaults;

    @JsonPropertyDescription("Ferry extension (not part of CreateCluster): ARN region/account, how each capacity provider maps to Kubernetes scheduling, which pod features are allowed, image registry rewrites, and External Secrets integration.")
    public ClusterFerrySpec ferry;

    /** ECS {@code ClusterSetting}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class ClusterSetting {
        public enum Name {
            containerInsights
        }

        public enum Value {
            enabled,
            disabled,
            enhanced
        }

        @Required
        @JsonPropertyDescription("The setting name: containerInsights.")
        public Name name;

        @Required
        @JsonPropertyDescription("enabled, disabled or enhanced (CloudWatch Container Insights). No Kubernetes equivalent: reported when not disabled.")
        public Value value;
    }

    /** ECS {@code ClusterConfiguration}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class ClusterConfiguration {
        @JsonPropertyDescription("ECS Exec logging and encryption. kubectl exec is audited by the API server instead: reported when set.")
        public ExecuteCommandConfiguration executeCommandConfiguration;

        @JsonPropertyDescription("KMS keys for managed storage (Fargate ephemeral storage, EBS). Encryption is the StorageClass's concern: reported when set.")
        public ManagedStorageConfiguration managedStorageConfiguration;
    }

    /** ECS {@code ExecuteCommandConfiguration}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class ExecuteCommandConfiguration {
        public enum Logging {
            NONE,
            DEFAULT,
            OVERRIDE
        }

        @Size(max = 1600)
        @JsonPropertyDescription("KMS key encrypting the exec session data.")
        public String kmsKeyId;

        @JsonPropertyDescription("NONE, DEFAULT (the task's awslogs configuration) or OVERRIDE (logConfiguration below).")
        public Logging logging;

        @JsonPropertyDescription("Where exec session logs go when logging is OVERRIDE.")
        public ExecuteCommandLogConfiguration logConfiguration;
    }

    /** ECS {@code ExecuteCommandLogConfiguration}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class ExecuteCommandLogConfiguration {
        @JsonPropertyDescription("CloudWatch Logs group for exec session logs.")
        public String cloudWatchLogGroupName;

        @JsonPropertyDescription("Encrypt the CloudWatch logs (default false).")
        public Boolean cloudWatchEncryptionEnabled;

        @JsonPropertyDescription("S3 bucket for exec session logs.")
        public String s3BucketName;

        @JsonPropertyDescription("Encrypt the S3 logs (default false).")
        public Boolean s3EncryptionEnabled;

        @JsonPropertyDescription("Key prefix (folder) in the S3 bucket.")
        public String s3KeyPrefix;
    }

    /** ECS {@code ManagedStorageConfiguration}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class ManagedStorageConfiguration {
        @Size(max = 1600)
        @JsonPropertyDescription("KMS key for managed storage such as EBS volumes configured at launch.")
        public String kmsKeyId;

        @Size(max = 1600)
        @JsonPropertyDescription("KMS key for Fargate ephemeral storage.")
        public String fargateEphemeralStorageKmsKeyId;
    }

    /** ECS {@code ClusterServiceConnectDefaultsRequest}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class ClusterServiceConnectDefaults {
        @Required
        @Size(max = 1600)
        @JsonPropertyDescription("Cloud Map namespace name or ARN used by services that enable Service Connect without a namespace. Kept as an annotation; Kubernetes DNS within the namespace replaces Cloud Map.")
        public String namespace;
    }
}
