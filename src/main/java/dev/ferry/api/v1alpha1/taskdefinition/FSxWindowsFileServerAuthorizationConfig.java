package dev.ferry.api.v1alpha1.taskdefinition;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;

/** ECS {@code FSxWindowsFileServerAuthorizationConfig}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class FSxWindowsFileServerAuthorizationConfig {
    @Required
    @JsonPropertyDescription("ARN of the Secrets Manager secret or SSM parameter holding the Active Directory credentials.")
    public String credentialsParameter;

    @Required
    @JsonPropertyDescription("Fully qualified domain name of the Active Directory.")
    public String domain;
}
