package dev.ferry.api.v1alpha1.taskdefinition;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** ECS {@code MountPoint}: a task volume mounted into a container. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class MountPoint {
    @JsonPropertyDescription("Name of the volume to mount: the name of an entry of spec.volumes.")
    public String sourceVolume;

    @JsonPropertyDescription("Path in the container where the volume is mounted → volumeMounts[].mountPath.")
    public String containerPath;

    @JsonPropertyDescription("Mount read-only (default false) → volumeMounts[].readOnly.")
    public Boolean readOnly;
}
