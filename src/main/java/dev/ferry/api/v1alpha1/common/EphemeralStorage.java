package dev.ferry.api.v1alpha1.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;

/** ECS {@code EphemeralStorage}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class EphemeralStorage {
    @Min(20)
    @Max(200)
    @JsonPropertyDescription("Task ephemeral storage in GiB (Fargate: 21-200, default 20) → the pod's ephemeral-storage limit.")
    public Integer sizeInGiB;
}
