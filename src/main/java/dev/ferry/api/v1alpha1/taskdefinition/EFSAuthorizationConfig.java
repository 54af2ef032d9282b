package dev.ferry.api.v1alpha1.taskdefinition;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** ECS {@code EFSAuthorizationConfig}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class EFSAuthorizationConfig {

    /** ECS {@code EFSAuthorizationConfigIAM}. */
    public enum Iam {
        ENABLED, DISABLED
    }

    @JsonPropertyDescription("EFS access point ID, e.g. fsap-0123456789abcdef0 → appended to the CSI volumeHandle (fs-ID::fsap-ID).")
    public String accessPointId;

    @JsonPropertyDescription("Mount with the task IAM role (ENABLED, requires transitEncryption ENABLED) or not (DISABLED, default).")
    public Iam iam;
}
