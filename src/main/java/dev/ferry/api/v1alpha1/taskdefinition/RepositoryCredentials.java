package dev.ferry.api.v1alpha1.taskdefinition;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;

/** ECS {@code RepositoryCredentials}: private registry credentials of a container image. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class RepositoryCredentials {
    @Required
    @JsonPropertyDescription("ARN or name of the Secrets Manager secret holding {\"username\", \"password\"} "
            + "→ a kubernetes.io/dockerconfigjson Secret named by a documented rule, used as imagePullSecret.")
    public String credentialsParameter;
}
