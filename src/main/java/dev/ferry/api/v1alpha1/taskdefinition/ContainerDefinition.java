package dev.ferry.api.v1alpha1.taskdefinition;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.ferry.api.v1alpha1.common.EnvironmentFile;
import dev.ferry.api.v1alpha1.common.KeyValuePair;
import dev.ferry.api.v1alpha1.common.ResourceRequirement;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.fabric8.generator.annotation.ValidationRule;
import java.util.List;
import java.util.Map;

/** ECS {@code ContainerDefinition}: one container of the task. */
@ValidationRule(
        value = "!has(self.memory) || !has(self.memoryReservation) || self.memory > self.memoryReservation",
        message = "memory must be greater than memoryReservation")
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ContainerDefinition {

    /** ECS {@code VersionConsistency}. */
    public enum VersionConsistency {
        @JsonProperty("enabled")
        ENABLED,
        @JsonProperty("disabled")
        DISABLED
    }

    @Required
    @Size(min = 1, max = 255)
    @Pattern("^[A-Za-z0-9_-]{1,255}$")
    @JsonPropertyDescription("Container name, unique in the task: up to 255 letters, digits, hyphens and underscores. "
            + "The Kubernetes container name is derived from it (lower-cased, `_` → `-`, hash-suffixed when shortened).")
    public String name;

    @Required
    @JsonPropertyDescription("Image reference, `repository:tag` or `repository@sha256:digest` → the container image.")
    public String image;

    @JsonPropertyDescription("Private registry credentials (a Secrets Manager secret) → an imagePullSecret named by a documented rule.")
    public RepositoryCredentials repositoryCredentials;

    @Min(0)
    @JsonPropertyDescription("CPU units reserved for the container (1024 = 1 vCPU), a relative weight on Linux "
            + "→ requests.cpu in millicores (units × 1000 / 1024, rounded up).")
    public Integer cpu;

    @Min(0)
    @JsonPropertyDescription("Hard memory limit in MiB; the container is killed above it → limits.memory "
            + "(and requests.memory when memoryReservation is not set). Must be greater than memoryReservation.")
    public Integer memory;

    @Min(0)
    @JsonPropertyDescription("Soft memory limit (reservation) in MiB → requests.memory.")
    public Integer memoryReservation;

    @Size(max = 10)
    @JsonPropertyDescription("Legacy links `name` or `name:alias` to other containers (bridge network mode). "
            + "Containers of a pod share localhost; an alias becomes a hostAliases entry for 127.0.0.1.")
    public List<String> links;

    @Size(max = 100)
    @JsonPropertyDescription("Ports the container exposes → container ports (hostPort only for host/bridge with a fixed port).")
    public List<PortMapping> portMappings;

    @JsonPropertyDescription("Whether the task stops when this container stops. ECS default true; at least one container "
            + "of the task must be essential.")
    public Boolean essential;

    @JsonPropertyDescription("In-place restart policy of the container (restart on exit, except for ignored exit codes).")
    public ContainerRestartPolicy restartPolicy;

    @Size(max = 256)
    @JsonPropertyDescription("Docker ENTRYPOINT override → Kubernetes `command` (not args).")
    public List<String> entryPoint;

    @Size(max = 256)
    @JsonPropertyDescription("Docker CMD override → Kubernetes `args` (not command). Each item stays one argument.")
    public List<String> command;

    @Size(max = 1000)
    @JsonPropertyDescription("Environment variables → env (a literal `$(` is escaped so Kubernetes does not expand it). "
            + "They win over environmentFiles.")
    public List<KeyValuePair> environment;

    @Size(max = 10)
    @JsonPropertyDescription("Up to 10 S3 .env files → envFrom of a ConfigMap named by a documented rule; Ferry never reads S3.")
    public List<EnvironmentFile> environmentFiles;

    @Size(max = 100)
    @JsonPropertyDescription("Mounts of task volumes (spec.volumes) into the container → volumeMounts.")
    public List<MountPoint> mountPoints;

    @Size(max = 10)
    @JsonPropertyDescription("Mount every volume of another container of the task → the same volumeMounts in this container.")
    public List<VolumeFrom> volumesFrom;

    @JsonPropertyDescription("Linux-specific options: capabilities, devices, init process, /dev/shm size, tmpfs, swap.")
    public LinuxParameters linuxParameters;

    @Size(max = 1000)
    @JsonPropertyDescription("Environment variables from Secrets Manager or SSM Parameter Store → env valueFrom.secretKeyRef "
            + "of a Secret named by a documented rule; Ferry never reads secret values.")
    public List<Secret> secrets;

    @Size(max = 10)
    @JsonPropertyDescription("Startup and shutdown dependencies on other containers of this task "
            + "(COMPLETE/SUCCESS → init containers, START/HEALTHY → sidecars started first).")
    public List<ContainerDependency> dependsOn;

    @Min(0)
    @JsonPropertyDescription("Seconds to wait for this container's dependencies to be met before giving up (FARGATE: 2-120).")
    public Integer startTimeout;

    @Min(0)
    @JsonPropertyDescription("Seconds between SIGTERM and SIGKILL (ECS default 30, FARGATE max 120) "
            + "→ the pod's terminationGracePeriodSeconds (maximum over the containers).")
    public Integer stopTimeout;

    @JsonPropertyDescription("enabled (ECS default): ECS resolves the image tag to a digest at deployment; disabled: it does not. "
            + "Ferry uses the image reference as given: reported when enabled explicitly.")
    public VersionConsistency versionConsistency;

    @JsonPropertyDescription("Container hostname (not with awsvpc) → the pod's hostname.")
    public String hostname;

    @JsonPropertyDescription("User to run as: `user`, `uid`, `uid:gid`, `user:group`... Numeric forms → securityContext "
            + "runAsUser/runAsGroup; names are reported.")
    public String user;

    @JsonPropertyDescription("Working directory → workingDir.")
    public String workingDirectory;

    @JsonPropertyDescription("Disables networking in the container. No per-container equivalent in Kubernetes: reported.")
    public Boolean disableNetworking;

    @JsonPropertyDescription("Privileged container (not on FARGATE) → securityContext.privileged, where the operator's policy allows it.")
    public Boolean privileged;

    @JsonPropertyDescription("Read-only root filesystem → securityContext.readOnlyRootFilesystem.")
    public Boolean readonlyRootFilesystem;

    @Size(max = 10)
    @JsonPropertyDescription("DNS servers (not on FARGATE) → the pod's dnsConfig.nameservers (Kubernetes allows 3).")
    public List<String> dnsServers;

    @Size(max = 10)
    @JsonPropertyDescription("DNS search domains (not on FARGATE) → the pod's dnsConfig.searches.")
    public List<String> dnsSearchDomains;

    @Size(max = 100)
    @JsonPropertyDescription("Extra /etc/hosts entries (not with awsvpc) → the pod's hostAliases.")
    public List<HostEntry> extraHosts;

    @Size(max = 20)
    @JsonPropertyDescription("Docker security options: `no-new-privileges`, `apparmor:PROFILE`, `label:...`, `credentialspec:...` "
            + "→ the matching securityContext fields where one exists; the rest are reported.")
    public List<String> dockerSecurityOptions;

    @JsonPropertyDescription("Keep stdin open (docker run -i) → stdin.")
    public Boolean interactive;

    @JsonPropertyDescription("Allocate a TTY (docker run -t) → tty.")
    public Boolean pseudoTerminal;

    @JsonPropertyDescription("Docker labels → pod annotations (labels where key and value are valid label syntax).")
    public Map<String, String> dockerLabels;

    @Size(max = 20)
    @JsonPropertyDescription("Resource limits (ulimits) of the container. No Kubernetes equivalent: reported.")
    public List<Ulimit> ulimits;

    @JsonPropertyDescription("Log driver and options. Kubernetes collects stdout/stderr; awslogs group/stream options are kept "
            + "as annotations, other drivers are reported.")
    public LogConfiguration logConfiguration;

    @JsonPropertyDescription("Container health check → exec liveness (and readiness) probes; startPeriod → a startupProbe.")
    public HealthCheck healthCheck;

    @Size(max = 100)
    @JsonPropertyDescription("Namespaced kernel parameters → the pod's securityContext.sysctls (safe ones; others reported).")
    public List<SystemControl> systemControls;

    @Size(max = 3)
    @JsonPropertyDescription("GPU, InferenceAccelerator or NeuronDevice requirements; GPU → limits nvidia.com/gpu, others reported.")
    public List<ResourceRequirement> resourceRequirements;

    @JsonPropertyDescription("Makes this container the FireLens log router of the task. Reported (no Fluent Bit sidecar is injected).")
    public FirelensConfiguration firelensConfiguration;

    @Size(max = 1)
    @JsonPropertyDescription("At most one Windows gMSA credential spec (`credentialspec:ARN` or `credentialspecdomainless:ARN`) "
            + "→ securityContext.windowsOptions.gmsaCredentialSpecName where it maps.")
    public List<String> credentialSpecs;
}
