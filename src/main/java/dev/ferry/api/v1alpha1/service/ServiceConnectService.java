package dev.ferry.api.v1alpha1.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import java.util.List;

/** ECS {@code ServiceConnectService}: one endpoint a service publishes → one Kubernetes Service. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ServiceConnectService {
    @Required
    @Size(max = 64)
    @JsonPropertyDescription("Name of a portMappings[].name in the task definition's containers → the Kubernetes Service's named targetPort.")
    public String portName;

    @Size(max = 64)
    @JsonPropertyDescription("Cloud Map service name, up to 64 lowercase letters, digits, underscores and hyphens, not starting with a hyphen (default: portName) → the Kubernetes Service name (sanitised to DNS-1123).")
    public String discoveryName;

    @Size(max = 1)
    @JsonPropertyDescription("Names and ports clients use (at most one alias) → the Kubernetes Service port and, when dnsName differs from discoveryName, an extra Service named by dnsName.")
    public List<ServiceConnectClientAlias> clientAliases;

    @Min(0)
    @Max(65535)
    @JsonPropertyDescription("Port the Service Connect proxy listens on. Ferry runs no proxy: the Service targets the container port directly and this field is reported.")
    public Integer ingressPortOverride;

    @JsonPropertyDescription("Idle and per-request timeouts of the Service Connect proxy. Ferry runs no proxy: reported when set.")
    public TimeoutConfiguration timeout;

    @JsonPropertyDescription("TLS between Service Connect proxies (AWS Private CA). Not reproduced by Ferry (use a service mesh): reported when set.")
    public ServiceConnectTlsConfiguration tls;

    /** ECS {@code ServiceConnectClientAlias}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class ServiceConnectClientAlias {
        @Required
        @Min(0)
        @Max(65535)
        @JsonPropertyDescription("Port clients connect to → the Kubernetes Service port.")
        public Integer port;

        @Size(max = 255)
        @JsonPropertyDescription("DNS name clients use (default discoveryName.namespace). Ferry resolves the first label to a Kubernetes Service name in this namespace.")
        public String dnsName;

        @JsonPropertyDescription("Header rules that send test traffic to the new revision during blue/green deployments.")
        public ServiceConnectTestTrafficRules testTrafficRules;
    }

    /** ECS {@code ServiceConnectTestTrafficRules}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class ServiceConnectTestTrafficRules {
        @Required
        @JsonPropertyDescription("The HTTP header that marks test traffic.")
        public ServiceConnectTestTrafficHeaderRules header;
    }

    /** ECS {@code ServiceConnectTestTrafficHeaderRules}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class ServiceConnectTestTrafficHeaderRules {
        @Required
        @Size(max = 256)
        @JsonPropertyDescription("Header name, e.g. X-Test-Version.")
        public String name;

        @JsonPropertyDescription("How the header value must match.")
        public ServiceConnectTestTrafficHeaderMatchRules value;
    }

    /** ECS {@code ServiceConnectTestTrafficHeaderMatchRules}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class ServiceConnectTestTrafficHeaderMatchRules {
        @Required
        @Size(max = 1024)
        @JsonPropertyDescription("The exact header value that selects test traffic.")
        public String exact;
    }

    /** ECS {@code TimeoutConfiguration}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class TimeoutConfiguration {
        @Min(0)
        @JsonPropertyDescription("Seconds a connection may stay idle (0 disables; default 300 for HTTP/gRPC, 1 hour for TCP).")
        public Integer idleTimeoutSeconds;

        @Min(0)
        @JsonPropertyDescription("Seconds for the upstream to answer a whole request (0 disables; default 15; HTTP/gRPC only).")
        public Integer perRequestTimeoutSeconds;
    }

    /** ECS {@code ServiceConnectTlsConfiguration}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class ServiceConnectTlsConfiguration {
        @Required
        @JsonPropertyDescription("The certificate authority that issues the proxies' certificates.")
        public ServiceConnectTlsCertificateAuthority issuerCertificateAuthority;

        @Size(max = 1600)
        @JsonPropertyDescription("KMS key (ARN or alias) protecting the private keys.")
        public String kmsKey;

        @Size(max = 1600)
        @JsonPropertyDescription("IAM role ECS uses for the certificate authority.")
        public String roleArn;
    }

    /** ECS {@code ServiceConnectTlsCertificateAuthority}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class ServiceConnectTlsCertificateAuthority {
        @Size(max = 1600)
        @Pattern("^arn:aws[a-z-]*:acm-pca:.*$")
        @JsonPropertyDescription("ARN of the AWS Private CA authority.")
        public String awsPcaAuthorityArn;
    }
}
