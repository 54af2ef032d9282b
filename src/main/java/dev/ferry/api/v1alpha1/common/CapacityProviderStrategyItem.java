package dev.ferry.api.v1alpha1.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Required;

/** ECS {@code CapacityProviderStrategyItem}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class CapacityProviderStrategyItem {
    @Required
    @JsonPropertyDescription("Name of a capacity provider of the Cluster (FARGATE, FARGATE_SPOT or one declared in the Cluster's spec.ferry.capacityProviders).")
    public String capacityProvider;

    @Min(0)
    @Max(1000)
    @JsonPropertyDescription("Relative share of tasks beyond `base` placed on this provider (0-1000). Weight 0 gets no tasks beyond base.")
    public Integer weight;

    @Min(0)
    @Max(100000)
    @JsonPropertyDescription("Minimum number of tasks placed on this provider before weights apply (0-100000). Only one item of a strategy may set base.")
    public Integer base;
}
