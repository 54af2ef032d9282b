package dev.ferry.api.v1alpha1.taskdefinition;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;

/** ECS {@code HostEntry}: one /etc/hosts line. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class HostEntry {
    @Required
    @JsonPropertyDescription("Hostname → hostAliases[].hostnames.")
    public String hostname;

    @Required
    @JsonPropertyDescription("IP address the hostname resolves to → hostAliases[].ip.")
    public String ipAddress;
}
