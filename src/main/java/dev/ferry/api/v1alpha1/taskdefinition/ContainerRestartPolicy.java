package dev.ferry.api.v1alpha1.taskdefinition;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import java.util.List;

/** ECS {@code ContainerRestartPolicy}: restart a container in place when it exits. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ContainerRestartPolicy {
    @Required
    @JsonPropertyDescription("Whether the container is restarted in place when it exits.")
    public Boolean enabled;

    @Size(max = 50)
    @JsonPropertyDescription("Up to 50 exit codes that do not trigger a restart. Kubernetes restart policies cannot filter "
            + "by exit code: reported.")
    public List<Integer> ignoredExitCodes;

    @Min(60)
    @Max(1800)
    @JsonPropertyDescription("Seconds (60-1800, ECS default 300) a container must run before a restart is attempted. Reported.")
    public Integer restartAttemptPeriod;
}
