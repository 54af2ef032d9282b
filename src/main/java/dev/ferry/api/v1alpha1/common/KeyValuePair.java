package dev.ferry.api.v1alpha1.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** ECS {@code KeyValuePair}: an environment variable. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class KeyValuePair {
    @JsonPropertyDescription("The name of the environment variable.")
    public String name;

    @JsonPropertyDescription("The value of the environment variable.")
    public String value;

    public KeyValuePair() {
    }

    public KeyValuePair(String name, String value) {
        this.name = name;
        this.value = value;
    }
}
