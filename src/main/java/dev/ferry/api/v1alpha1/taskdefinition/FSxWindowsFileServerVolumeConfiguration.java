package dev.ferry.api.v1alpha1.taskdefinition;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;

/** ECS {@code FSxWindowsFileServerVolumeConfiguration}. Reported by Ferry. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class FSxWindowsFileServerVolumeConfiguration {
    @Required
    @JsonPropertyDescription("FSx for Windows File Server file system ID.")
    public String fileSystemId;

    @Required
    @JsonPropertyDescription("Directory of the file system to mount as root.")
    public String rootDirectory;

    @Required
    @JsonPropertyDescription("Credentials and Active Directory domain used to mount the share.")
    public FSxWindowsFileServerAuthorizationConfig authorizationConfig;
}
