package dev.ferry.api.v1alpha1.targetgroup;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.ferry.api.v1alpha1.common.PascalCaseTag;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.fabric8.generator.annotation.ValidationRule;
import java.util.List;

/**
 * The ELBv2 CreateTargetGroup input, with ELBv2's PascalCase member names ({@code Name},
 * {@code Port}, {@code HealthCheckPath}, ...), plus {@code Attributes} as in
 * ModifyTargetGroupAttributes. Paste {@code aws elbv2 create-target-group --cli-input-json} input
 * here, or a {@code describe-target-groups} entry: its output-only members ({@code TargetGroupName},
 * {@code TargetGroupArn}, {@code LoadBalancerArns}) are accepted so they are not pruned silently.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@ValidationRule(
        value = "!has(self.Name) || !has(self.TargetGroupName) || self.Name == self.TargetGroupName",
        message = "spec.Name and spec.TargetGroupName must be equal when both are set")
public class TargetGroupSpec {
    public enum Protocol {
        HTTP,
        HTTPS,
        TCP,
        TLS,
        UDP,
        TCP_UDP,
        GENEVE
    }

    public enum ProtocolVersion {
        HTTP1,
        HTTP2,
        GRPC
    }

    public enum TargetType {
        @JsonProperty("instance")
        INSTANCE,
        @JsonProperty("ip")
        IP,
        @JsonProperty("lambda")
        LAMBDA,
        @JsonProperty("alb")
        ALB
    }

    public enum IpAddressType {
        @JsonProperty("ipv4")
        IPV4,
        @JsonProperty("ipv6")
        IPV6
    }

    @Size(max = 32)
    @Pattern("^[A-Za-z0-9]([A-Za-z0-9-]{0,30}[A-Za-z0-9])?$")
    @ValidationRule(value = "!self.startsWith('internal-')", message = "spec.Name must not start with internal-")
    @JsonProperty("Name")
    @JsonPropertyDescription("Target group name: up to 32 letters, digits and hyphens, not beginning or ending with a hyphen or beginning with internal-. Optional in Ferry: defaults to TargetGroupName, else metadata.name. Services refer to this TargetGroup by this name or by an ARN arn:aws:elasticloadbalancing:<region>:<account>:targetgroup/<Name>/<id>.")
    public String name;

    @JsonProperty("Protocol")
    @JsonPropertyDescription("Protocol to the targets: HTTP/HTTPS (ALB), TCP/TLS/UDP/TCP_UDP (NLB), GENEVE (GWLB) → the Kubernetes Service port protocol (TCP or UDP; TCP_UDP → two ports) and appProtocol. Not used for TargetType lambda.")
    public Protocol protocol;

    @JsonProperty("ProtocolVersion")
    @JsonPropertyDescription("HTTP1 (default), HTTP2 or GRPC for HTTP/HTTPS target groups → appProtocol http, kubernetes.io/h2c or grpc.")
    public ProtocolVersion protocolVersion;

    @Min(1)
    @Max(65535)
    @JsonProperty("Port")
    @JsonPropertyDescription("Port the targets receive traffic on, 1-65535 → the Kubernetes Service port. The ECS Service's loadBalancers[].containerPort is the targetPort.")
    public Integer port;

    @Size(max = 255)
    @JsonProperty("VpcId")
    @JsonPropertyDescription("VPC of the targets. Kubernetes has one cluster network: accepted and kept as an annotation.")
    public String vpcId;

    @JsonProperty("HealthCheckProtocol")
    @JsonPropertyDescription("HTTP, HTTPS or TCP (default: HTTP for ALB, TCP for NLB) → an httpGet (scheme HTTP/HTTPS) or tcpSocket readiness probe on the target containers.")
    public Protocol healthCheckProtocol;

    @Size(max = 16)
    @Pattern("^(traffic-port|[0-9]{1,5})$")
    @JsonProperty("HealthCheckPort")
    @JsonPropertyDescription("`traffic-port` (default: the port traffic arrives on, i.e. the container port) or a port number as a string → the probe port.")
    public String healthCheckPort;

    @JsonProperty("HealthCheckEnabled")
    @JsonPropertyDescription("Whether health checks run (default true; false gives targets state `unavailable` and no readiness probe from the target group).")
    public Boolean healthCheckEnabled;

    @Size(min = 1, max = 1024)
    @JsonProperty("HealthCheckPath")
    @JsonPropertyDescription("HTTP(S) health check path (default /), or the gRPC method path (default /AWS.ALB/healthcheck) → httpGet.path.")
    public String healthCheckPath;

    @Min(5)
    @Max(300)
    @JsonProperty("HealthCheckIntervalSeconds")
    @JsonPropertyDescription("Seconds between health checks, 5-300 (default 30) → probe periodSeconds.")
    public Integer healthCheckIntervalSeconds;

    @Min(2)
    @Max(120)
    @JsonProperty("HealthCheckTimeoutSeconds")
    @JsonPropertyDescription("Seconds without a response that fail a check, 2-120 (default 5 for HTTP, 10 for TCP/TLS/HTTPS, 30 for lambda) → probe timeoutSeconds.")
    public Integer healthCheckTimeoutSeconds;

    @Min(2)
    @Max(10)
    @JsonProperty("HealthyThresholdCount")
    @JsonPropertyDescription("Consecutive successes before an unhealthy target is healthy, 2-10 (default 5 for ALB/HTTP, 3 for NLB) → readiness successThreshold.")
    public Integer healthyThresholdCount;

    @Min(2)
    @Max(10)
    @JsonProperty("UnhealthyThresholdCount")
    @JsonPropertyDescription("Consecutive failures before a target is unhealthy, 2-10 (default 2) → readiness failureThreshold.")
    public Integer unhealthyThresholdCount;

    @JsonProperty("Matcher")
    @JsonPropertyDescription("Response codes that count as healthy (HttpCode for HTTP/HTTPS, GrpcCode for gRPC).")
    public Matcher matcher;

    @JsonProperty("TargetType")
    @JsonPropertyDescription("instance (default): targets are nodes (NodePort-style Service); ip: targets are pod IPs (awsvpc tasks, Fargate); lambda and alb have no Kubernetes equivalent and are reported.")
    public TargetType targetType;

    @Size(max = 50)
    @JsonProperty("Tags")
    @JsonPropertyDescription("Tags [{Key, Value}] (at most 50) → annotations (labels where valid) on the Kubernetes Service.")
    public List<PascalCaseTag> tags;

    @JsonProperty("IpAddressType")
    @JsonPropertyDescription("ipv4 (default) or ipv6 targets → the Service's ipFamilies.")
    public IpAddressType ipAddressType;

    @Size(max = 50)
    @JsonProperty("Attributes")
    @JsonPropertyDescription("Target group attributes [{Key, Value}] as in ModifyTargetGroupAttributes, e.g. deregistration_delay.timeout_seconds (→ preStop delay), stickiness.enabled + stickiness.type source_ip (→ sessionAffinity ClientIP). Attributes without a Kubernetes equivalent are reported.")
    public List<TargetGroupAttribute> attributes;

    @Size(max = 32)
    @Pattern("^[A-Za-z0-9]([A-Za-z0-9-]{0,30}[A-Za-z0-9])?$")
    @JsonProperty("TargetGroupName")
    @JsonPropertyDescription("The name as describe-target-groups prints it, accepted so its output can be pasted: used when Name is absent; when both are set they must be equal.")
    public String targetGroupName;

    @Size(max = 1600)
    @JsonProperty("TargetGroupArn")
    @JsonPropertyDescription("Output-only member of describe-target-groups, accepted so its output can be pasted and ignored: Ferry's own ARN is status.targetGroupArn.")
    public String targetGroupArn;

    @Size(max = 20)
    @JsonProperty("LoadBalancerArns")
    @JsonPropertyDescription("Output-only member of describe-target-groups, accepted so its output can be pasted and ignored: which load balancers route to the group follows from the Services that name it.")
    public List<String> loadBalancerArns;

    /** ELBv2 {@code Matcher}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class Matcher {
        @Size(max = 64)
        @Pattern("^[0-9]{3}(-[0-9]{3})?(,[0-9]{3}(-[0-9]{3})?)*$")
        @JsonProperty("HttpCode")
        @JsonPropertyDescription("HTTP codes: a value (200), a list (200,202) or a range (200-299); ALB 200-499, default 200. Kubernetes httpGet accepts 200-399, so other sets need an exec probe that checks the code.")
        public String httpCode;

        @Size(max = 64)
        @Pattern("^[0-9]{1,2}(-[0-9]{1,2})?(,[0-9]{1,2}(-[0-9]{1,2})?)*$")
        @JsonProperty("GrpcCode")
        @JsonPropertyDescription("gRPC status codes 0-99: a value, a list or a range (default 12) → a grpc probe accepts only OK (0): others are reported.")
        public String grpcCode;
    }

    /** ELBv2 {@code TargetGroupAttribute}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class TargetGroupAttribute {
        @Required
        @Size(max = 256)
        @Pattern("^[a-zA-Z0-9._]+$")
        @JsonProperty("Key")
        @JsonPropertyDescription("Attribute name, e.g. deregistration_delay.timeout_seconds, stickiness.enabled, slow_start.duration_seconds, load_balancing.algorithm.type.")
        public String key;

        @Size(max = 1024)
        @JsonProperty("Value")
        @JsonPropertyDescription("Attribute value, always a string as in ELBv2 (\"300\", \"true\").")
        public String value;

        public TargetGroupAttribute() {
        }

        public TargetGroupAttribute(String key, String value) {
            this.key = key;
            this.value = value;
        }
    }
}
