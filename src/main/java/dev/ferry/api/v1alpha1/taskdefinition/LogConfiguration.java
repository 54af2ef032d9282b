package dev.ferry.api.v1alpha1.taskdefinition;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import java.util.List;
import java.util.Map;

/** ECS {@code LogConfiguration}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class LogConfiguration {

    /** ECS {@code LogDriver}. */
    public enum LogDriver {
        @JsonProperty("json-file")
        JSON_FILE,
        @JsonProperty("syslog")
        SYSLOG,
        @JsonProperty("journald")
        JOURNALD,
        @JsonProperty("gelf")
        GELF,
        @JsonProperty("fluentd")
        FLUENTD,
        @JsonProperty("awslogs")
        AWSLOGS,
        @JsonProperty("splunk")
        SPLUNK,
        @JsonProperty("awsfirelens")
        AWSFIRELENS
    }

    @Required
    @JsonPropertyDescription("Log driver. On Kubernetes the container logs to stdout/stderr whatever the driver; "
            + "awslogs options are kept as annotations for a log agent, other drivers are reported.")
    public LogDriver logDriver;

    @JsonPropertyDescription("Driver options, e.g. awslogs-group, awslogs-region, awslogs-stream-prefix.")
    public Map<String, String> options;

    @Size(max = 100)
    @JsonPropertyDescription("Driver options whose values come from Secrets Manager or SSM Parameter Store.")
    public List<Secret> secretOptions;
}
