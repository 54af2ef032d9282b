package dev.ferry.api.v1alpha1.taskdefinition;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Pattern;

/** ECS {@code PortMapping}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class PortMapping {

    /** ECS {@code TransportProtocol}. */
    public enum Protocol {
        @JsonProperty("tcp")
        TCP,
        @JsonProperty("udp")
        UDP
    }

    /** ECS {@code ApplicationProtocol}. */
    public enum AppProtocol {
        @JsonProperty("http")
        HTTP,
        @JsonProperty("http2")
        HTTP2,
        @JsonProperty("grpc")
        GRPC
    }

    @Min(0)
    @Max(65535)
    @JsonPropertyDescription("Port the container listens on → ports[].containerPort.")
    public Integer containerPort;

    @Min(0)
    @Max(65535)
    @JsonPropertyDescription("Port on the host (bridge/host network modes; 0 or absent = dynamic in bridge mode; "
            + "with awsvpc it must equal containerPort or be absent) → hostPort only for a fixed port in host/bridge mode.")
    public Integer hostPort;

    @JsonPropertyDescription("tcp (default) or udp → ports[].protocol TCP/UDP.")
    public Protocol protocol;

    @Pattern("^[a-z0-9_][a-z0-9_-]{0,63}$")
    @JsonPropertyDescription("Port name used by Service Connect: up to 64 lowercase letters, digits, `_` and `-`, not starting with `-` "
            + "→ ports[].name (shortened to a valid IANA service name by a documented rule).")
    public String name;

    @JsonPropertyDescription("Application protocol http, http2 or grpc (Service Connect) → appProtocol of the Kubernetes Service port "
            + "(http, kubernetes.io/h2c, grpc).")
    public AppProtocol appProtocol;

    @Pattern("^[0-9]{1,5}-[0-9]{1,5}$")
    @JsonPropertyDescription("A range of container ports `first-last` (no hostPort with it) → one container port per number.")
    public String containerPortRange;
}
