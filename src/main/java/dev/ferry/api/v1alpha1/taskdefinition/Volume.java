package dev.ferry.api.v1alpha1.taskdefinition;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Pattern;

/** ECS {@code Volume}: a task data volume; {@code name} plus at most one configuration. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class Volume {
    @Pattern("^[A-Za-z0-9_-]{1,255}$")
    @JsonPropertyDescription("Volume name, referenced by containerDefinitions[].mountPoints[].sourceVolume: "
            + "up to 255 letters, digits, hyphens and underscores.")
    public String name;

    @JsonPropertyDescription("Bind mount: with sourcePath a host path (not on FARGATE) → hostPath, where the operator's policy allows it; "
            + "without it (or with no configuration at all) a scratch volume that lives as long as the task → emptyDir.")
    public HostVolumeProperties host;

    @JsonPropertyDescription("The volume is configured when a service or task is launched (managed EBS volume) "
            + "→ a generic ephemeral volume.")
    public Boolean configuredAtLaunch;

    @JsonPropertyDescription("Docker volume (EC2 only): scope task → an emptyDir, scope shared → a PersistentVolumeClaim.")
    public DockerVolumeConfiguration dockerVolumeConfiguration;

    @JsonPropertyDescription("Amazon EFS file system → a PersistentVolumeClaim on the EFS CSI driver (efs.csi.aws.com) by a documented rule.")
    public EFSVolumeConfiguration efsVolumeConfiguration;

    @JsonPropertyDescription("Amazon FSx for Windows File Server file system. No direct equivalent: reported.")
    public FSxWindowsFileServerVolumeConfiguration fsxWindowsFileServerVolumeConfiguration;
}
