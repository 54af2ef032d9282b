package dev.ferry.api.v1alpha1.taskdefinition;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * ECS {@code Attribute}, as listed in {@code requiresAttributes} of describe-task-definition output.
 * Output-only: accepted so that a pasted task definition is valid, and ignored; hence no constraints.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class Attribute {
    @JsonPropertyDescription("Attribute name, e.g. com.amazonaws.ecs.capability.logging-driver.awslogs.")
    public String name;

    @JsonPropertyDescription("Attribute value, if any.")
    public String value;

    @JsonPropertyDescription("Type of the target the attribute applies to (container-instance).")
    public String targetType;

    @JsonPropertyDescription("ID of the target.")
    public String targetId;
}
