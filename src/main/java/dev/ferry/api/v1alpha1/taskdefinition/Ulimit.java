package dev.ferry.api.v1alpha1.taskdefinition;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;

/** ECS {@code Ulimit}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class Ulimit {

    /** ECS {@code UlimitName}. */
    public enum Name {
        @JsonProperty("core")
        CORE,
        @JsonProperty("cpu")
        CPU,
        @JsonProperty("data")
        DATA,
        @JsonProperty("fsize")
        FSIZE,
        @JsonProperty("locks")
        LOCKS,
        @JsonProperty("memlock")
        MEMLOCK,
        @JsonProperty("msgqueue")
        MSGQUEUE,
        @JsonProperty("nice")
        NICE,
        @JsonProperty("nofile")
        NOFILE,
        @JsonProperty("nproc")
        NPROC,
        @JsonProperty("rss")
        RSS,
        @JsonProperty("rtprio")
        RTPRIO,
        @JsonProperty("rttime")
        RTTIME,
        @JsonProperty("sigpending")
        SIGPENDING,
        @JsonProperty("stack")
        STACK
    }

    @Required
    @JsonPropertyDescription("Which resource the limit applies to, e.g. nofile (FARGATE default soft and hard 65535).")
    public Name name;

    @Required
    @JsonPropertyDescription("Soft limit.")
    public Integer softLimit;

    @Required
    @JsonPropertyDescription("Hard limit.")
    public Integer hardLimit;
}
