package dev.ferry.api.v1alpha1.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** ECS {@code EnvironmentFile}: an S3 object holding a .env file. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class EnvironmentFile {
    @JsonPropertyDescription("ARN of the S3 object, e.g. arn:aws:s3:::bucket/app.env. Ferry maps it to a ConfigMap by a documented naming rule and never reads S3.")
    public String value;

    @JsonPropertyDescription("File type; only `s3` exists.")
    public Type type;

    public enum Type {
        @com.fasterxml.jackson.annotation.JsonProperty("s3")
        S3
    }
}
