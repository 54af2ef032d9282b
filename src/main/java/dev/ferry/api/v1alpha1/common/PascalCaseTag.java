package dev.ferry.api.v1alpha1.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;

/**
 * The {@code Tag} of the ELBv2 and EventBridge APIs, which spell its members {@code Key} and
 * {@code Value} (ECS's own {@link Tag} uses lower-case {@code key}/{@code value}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class PascalCaseTag {
    @Required
    @Size(min = 1, max = 128)
    @JsonProperty("Key")
    @JsonPropertyDescription("Tag key, 1-128 characters. Ferry copies tags to annotations of the objects it creates (labels where key and value are valid label syntax).")
    public String key;

    @Size(max = 256)
    @JsonProperty("Value")
    @JsonPropertyDescription("Tag value, up to 256 characters.")
    public String value;

    public PascalCaseTag() {
    }

    public PascalCaseTag(String key, String value) {
        this.key = key;
        this.value = value;
    }
}
