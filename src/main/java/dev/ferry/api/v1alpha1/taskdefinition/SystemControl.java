package dev.ferry.api.v1alpha1.taskdefinition;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** ECS {@code SystemControl}: a namespaced kernel parameter (sysctl). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class SystemControl {
    @JsonPropertyDescription("The sysctl name, e.g. net.ipv4.tcp_keepalive_time → securityContext.sysctls[].name.")
    public String namespace;

    @JsonPropertyDescription("The sysctl value → securityContext.sysctls[].value.")
    public String value;
}
