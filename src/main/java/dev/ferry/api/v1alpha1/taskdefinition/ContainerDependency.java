package dev.ferry.api.v1alpha1.taskdefinition;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;

/** ECS {@code ContainerDependency}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ContainerDependency {

    /** ECS {@code ContainerCondition}. */
    public enum Condition {
        START, COMPLETE, SUCCESS, HEALTHY
    }

    @Required
    @Size(min = 1, max = 255)
    @JsonPropertyDescription("Name of the container of this task definition this container depends on.")
    public String containerName;

    @Required
    @JsonPropertyDescription("START: the dependency has started; COMPLETE: it has exited (any code); SUCCESS: it has exited with 0; "
            + "HEALTHY: its healthCheck passed. COMPLETE/SUCCESS → init containers; START/HEALTHY → sidecars started first.")
    public Condition condition;
}
