package dev.ferry.api.v1alpha1.taskdefinition;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.JsonNode;
import dev.ferry.api.v1alpha1.common.EphemeralStorage;
import dev.ferry.api.v1alpha1.common.PlacementConstraint;
import dev.ferry.api.v1alpha1.common.Tag;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.fabric8.generator.annotation.ValidationRule;
import java.util.List;

/**
 * The ECS {@code RegisterTaskDefinition} input, field for field, so that the JSON of
 * {@code aws ecs register-task-definition --cli-input-json} (or the {@code taskDefinition} object of
 * {@code aws ecs describe-task-definition}) can be pasted into {@code spec:} as it is.
 *
 * <p>The output-only fields of {@code describe-task-definition} are modelled too, so such a paste is
 * accepted; Ferry ignores them. Cross-field rules of ECS that need no other object are CEL rules here;
 * every list a rule iterates has a maximum size and every string it compares a maximum length, which
 * keeps the rules within the API server's CEL cost budget. The rules hold vacuously when containerDefinitions is
 * missing, so that such a spec gets the schema's "Required value" error alone rather than rule evaluation errors.
 */
@ValidationRule(
        value = "!has(self.requiresCompatibilities) || !('FARGATE' in self.requiresCompatibilities)"
                + " || (has(self.networkMode) && self.networkMode == 'awsvpc')",
        message = "spec.networkMode must be awsvpc when requiresCompatibilities includes FARGATE")
@ValidationRule(
        value = "!has(self.containerDefinitions) || has(self.memory)"
                + " || self.containerDefinitions.all(c, has(c.memory) || has(c.memoryReservation))",
        message = "each container needs memory or memoryReservation unless the task sets memory (spec.containerDefinitions[].memory)")
@ValidationRule(
        value = "!has(self.containerDefinitions) || self.containerDefinitions.exists(c, !has(c.essential) || c.essential)",
        message = "at least one container must be essential (spec.containerDefinitions[].essential)")
@ValidationRule(
        value = "!has(self.containerDefinitions)"
                + " || self.containerDefinitions.all(c, self.containerDefinitions.exists_one(o, o.name == c.name))",
        message = "container names must be unique (spec.containerDefinitions[].name)")
@ValidationRule(
        value = "!has(self.containerDefinitions) || self.containerDefinitions.all(c, !has(c.dependsOn)"
                + " || c.dependsOn.all(d, self.containerDefinitions.exists(o, o.name == d.containerName)))",
        message = "spec.containerDefinitions[].dependsOn[].containerName must name a container of this task definition")
@JsonInclude(JsonInclude.Include.NON_NULL)
public class TaskDefinitionSpec {

    public static final String OUTPUT_ONLY = "Output-only field of describe-task-definition; accepted and ignored by Ferry";

    /** ECS {@code NetworkMode}. */
    public enum NetworkMode {
        @JsonProperty("bridge")
        BRIDGE,
        @JsonProperty("host")
        HOST,
        @JsonProperty("awsvpc")
        AWSVPC,
        @JsonProperty("none")
        NONE
    }

    /** ECS {@code Compatibility}: a launch type a task definition is validated against. */
    public enum Compatibility {
        EC2, FARGATE, EXTERNAL, MANAGED_INSTANCES
    }

    /** ECS {@code PidMode}. */
    public enum PidMode {
        @JsonProperty("host")
        HOST,
        @JsonProperty("task")
        TASK
    }

    /** ECS {@code IpcMode}. */
    public enum IpcMode {
        @JsonProperty("host")
        HOST,
        @JsonProperty("task")
        TASK,
        @JsonProperty("none")
        NONE
    }

    // ---- RegisterTaskDefinition input ----

    @Required
    @Pattern("^[A-Za-z0-9_-]{1,255}$")
    @JsonPropertyDescription("Name of the task definition family: up to 255 letters, digits, hyphens and underscores. "
            + "Every change of spec records a new revision of this family (status.revision).")
    public String family;

    @JsonPropertyDescription("ARN of the IAM role the containers assume. Ferry runs the pods under a ServiceAccount named by a "
            + "documented rule and keeps the ARN as the eks.amazonaws.com/role-arn annotation for EKS (IRSA).")
    public String taskRoleArn;

    @JsonPropertyDescription("ARN of the IAM role the ECS agent uses to pull images and fetch secrets and logs. "
            + "No Kubernetes equivalent (image pulls use imagePullSecrets, secrets map to Secrets): reported.")
    public String executionRoleArn;

    @JsonPropertyDescription("Docker networking mode: bridge (ECS default on Linux EC2), host, awsvpc (required for FARGATE) or none. "
            + "awsvpc and bridge → the pod network; host → hostNetwork; none → reported.")
    public NetworkMode networkMode;

