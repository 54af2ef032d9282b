package dev.ferry.api.v1alpha1.taskdefinition;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;

/** ECS {@code Secret}: a value taken from Secrets Manager or SSM Parameter Store. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class Secret {
    @Required
    @JsonPropertyDescription("Name of the environment variable (secrets) or of the log driver option (logConfiguration.secretOptions).")
    public String name;

    @Required
    @JsonPropertyDescription("Secrets Manager ARN (optionally `:json-key:version-stage:version-id`), SSM parameter ARN or SSM parameter "
            + "name → a key of a Kubernetes Secret named by a documented rule. Ferry never reads the value.")
    public String valueFrom;
}
