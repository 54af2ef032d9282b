package dev.ferry.api.v1alpha1.taskdefinition;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.ferry.api.v1alpha1.common.KeyValuePair;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import java.util.List;

/** ECS {@code ProxyConfiguration} (App Mesh). No Kubernetes equivalent: reported by Ferry. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ProxyConfiguration {

    /** ECS {@code ProxyConfigurationType}. */
    public enum Type {
        APPMESH
    }

    @JsonPropertyDescription("Proxy type; only APPMESH exists (the ECS default).")
    public Type type;

    @Required
    @JsonPropertyDescription("Name of the container of this task that serves as the App Mesh proxy.")
    public String containerName;

    @Size(max = 20)
    @JsonPropertyDescription("Proxy properties (name/value): IgnoredUID, IgnoredGID, AppPorts, ProxyIngressPort, ProxyEgressPort, "
            + "EgressIgnoredPorts, EgressIgnoredIPs.")
    public List<KeyValuePair> properties;
}
