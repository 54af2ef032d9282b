package dev.ferry.api.v1alpha1.taskdefinition;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** ECS {@code VolumeFrom}: every volume of another container of the task. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class VolumeFrom {
    @JsonPropertyDescription("Name of the container of this task whose volumes are mounted.")
    public String sourceContainer;

    @JsonPropertyDescription("Mount them read-only (default false).")
    public Boolean readOnly;
}