    @Required
    @Size(min = 1, max = 10)
    @JsonPropertyDescription("The containers of the task, 1 to 10, with unique names; at least one must be essential. "
            + "They become the pod's containers (and init or sidecar containers, by dependsOn).")
    public List<ContainerDefinition> containerDefinitions;

    @Size(max = 100)
    @JsonPropertyDescription("Data volumes the containers can mount (mountPoints[].sourceVolume) → pod volumes.")
    public List<Volume> volumes;

    @Size(max = 10)
    @JsonPropertyDescription("Placement constraints, up to 10; task definitions accept type memberOf only. "
            + "The expression is translated to required node affinity where Ferry can.")
    public List<PlacementConstraint> placementConstraints;

    @Size(max = 4)
    @JsonPropertyDescription("Launch types the task definition is validated against: EC2, FARGATE, EXTERNAL, MANAGED_INSTANCES. "
            + "FARGATE requires networkMode awsvpc and turns on Fargate's rules (task cpu/memory pairs).")
    public List<Compatibility> requiresCompatibilities;

    @JsonPropertyDescription("Task CPU as a string: CPU units (\"1024\") or vCPU (\"1 vCPU\"); 1024 units = 1 vCPU. "
            + "Required for FARGATE. A budget shared by the containers that set no cpu of their own.")
    public String cpu;

    @JsonPropertyDescription("Task memory as a string: MiB (\"2048\") or GB (\"2GB\"). Required for FARGATE; "
            + "on EC2 either this or every container's memory/memoryReservation is needed.")
    public String memory;

    @Size(max = 50)
    @JsonPropertyDescription("Tags (key/value, up to 50), copied to annotations of the objects Ferry creates "
            + "(labels where key and value are valid label syntax).")
    public List<Tag> tags;

    @JsonPropertyDescription("Process namespace: host → hostPID; task → the containers share one process namespace "
            + "(shareProcessNamespace). FARGATE allows task only.")
    public PidMode pidMode;

    @JsonPropertyDescription("IPC namespace: host → hostIPC; task → the pod's shared IPC namespace (the Kubernetes default); "
            + "none → reported. Not on FARGATE.")
    public IpcMode ipcMode;

    @JsonPropertyDescription("App Mesh proxy configuration. No Kubernetes equivalent: reported.")
    public ProxyConfiguration proxyConfiguration;

    @Size(max = 10)
    @JsonPropertyDescription("Elastic Inference accelerators. No Kubernetes equivalent: reported.")
    public List<InferenceAccelerator> inferenceAccelerators;

    @JsonPropertyDescription("Task ephemeral storage (Fargate) → the pod's ephemeral-storage limit.")
    public EphemeralStorage ephemeralStorage;

    @JsonPropertyDescription("CPU architecture and operating system the task needs → nodeSelector kubernetes.io/arch and kubernetes.io/os.")
    public RuntimePlatform runtimePlatform;

    @JsonPropertyDescription("Whether ECS fault injection is enabled for the task. No Kubernetes equivalent: reported when true.")
    public Boolean enableFaultInjection;

    // ---- Output-only fields of describe-task-definition: accepted so that a pasted `taskDefinition` object is valid ----

    @JsonPropertyDescription(OUTPUT_ONLY)
    public String taskDefinitionArn;

    @JsonPropertyDescription(OUTPUT_ONLY)
    public Integer revision;

    // A String, not an enum: the value is ignored, and an ECS status added later must not make a paste invalid.
    @JsonPropertyDescription(OUTPUT_ONLY)
    public String status;

    @Size(max = 100)
    @JsonPropertyDescription(OUTPUT_ONLY)
    public List<Attribute> requiresAttributes;

    @Size(max = 4)
    @JsonPropertyDescription(OUTPUT_ONLY)
    public List<Compatibility> compatibilities;

    /*
     * The timestamps are ISO-8601 strings in AWS CLI v2 output ("2023-09-17T15:12:27.391000+00:00") but epoch seconds
     * with a fraction in AWS CLI v1 and SDK dumps (1694963547.391). A CRD schema cannot say "string or number":
     * x-kubernetes-int-or-string admits integers only, and anyOf/oneOf may not carry types in a structural schema.
     * So these are JsonNode with x-kubernetes-preserve-unknown-fields and no type: the API server stores whatever
     * JSON value is pasted, and Jackson round-trips it verbatim. A String with a lenient deserializer would suit Java
     * but its `type: string` schema would still make the API server reject the numeric form.
     */
    @PreserveUnknownFields
    @JsonPropertyDescription(OUTPUT_ONLY)
    public JsonNode registeredAt;

    @JsonPropertyDescription(OUTPUT_ONLY)
    public String registeredBy;

    @PreserveUnknownFields
    @JsonPropertyDescription(OUTPUT_ONLY)
    public JsonNode deregisteredAt;

    @PreserveUnknownFields
    @JsonPropertyDescription(OUTPUT_ONLY)
    public JsonNode deleteRequestedAt;
}
