package dev.ferry.translate.pod;

import dev.ferry.api.v1alpha1.taskdefinition.ContainerDefinition;
import dev.ferry.api.v1alpha1.taskdefinition.PortMapping;
import dev.ferry.api.v1alpha1.taskdefinition.TaskDefinitionSpec.NetworkMode;
import dev.ferry.translate.Names;
import io.fabric8.kubernetes.api.model.ContainerPort;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Translates portMappings.
 *
 * <p>Rules (docs/mapping/containers.md):
 * <ul>
 *   <li>{@code containerPort} → {@code ports[].containerPort}; {@code protocol} tcp/udp → TCP/UDP (always set).</li>
 *   <li>{@code name} → {@code ports[].name} by {@link #portName}; the TargetGroup and Service Connect translations
 *       find a port by calling it with the ECS name.</li>
 *   <li>{@code hostPort}: bridge with a fixed port → {@code hostPort}; bridge dynamic (0/absent) → none (the pod has
 *       its own IP); host → {@code hostPort = containerPort}; awsvpc → none (it must equal containerPort).</li>
 *   <li>{@code containerPortRange} → one port per number, at most {@link #MAX_RANGE_PORTS} per container.</li>
 *   <li>Duplicates (same containerPort, protocol and hostPort) merge into the first.</li>
 *   <li>{@code appProtocol} belongs on a Kubernetes Service port, not a container port: the Service translations read
 *       it from the spec ({@link #serviceAppProtocol}).</li>
 * </ul>
 */
public final class PortsStep implements PodStep {
    /** Ports a container's ranges expand to, at most; Kubernetes container ports are informational beyond this. */
    public static final int MAX_RANGE_PORTS = 100;
    /** IANA_SVC_NAME: at most 15 characters. */
    static final int PORT_NAME_MAX = 15;
    private static final int PORT_NAME_HASH = 6;
    private static final int PORT_NAME_BASE = PORT_NAME_MAX - PORT_NAME_HASH - 1;
    private static final Pattern IANA_SVC_NAME = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?");
    private static final Pattern RANGE = Pattern.compile("(\\d{1,5})-(\\d{1,5})");

    PortsStep() {
    }

    /**
     * The Kubernetes port name of an ECS port mapping name. A valid IANA service name (at most 15 of {@code [a-z0-9-]},
     * a letter among them, no leading, trailing or double {@code -}) stays as it is; any other name becomes its first
     * 8 characters lower-cased with runs of other characters as {@code -} (prefixed with {@code p} when no letter is
     * left), then {@code -} and 6 hex characters of the SHA-256 of the ECS name: {@code web_http} →
     * {@code web-http-<hash>}, {@code 8080} → {@code p8080-<hash>}. Deterministic, and two ECS names never share a
     * port name unless their hashes collide.
     */
    public static String portName(String ecsName) {
        if (isIanaServiceName(ecsName)) {
            return ecsName;
        }
        String base = cut(ecsName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+", ""));
        if (!base.matches(".*[a-z].*")) {
            base = cut("p" + base);
        }
        return base + "-" + Names.hash(ecsName).substring(0, PORT_NAME_HASH);
    }

    /** Kubernetes Service port {@code appProtocol} of an ECS appProtocol: http, kubernetes.io/h2c, grpc. */
    public static String serviceAppProtocol(PortMapping.AppProtocol appProtocol) {
        return switch (appProtocol) {
            case HTTP -> "http";
            case HTTP2 -> "kubernetes.io/h2c";
            case GRPC -> "grpc";
        };
    }

    static boolean isIanaServiceName(String name) {
        return name.length() <= PORT_NAME_MAX && IANA_SVC_NAME.matcher(name).matches() && !name.contains("--")
                && name.matches(".*[a-z].*");
    }

    private static String cut(String base) {
        String out = base.length() > PORT_NAME_BASE ? base.substring(0, PORT_NAME_BASE) : base;
        return out.replaceAll("-+$", "");
    }

    @Override
    public void apply(TaskInputs in, PodDraft draft) {
        NetworkMode mode = Specs.networkMode(in);
        Map<String, String> hostPorts = new HashMap<>();
        for (ContainerDefinition definition : Specs.containers(in.spec())) {
            List<PortMapping> mappings = Specs.list(definition.portMappings);
            String path = PodDraft.path(definition) + ".portMappings";
            if (mappings.isEmpty()) {
                continue;
            }
            if (mode == NetworkMode.NONE) {
                draft.violation(path, "networkMode none gives the task no network: ECS allows no port mappings with it; "
                        + "remove them or choose networkMode awsvpc");
                continue;
            }
            ContainerPorts ports = new ContainerPorts(draft, path);
            for (int i = 0; i < mappings.size(); i++) {
                if (mappings.get(i) != null) {
                    ports.add(mode, mappings.get(i), path + "[" + i + "]");
                }
            }
            for (ContainerPort port : ports.ports.values()) {
                if (port.getHostPort() != null) {
                    String key = port.getHostPort() + "/" + port.getProtocol();
                    String previous = hostPorts.putIfAbsent(key, PodDraft.path(definition));
                    if (previous != null) {
                        draft.violation(path, "hostPort " + key + " is also used by " + previous
                                + ": a host port can serve one container of the task");
                    }
                }
            }
            if (!ports.ports.isEmpty()) {
                draft.container(definition).setPorts(new ArrayList<>(ports.ports.values()));
            }
        }
    }

    @Override
    public Set<String> fields() {
        return Set.of("containerDefinitions[].portMappings");
    }

    /** The ports of one container, deduplicated by (containerPort, protocol, hostPort) in mapping order. */
    private static final class ContainerPorts {
        final PodDraft draft;
        final String path;
        final Map<String, ContainerPort> ports = new LinkedHashMap<>();
        /** Port key → field of the mapping that made it. */
        final Map<String, String> origin = new HashMap<>();
        /** Port name → key of the port it names. */
        final Map<String, String> names = new HashMap<>();
        int rangePorts;

        ContainerPorts(PodDraft draft, String path) {
            this.draft = draft;
            this.path = path;
        }

        void add(NetworkMode mode, PortMapping mapping, String field) {
            String protocol = mapping.protocol == PortMapping.Protocol.UDP ? "UDP" : "TCP";
            boolean dynamicHost = mapping.hostPort == null || mapping.hostPort == 0;
            List<Integer> numbers;
            if (mapping.containerPort != null && mapping.containerPortRange != null) {
                draft.violation(field, "containerPort and containerPortRange exclude each other: keep one");
                return;
            } else if (mapping.containerPort != null) {
                if (mapping.containerPort < 1 || mapping.containerPort > 65535) {
                    draft.violation(field + ".containerPort", mapping.containerPort + " is not a port: write 1-65535");
                    return;
                }
                numbers = List.of(mapping.containerPort);
            } else if (mapping.containerPortRange != null) {
                if (!dynamicHost) {
                    draft.violation(field + ".hostPort", "a containerPortRange takes no hostPort (ECS assigns the host "
                            + "ports of a range itself): remove hostPort");
                    return;
                }
                numbers = range(mapping.containerPortRange, field + ".containerPortRange");
                if (numbers == null) {
                    return;
                }
            } else {
                draft.violation(field, "needs containerPort or containerPortRange");
                return;
            }
            if (mapping.containerPort != null && !dynamicHost && mapping.hostPort != mapping.containerPort.intValue()
                    && (mode == NetworkMode.AWSVPC || mode == NetworkMode.HOST)) {
                draft.violation(field + ".hostPort", "with networkMode " + mode.name().toLowerCase(Locale.ROOT)
                        + " the hostPort must equal the containerPort (" + mapping.containerPort
                        + ") or be left out; got " + mapping.hostPort);
                return;
            }
            String name = mapping.name == null ? null : portName(mapping.name);
            String firstKey = key(numbers.get(0), protocol, hostPort(mode, mapping, numbers.get(0), dynamicHost));
            if (name != null && names.containsKey(name) && !names.get(name).equals(firstKey)) {
                draft.violation(field + ".name", "\"" + mapping.name + "\" is also the name of "
                        + origin.get(names.get(name)) + ", another port: port names must be unique in a container");
                return;
            }
            if (name != null && numbers.size() > 1) {
                draft.unsupported(field + ".name", "\"" + mapping.name + "\" names a range: Kubernetes names single "
                        + "ports, so the name goes to the first port of the range (" + numbers.get(0) + ") only");
            }
            for (int k = 0; k < numbers.size(); k++) {
                int number = numbers.get(k);
                put(number, protocol, hostPort(mode, mapping, number, dynamicHost), k == 0 ? name : null, mapping.name,
                        field);
            }
        }

        private static Integer hostPort(NetworkMode mode, PortMapping mapping, int number, boolean dynamicHost) {
            return switch (mode) {
                case HOST -> number;
                case BRIDGE -> dynamicHost ? null : mapping.hostPort;
                default -> null;
            };
        }

        private static String key(int number, String protocol, Integer hostPort) {
            return number + "/" + protocol + "/" + hostPort;
        }

        private void put(int number, String protocol, Integer hostPort, String name, String ecsName, String field) {
            String key = key(number, protocol, hostPort);
            ContainerPort existing = ports.get(key);
            if (existing == null) {
                ContainerPort port = new ContainerPort();
                port.setContainerPort(number);
                port.setProtocol(protocol);
                port.setHostPort(hostPort);
                port.setName(name);
                ports.put(key, port);
                origin.put(key, field);
                if (name != null) {
                    names.put(name, key);
                }
            } else if (name != null && existing.getName() == null) {
                existing.setName(name);
                names.put(name, key);
            } else if (name != null && !name.equals(existing.getName())) {
                draft.unsupported(field + ".name", "the mapping repeats " + origin.get(key) + " (port " + number + "/"
                        + protocol + "): Kubernetes keeps one port entry, named " + existing.getName() + ", so the name \""
                        + ecsName + "\" is not kept");
            }
        }

        /** The ports of a range {@code first-last}, the container's first {@link #MAX_RANGE_PORTS} at most. */
        private List<Integer> range(String value, String field) {
            Matcher m = RANGE.matcher(value.strip());
            if (!m.matches()) {
                draft.violation(field, "\"" + value + "\" is not a port range: write first-last, e.g. 8000-8010");
                return null;
            }
            int first = Integer.parseInt(m.group(1));
            int last = Integer.parseInt(m.group(2));
            if (first < 1 || last > 65535 || first > last) {
                draft.violation(field, "\"" + value + "\" is not a port range: write first-last with "
                        + "1 <= first <= last <= 65535");
                return null;
            }
            int room = MAX_RANGE_PORTS - rangePorts;
            int count = last - first + 1;
            int kept = Math.max(0, Math.min(count, room));
            rangePorts += kept;
            if (kept < count) {
                draft.unsupported(field, "\"" + value + "\" has " + count + " ports; Ferry lists at most "
                        + MAX_RANGE_PORTS + " range ports per container"
                        + (kept == 0 ? ", so none of these" : ", so " + first + "-" + (first + kept - 1))
                        + ". Container ports are informational in Kubernetes: the container still receives traffic on "
                        + "every port, but a port that is not listed cannot be referred to by a Service");
            }
            List<Integer> numbers = new ArrayList<>(kept);
            for (int p = first; p < first + kept; p++) {
                numbers.add(p);
            }
            return numbers.isEmpty() ? null : numbers;
        }
    }
}
