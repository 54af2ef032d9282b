package dev.ferry.api.v1alpha1.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import java.util.List;

/** ECS {@code EBSTagSpecification}: tags of the EBS volumes ECS creates per task. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class EbsTagSpecification {
    public enum ResourceType {
        @JsonProperty("volume")
        VOLUME
    }

    @Required
    @JsonPropertyDescription("The type of volume resource; only `volume`.")
    public ResourceType resourceType;

    @Size(max = 50)
    @JsonPropertyDescription("Tags applied to the volume (→ labels/annotations of the PersistentVolumeClaim Ferry creates).")
    public List<Tag> tags;

    @JsonPropertyDescription("Copy tags from the task definition or the service to the volume (TASK_DEFINITION, SERVICE or NONE; RunTask volumes accept TASK_DEFINITION and NONE).")
    public PropagateTags propagateTags;
}
