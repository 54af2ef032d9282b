package dev.ferry.api.v1alpha1.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** ECS {@code InferenceAcceleratorOverride}. Elastic Inference has no Kubernetes equivalent: reported. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class InferenceAcceleratorOverride {
    @JsonPropertyDescription("Device name of the inference accelerator.")
    public String deviceName;

    @JsonPropertyDescription("Elastic Inference accelerator type.")
    public String deviceType;
}
