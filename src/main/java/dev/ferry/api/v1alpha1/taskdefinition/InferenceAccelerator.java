package dev.ferry.api.v1alpha1.taskdefinition;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;

/** ECS {@code InferenceAccelerator} (Elastic Inference). No Kubernetes equivalent: reported by Ferry. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class InferenceAccelerator {
    @Required
    @JsonPropertyDescription("Device name, referenced by a container's resourceRequirements of type InferenceAccelerator.")
    public String deviceName;

    @Required
    @JsonPropertyDescription("Elastic Inference accelerator type, e.g. eia2.medium.")
    public String deviceType;
}
