package dev.ferry.api.v1alpha1.taskdefinition;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import java.util.Map;

/** ECS {@code FirelensConfiguration}: makes a container the task's FireLens log router. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class FirelensConfiguration {

    /** ECS {@code FirelensConfigurationType}. */
    public enum Type {
        @JsonProperty("fluentd")
        FLUENTD,
        @JsonProperty("fluentbit")
        FLUENTBIT
    }

    @Required
    @JsonPropertyDescription("The log router: fluentd or fluentbit.")
    public Type type;

    @JsonPropertyDescription("Router options, e.g. enable-ecs-log-metadata, config-file-type (s3|file), config-file-value.")
    public Map<String, String> options;
}
