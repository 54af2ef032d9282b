package dev.ferry.api.v1alpha1.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.kubernetes.api.model.Condition;
import java.util.ArrayList;
import java.util.List;

/** What every Ferry status carries besides its ECS fields: Kubernetes conditions and unhonoured fields. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public abstract class FerryStatus {
    @JsonPropertyDescription("The metadata.generation of the spec this status describes.")
    public Long observedGeneration;

    @JsonPropertyDescription("Kubernetes conditions: Ready (and, where meaningful, Progressing and Degraded), each with observedGeneration.")
    public List<Condition> conditions = new ArrayList<>();

    @JsonPropertyDescription("Fields of spec Ferry accepted but cannot honour on Kubernetes, with the reason. Never silently dropped.")
    public List<UnsupportedField> unsupportedFields;
}
