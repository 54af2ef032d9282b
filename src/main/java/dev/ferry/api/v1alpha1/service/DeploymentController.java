package dev.ferry.api.v1alpha1.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;

/** ECS {@code DeploymentController}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class DeploymentController {
    public enum Type {
        ECS,
        CODE_DEPLOY,
        EXTERNAL
    }

    @Required
    @JsonPropertyDescription("ECS (default): Ferry performs the deployment (rolling, or deploymentConfiguration.strategy). CODE_DEPLOY and EXTERNAL hand deployments to CodeDeploy or a third-party controller, which Ferry cannot do: Ferry rolls out like ECS and reports the field.")
    public Type type;
}
