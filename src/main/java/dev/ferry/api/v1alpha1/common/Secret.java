package dev.ferry.api.v1alpha1.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;

/**
 * ECS {@code Secret}: a value taken from Secrets Manager or SSM Parameter Store (container
 * {@code secrets}, {@code LogConfiguration.secretOptions}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class Secret {
    @Required
    @JsonPropertyDescription("The name of the environment variable (or log option) the secret value is exposed as.")
    public String name;

    @Required
    @JsonPropertyDescription("Secrets Manager secret ARN (optionally :json-key:version-stage:version-id) or SSM parameter ARN/name. Ferry maps it to a Kubernetes Secret by its documented naming rule and never reads the value.")
    public String valueFrom;
}
