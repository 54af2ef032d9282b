package dev.ferry.api.v1alpha1.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** ECS {@code Tag} (lower-case {@code key}/{@code value}, as the ECS API spells it). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class Tag {
    @JsonPropertyDescription("Tag key, up to 128 characters. Ferry copies tags to annotations of the objects it creates (labels where the key and value are valid label syntax).")
    public String key;

    @JsonPropertyDescription("Tag value, up to 256 characters.")
    public String value;
}
