package dev.ferry.api.v1alpha1.taskdefinition;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Size;
import java.util.List;

/** ECS {@code LinuxParameters}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class LinuxParameters {
    @JsonPropertyDescription("Linux capabilities added to or dropped from Docker's default set → securityContext.capabilities. "
            + "FARGATE can add SYS_PTRACE only.")
    public KernelCapabilities capabilities;

    @Size(max = 100)
    @JsonPropertyDescription("Host devices exposed to the container (not on FARGATE). Kubernetes uses device plugins instead: reported.")
    public List<Device> devices;

    @JsonPropertyDescription("Run an init process (docker run --init) that forwards signals and reaps processes "
            + "→ shareProcessNamespace (the pause container reaps), or reported.")
    public Boolean initProcessEnabled;

    @Min(0)
    @JsonPropertyDescription("Size of /dev/shm in MiB (not on FARGATE) → a memory-backed emptyDir mounted at /dev/shm.")
    public Integer sharedMemorySize;

    @Size(max = 100)
    @JsonPropertyDescription("tmpfs mounts (not on FARGATE) → memory-backed emptyDir volumes with a size limit.")
    public List<Tmpfs> tmpfs;

    @Min(0)
    @JsonPropertyDescription("Swap the container may use in MiB, on top of its memory (0: none; absent: the host's default). Reported.")
    public Integer maxSwap;

    @Min(0)
    @Max(100)
    @JsonPropertyDescription("Swappiness 0-100 (ECS default 60). Reported.")
    public Integer swappiness;
}
