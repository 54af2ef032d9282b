package dev.ferry.api.v1alpha1.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** A field Ferry accepted but could not honour, reported on status instead of being dropped silently. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class UnsupportedField {
    @JsonPropertyDescription("Path of the field in spec, e.g. spec.containerDefinitions[app].ulimits.")
    public String field;

    @JsonPropertyDescription("Why Ferry does not honour it on Kubernetes, and what (if anything) it does instead.")
    public String reason;

    public UnsupportedField() {
    }

    public UnsupportedField(String field, String reason) {
        this.field = field;
        this.reason = reason;
    }
}
