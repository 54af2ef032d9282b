package dev.ferry.api.v1alpha1.taskdefinition;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import java.util.List;

/** ECS {@code HealthCheck}: a container health check, run inside the container. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class HealthCheck {
    @Required
    @Size(min = 1, max = 256)
    @JsonPropertyDescription("[\"CMD\", exe, args...] runs exe directly; [\"CMD-SHELL\", script] runs /bin/sh -c script; exit 0 = healthy. "
            + "→ the exec command of the probes.")
    public List<String> command;

    @Min(5)
    @Max(300)
    @JsonPropertyDescription("Seconds between checks, 5-300 (ECS default 30) → periodSeconds.")
    public Integer interval;

    @Min(2)
    @Max(60)
    @JsonPropertyDescription("Seconds before a check counts as failed, 2-60 (ECS default 5) → timeoutSeconds.")
    public Integer timeout;

    @Min(1)
    @Max(10)
    @JsonPropertyDescription("Consecutive failures before the container is unhealthy, 1-10 (ECS default 3) → failureThreshold.")
    public Integer retries;

    @Min(0)
    @Max(300)
    @JsonPropertyDescription("Grace period in seconds after start during which failures do not count, 0-300 (ECS default 0) "
            + "→ a startupProbe.")
    public Integer startPeriod;
}
