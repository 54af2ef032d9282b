package dev.ferry.api.v1alpha1.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** ECS {@code TaskOverride} (RunTask {@code overrides}). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class TaskOverride {
    @JsonPropertyDescription("Per-container overrides, matched by container name.")
    public List<ContainerOverride> containerOverrides;

    @JsonPropertyDescription("Task CPU units replacing the task definition's cpu.")
    public String cpu;

    @JsonPropertyDescription("Task memory in MiB replacing the task definition's memory.")
    public String memory;

    @JsonPropertyDescription("Ephemeral storage replacing the task definition's.")
    public EphemeralStorage ephemeralStorage;

    @JsonPropertyDescription("Execution role ARN. No Kubernetes meaning: reported.")
    public String executionRoleArn;

    @JsonPropertyDescription("Task role ARN replacing the task definition's (→ ServiceAccount by the taskRoleArn rule).")
    public String taskRoleArn;

    @JsonPropertyDescription("Elastic Inference accelerator overrides: reported.")
    public List<InferenceAcceleratorOverride> inferenceAcceleratorOverrides;
}
