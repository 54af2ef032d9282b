package dev.ferry.api.v1alpha1.taskdefinition;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Required;

/** ECS {@code EFSVolumeConfiguration}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class EFSVolumeConfiguration {

    /** ECS {@code EFSTransitEncryption}. */
    public enum TransitEncryption {
        ENABLED, DISABLED
    }

    @Required
    @JsonPropertyDescription("EFS file system ID, e.g. fs-0123456789abcdef0 → the volumeHandle of the EFS CSI PersistentVolume.")
    public String fileSystemId;

    @JsonPropertyDescription("Directory of the file system to mount as root (default /); must be / or absent with an access point.")
    public String rootDirectory;

    @JsonPropertyDescription("Encrypt NFS traffic in transit: ENABLED or DISABLED (default); required ENABLED with IAM authorization.")
    public TransitEncryption transitEncryption;

    @Min(0)
    @Max(65535)
    @JsonPropertyDescription("Port for encrypted NFS traffic between the host and EFS (default chosen by the EFS mount helper).")
    public Integer transitEncryptionPort;

    @JsonPropertyDescription("Access point and IAM authorization.")
    public EFSAuthorizationConfig authorizationConfig;
}
