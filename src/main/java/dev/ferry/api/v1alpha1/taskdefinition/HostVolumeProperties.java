package dev.ferry.api.v1alpha1.taskdefinition;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** ECS {@code HostVolumeProperties}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class HostVolumeProperties {
    @JsonPropertyDescription("Path on the host (not on FARGATE) → hostPath.path (type DirectoryOrCreate). Absent: an emptyDir.")
    public String sourcePath;
}
