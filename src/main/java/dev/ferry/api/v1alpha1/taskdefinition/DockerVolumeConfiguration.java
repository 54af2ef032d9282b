package dev.ferry.api.v1alpha1.taskdefinition;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.Map;

/** ECS {@code DockerVolumeConfiguration} (EC2 only). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class DockerVolumeConfiguration {

    /** ECS {@code Scope}. */
    public enum Scope {
        @JsonProperty("task")
        TASK,
        @JsonProperty("shared")
        SHARED
    }

    @JsonPropertyDescription("task (default): created with the task and removed when it stops → emptyDir; "
            + "shared: outlives the task → a PersistentVolumeClaim.")
    public Scope scope;

    @JsonPropertyDescription("For scope shared: create the volume if it does not exist (default false).")
    public Boolean autoprovision;

    @JsonPropertyDescription("Docker volume driver, e.g. local → chooses the StorageClass by a documented rule, or reported.")
    public String driver;

    @JsonPropertyDescription("Driver-specific options. Reported.")
    public Map<String, String> driverOpts;

    @JsonPropertyDescription("Labels of the Docker volume → labels/annotations of the PersistentVolumeClaim where valid.")
    public Map<String, String> labels;
}
