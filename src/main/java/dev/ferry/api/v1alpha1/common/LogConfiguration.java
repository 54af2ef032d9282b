package dev.ferry.api.v1alpha1.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import java.util.List;
import java.util.Map;

/**
 * ECS {@code LogConfiguration} (a container's {@code logConfiguration}, and the Service Connect
 * proxy's {@code serviceConnectConfiguration.logConfiguration}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class LogConfiguration {
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
    @JsonPropertyDescription("The log driver. On Kubernetes every container logs to stdout/stderr (kubectl logs); awslogs options (group, stream prefix) are kept as annotations, other drivers are reported.")
    public LogDriver logDriver;

    @JsonPropertyDescription("Options passed to the log driver, e.g. awslogs-group, awslogs-region, awslogs-stream-prefix.")
    public Map<String, String> options;

    @JsonPropertyDescription("Log driver options whose values come from secrets.")
    public List<Secret> secretOptions;
}
