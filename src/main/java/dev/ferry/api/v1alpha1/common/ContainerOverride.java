package dev.ferry.api.v1alpha1.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import java.util.List;

/** ECS {@code ContainerOverride} (RunTask overrides). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ContainerOverride {
    @Required
    @JsonPropertyDescription("Name of the container in the task definition that this override applies to.")
    public String name;

    @JsonPropertyDescription("Replaces the container's `command` (Docker CMD, Kubernetes args).")
    public List<String> command;

    @JsonPropertyDescription("Environment variables added to (or replacing those of) the container.")
    public List<KeyValuePair> environment;

    @JsonPropertyDescription("Environment files added to the container.")
    public List<EnvironmentFile> environmentFiles;

    @JsonPropertyDescription("CPU units (1024 = 1 vCPU) replacing the container's cpu.")
    public Integer cpu;

    @JsonPropertyDescription("Hard memory limit in MiB replacing the container's memory.")
    public Integer memory;

    @JsonPropertyDescription("Soft memory limit in MiB replacing the container's memoryReservation.")
    public Integer memoryReservation;

    @JsonPropertyDescription("Resource requirements (GPU) replacing the container's.")
    public List<ResourceRequirement> resourceRequirements;
}
