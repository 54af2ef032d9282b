package dev.ferry.api.v1alpha1.cluster;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.fabric8.kubernetes.api.model.Affinity;
import io.fabric8.kubernetes.api.model.Toleration;
import java.util.List;
import java.util.Map;

/**
 * Ferry's own cluster settings ({@code spec.ferry}): everything ECS decides on AWS's side that
 * Ferry needs told on Kubernetes.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ClusterFerrySpec {
    public enum Policy {
        Allow,
        Deny
    }

    @Size(max = 32)
    @Pattern("^[a-z]{2}(-[a-z]+)+-[0-9]+$")
    @JsonPropertyDescription("AWS region used in the synthetic ARNs of this cluster's objects, e.g. eu-west-1 (default: the operator's ferry.aws.region).")
    public String region;

    @Pattern("^[0-9]{12}$")
    @JsonPropertyDescription("12-digit AWS account ID used in the synthetic ARNs (default: the operator's ferry.aws.account-id). ARNs users paste are matched by name regardless of region and account.")
    public String accountId;

    @Size(max = 20)
    @JsonPropertyDescription("How each capacity provider (spec.capacityProviders, launch types, strategy items) maps to Kubernetes scheduling. FARGATE and FARGATE_SPOT have built-in defaults (serverless; FARGATE_SPOT lower priority) that an entry of the same name replaces.")
    public List<CapacityProviderMapping> capacityProviders;

    @JsonPropertyDescription("Allow or Deny (default) task definition host volumes with a sourcePath (→ hostPath volumes). Denied host volumes make the task's workload invalid with a condition naming the volume.")
    public Policy hostPathVolumes;

    @JsonPropertyDescription("Allow or Deny (default) containers with privileged: true (→ securityContext.privileged). Denied, the workload is invalid with a condition naming the container.")
    public Policy privilegedContainers;

    @Size(max = 50)
    @JsonPropertyDescription("Image registry rewrites, applied in order, first match wins: an image whose reference starts with `from` gets that prefix replaced by `to` (e.g. 123456789012.dkr.ecr.eu-west-1.amazonaws.com → registry.example.com/mirror).")
    public List<ImageRewrite> imageRewrites;

    @JsonPropertyDescription("Emit External Secrets Operator ExternalSecrets that fill the Kubernetes Secrets Ferry maps Secrets Manager and SSM references to.")
    public ExternalSecrets externalSecrets;

    /** How one ECS capacity provider maps to Kubernetes scheduling. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class CapacityProviderMapping {
        @Required
        @Size(max = 255)
        @Pattern("^[A-Za-z0-9_.-]{1,255}$")
        @JsonPropertyDescription("Capacity provider name: FARGATE, FARGATE_SPOT, EC2, EXTERNAL, MANAGED_INSTANCES (the launch types) or a custom capacity provider name used in capacityProviderStrategy.")
        public String name;

        @JsonPropertyDescription("Serverless (Fargate-like) capacity: Fargate's task sizes (cpu/memory pairs) and restrictions (awsvpc only, no privileged, no host volumes, no placement constraints, no DAEMON) are enforced for pods placed here. Default true for FARGATE and FARGATE_SPOT, false otherwise.")
        public Boolean serverless;

        @JsonPropertyDescription("Node labels the pods must match (pod nodeSelector), e.g. {eks.amazonaws.com/capacityType: SPOT}.")
        public Map<String, String> nodeSelector;

        @JsonPropertyDescription("Tolerations added to the pods (Kubernetes Toleration objects), e.g. for a tainted spot or sandbox node pool.")
        public List<Toleration> tolerations;

        @JsonPropertyDescription("Affinity merged into the pods' affinity (Kubernetes Affinity object), after the task's placement constraints.")
        public Affinity affinity;

        @Size(max = 253)
        @JsonPropertyDescription("RuntimeClass of the pods, e.g. a microVM or gVisor class for Fargate-like isolation.")
        public String runtimeClassName;

        @Size(max = 253)
        @JsonPropertyDescription("PriorityClass of the pods, e.g. a low priority for FARGATE_SPOT so spot pods are preempted first.")
        public String priorityClassName;

        @JsonPropertyDescription("Labels added to the pods placed on this provider.")
        public Map<String, String> podLabels;

        @JsonPropertyDescription("Annotations added to the pods placed on this provider.")
        public Map<String, String> podAnnotations;
    }

    /** One image registry rewrite rule. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class ImageRewrite {
        @Required
        @Size(min = 1, max = 255)
        @JsonPropertyDescription("Prefix to match at the start of the image reference: a registry host, optionally with a path (e.g. public.ecr.aws or 123456789012.dkr.ecr.us-east-1.amazonaws.com/team).")
        public String from;

        @Required
        @Size(min = 1, max = 255)
        @JsonPropertyDescription("Replacement for the matched prefix (e.g. registry.example.com/ecr-mirror).")
        public String to;
    }

    /** External Secrets Operator integration. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class ExternalSecrets {
        @JsonPropertyDescription("Emit an ExternalSecret (external-secrets.io/v1) for every Kubernetes Secret Ferry maps a secrets/secretOptions/repositoryCredentials reference to (default false: users create those Secrets themselves).")
        public Boolean enabled;

        @JsonPropertyDescription("The SecretStore or ClusterSecretStore the ExternalSecrets read from (one backed by AWS Secrets Manager / Parameter Store). Required when enabled.")
        public SecretStoreRef secretStoreRef;
    }

    /** External Secrets Operator {@code secretStoreRef}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class SecretStoreRef {
        public enum Kind {
            SecretStore,
            ClusterSecretStore
        }

        @Required
        @Size(max = 253)
        @JsonPropertyDescription("Name of the store.")
        public String name;

        @JsonPropertyDescription("SecretStore (default, in this namespace) or ClusterSecretStore.")
        public Kind kind;
    }
}
