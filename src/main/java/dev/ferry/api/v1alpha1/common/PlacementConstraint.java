package dev.ferry.api.v1alpha1.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** ECS {@code PlacementConstraint} / {@code TaskDefinitionPlacementConstraint}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class PlacementConstraint {
    public enum Type {
        @JsonProperty("distinctInstance")
        DISTINCT_INSTANCE,
        @JsonProperty("memberOf")
        MEMBER_OF
    }

    @JsonPropertyDescription("distinctInstance: each task on a different node (required pod anti-affinity on kubernetes.io/hostname). memberOf: nodes matching `expression` (node affinity). Task definitions accept memberOf only.")
    public Type type;

    @JsonPropertyDescription("Cluster query language expression for memberOf, e.g. `attribute:ecs.instance-type =~ t2.*`. Ferry translates a documented subset to node affinity and reports the rest.")
    public String expression;
}
