package dev.ferry.api.v1alpha1.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** ECS {@code PlacementStrategy}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class PlacementStrategy {
    public enum Type {
        @JsonProperty("random")
        RANDOM,
        @JsonProperty("spread")
        SPREAD,
        @JsonProperty("binpack")
        BINPACK
    }

    @JsonPropertyDescription("random: default scheduling. spread: topology spread over `field` (attribute:ecs.availability-zone → zone, instanceId/host → node). binpack: reported (needs a MostAllocated scheduler profile).")
    public Type type;

    @JsonPropertyDescription("The field to apply the strategy to: for spread `instanceId`, `host` or `attribute:ecs.availability-zone`; for binpack `cpu` or `memory`.")
    public String field;
}
