package dev.ferry.api.v1alpha1.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** ECS {@code ResourceRequirement}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ResourceRequirement {
    @JsonPropertyDescription("For GPU the number of GPUs (→ nvidia.com/gpu limit); for InferenceAccelerator the device name (reported).")
    public String value;

    @JsonPropertyDescription("GPU, InferenceAccelerator or NeuronDevice.")
    public Type type;

    public enum Type {
        GPU, InferenceAccelerator, NeuronDevice
    }
}
