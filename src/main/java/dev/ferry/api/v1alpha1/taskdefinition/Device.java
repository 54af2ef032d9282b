package dev.ferry.api.v1alpha1.taskdefinition;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import java.util.List;

/** ECS {@code Device}: a host device exposed to a container. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class Device {

    /** ECS {@code DeviceCgroupPermission}. */
    public enum Permission {
        @JsonProperty("read")
        READ,
        @JsonProperty("write")
        WRITE,
        @JsonProperty("mknod")
        MKNOD
    }

    @Required
    @JsonPropertyDescription("Path of the device on the host, e.g. /dev/fuse.")
    public String hostPath;

    @JsonPropertyDescription("Path of the device in the container (default: hostPath).")
    public String containerPath;

    @Size(max = 3)
    @JsonPropertyDescription("cgroup permissions of the device: read, write, mknod (default all).")
    public List<Permission> permissions;
}
