package dev.ferry.translate.pod;

import dev.ferry.translate.Names;
import dev.ferry.api.v1alpha1.taskdefinition.ContainerDefinition;
import dev.ferry.api.v1alpha1.taskdefinition.HostEntry;
import dev.ferry.api.v1alpha1.taskdefinition.TaskDefinitionSpec.IpcMode;
import dev.ferry.api.v1alpha1.taskdefinition.TaskDefinitionSpec.NetworkMode;
import dev.ferry.api.v1alpha1.taskdefinition.TaskDefinitionSpec.PidMode;
import io.fabric8.kubernetes.api.model.HostAlias;
import io.fabric8.kubernetes.api.model.PodDNSConfig;
import io.fabric8.kubernetes.api.model.PodSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Translates networkMode, pidMode, ipcMode, hostname, dnsServers, dnsSearchDomains, extraHosts, links, disableNetworking. */
final class NetworkStep implements PodStep {
    /** Kubernetes allows at most this many nameservers in dnsConfig. */
    static final int MAX_NAMESERVERS = 3;
    private static final Pattern IPV4 = Pattern.compile(
            "((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
    private static final String LOOPBACK = "127.0.0.1";

    @Override
    public void apply(TaskInputs in, PodDraft draft) {
        PodSpec pod = draft.pod();
        boolean serverless = in.capacity().serverless();
        NetworkMode mode = Specs.networkMode(in);
        networkMode(mode, serverless, draft);
        pidMode(in.spec().pidMode, serverless, pod, draft);
        ipcMode(in.spec().ipcMode, serverless, pod, draft);

        Map<String, Set<String>> aliases = new LinkedHashMap<>();
        Dns dns = new Dns();
        String hostnameOwner = null;
        for (ContainerDefinition definition : Specs.containers(in.spec())) {
            String path = PodDraft.path(definition);
            hostnameOwner = hostname(definition, mode, path + ".hostname", hostnameOwner, pod, draft);
            dns.add(definition, serverless, path, draft);
            extraHosts(definition, serverless, path + ".extraHosts", aliases, draft);
            links(in, definition, mode, serverless, path + ".links", aliases, draft);
            if (Specs.isTrue(definition.disableNetworking)) {
                if (serverless) {
                    draft.violation(path + ".disableNetworking", "FARGATE capacity does not support disableNetworking:"
                            + " remove it");
                } else {
                    draft.unsupported(path + ".disableNetworking", "Kubernetes containers share the pod's network:"
                            + " networking cannot be disabled for one container");
                }
            }
        }
        dns.apply(in, pod, draft);
        if (!aliases.isEmpty()) {
            List<HostAlias> hostAliases = new ArrayList<>(pod.getHostAliases());
            aliases.forEach((ip, names) -> {
                HostAlias alias = new HostAlias();
                alias.setIp(ip);
                alias.setHostnames(List.copyOf(names));
                hostAliases.add(alias);
            });
            pod.setHostAliases(hostAliases);
        }
    }

    @Override
    public Set<String> fields() {
        return Set.of("networkMode", "pidMode", "ipcMode",
                "containerDefinitions[].hostname",
                "containerDefinitions[].dnsServers",
                "containerDefinitions[].dnsSearchDomains",
                "containerDefinitions[].extraHosts",
                "containerDefinitions[].links",
                "containerDefinitions[].disableNetworking");
    }

    private static void networkMode(NetworkMode mode, boolean serverless, PodDraft draft) {
        if (mode == NetworkMode.AWSVPC) {
            return;
        }
        if (serverless) {
            draft.violation("spec.networkMode", "FARGATE capacity supports networkMode awsvpc only: write awsvpc"
                    + " (Kubernetes gives every pod its own network either way) or run on EC2 capacity");
            return;
        }
        switch (mode) {
            case HOST -> {
                draft.pod().setHostNetwork(true);
                draft.pod().setDnsPolicy("ClusterFirstWithHostNet");
            }
            case NONE -> draft.unsupported("spec.networkMode", "Kubernetes always gives a pod a network interface;"
                    + " Ferry emits no deny-all NetworkPolicy, so the task can reach and be reached on the pod network");
            default -> {
                // bridge: the pod network; containers reach each other on localhost.
            }
        }
    }

    private static void pidMode(PidMode mode, boolean serverless, PodSpec pod, PodDraft draft) {
        if (mode == PidMode.HOST) {
            if (serverless) {
                draft.violation("spec.pidMode", "FARGATE capacity supports pidMode task only");
                return;
            }
            pod.setHostPID(true);
            // Kubernetes rejects shareProcessNamespace with hostPID; the host's init reaps orphans there.
            pod.setShareProcessNamespace(null);
        } else if (mode == PidMode.TASK) {
            pod.setShareProcessNamespace(true);
        }
    }

    private static void ipcMode(IpcMode mode, boolean serverless, PodSpec pod, PodDraft draft) {
        if (mode == null) {
            return;
        }
        if (serverless) {
            draft.violation("spec.ipcMode", "FARGATE capacity does not support ipcMode: remove it (containers of a"
                    + " Kubernetes pod share an IPC namespace anyway)");
            return;
        }
        switch (mode) {
            case HOST -> pod.setHostIPC(true);
            case NONE -> draft.unsupported("spec.ipcMode", "containers of a Kubernetes pod always share the pod's IPC"
                    + " namespace: a private IPC namespace per container is not possible");
            default -> {
                // task: the pod's shared IPC namespace is the Kubernetes default.
            }
        }
    }

    /** The first container's hostname becomes the pod's; returns the ECS name of the container that set it. */
    private static String hostname(ContainerDefinition definition, NetworkMode mode, String path, String owner,
            PodSpec pod, PodDraft draft) {
        String hostname = definition.hostname;
        if (hostname == null || hostname.isEmpty()) {
            return owner;
        }
        if (mode == NetworkMode.AWSVPC) {
            draft.unsupported(path, "ECS does not accept hostname with networkMode awsvpc; the pod's name is its"
                    + " hostname");
            return owner;
        }
        if (mode == NetworkMode.HOST) {
            draft.unsupported(path, "with networkMode host the task has the node's hostname");
            return owner;
        }
        if (!Names.isDnsLabel(hostname)) {
            draft.unsupported(path, hostname + " is not a valid Kubernetes hostname (a lower-case DNS-1123 label of at"
                    + " most 63 characters): the pod's name is its hostname");
            return owner;
        }
        if (owner == null) {
            pod.setHostname(hostname);
            return definition.name;
        }
        if (!hostname.equals(pod.getHostname())) {
            draft.unsupported(path, "a Kubernetes pod has one hostname: " + pod.getHostname() + " of container "
                    + owner + " applies to every container");
        }
        return owner;
    }

    private static void extraHosts(ContainerDefinition definition, boolean serverless, String path,
            Map<String, Set<String>> aliases, PodDraft draft) {
        List<HostEntry> entries = Specs.list(definition.extraHosts);
        if (entries.isEmpty()) {
            return;
        }
        if (serverless) {
            draft.violation(path, "FARGATE capacity does not support extraHosts: remove them");
            return;
        }
        for (int i = 0; i < entries.size(); i++) {
            HostEntry entry = entries.get(i);
            String at = path + "[" + i + "]";
            if (entry.ipAddress == null || !isIp(entry.ipAddress)) {
                draft.violation(at + ".ipAddress", entry.ipAddress + " is not an IP address");
                continue;
            }
            String hostname = entry.hostname == null ? "" : entry.hostname.toLowerCase(Locale.ROOT);
            if (!MetadataSyntax.isDnsSubdomain(hostname)) {
                draft.unsupported(at + ".hostname", entry.hostname + " is not a valid Kubernetes host alias"
                        + " (a DNS-1123 subdomain): no /etc/hosts entry");
                continue;
            }
            aliases.computeIfAbsent(entry.ipAddress, ip -> new LinkedHashSet<>()).add(hostname);
        }
    }

    /** Links {@code name[:alias]}: containers of a pod share localhost, so the names resolve to 127.0.0.1. */
    private static void links(TaskInputs in, ContainerDefinition definition, NetworkMode mode, boolean serverless,
            String path, Map<String, Set<String>> aliases, PodDraft draft) {
        List<String> links = Specs.list(definition.links);
        if (links.isEmpty()) {
            return;
        }
        if (serverless) {
            draft.violation(path, "FARGATE capacity does not support links: remove them (containers of a task reach"
                    + " each other on localhost)");
            return;
        }
        if (mode != NetworkMode.BRIDGE) {
            draft.unsupported(path, "links need networkMode bridge; containers of the pod reach each other on"
                    + " localhost");
            return;
        }
        Set<String> containers = new LinkedHashSet<>();
        Specs.containers(in.spec()).forEach(d -> containers.add(d.name));
        for (int i = 0; i < links.size(); i++) {
            String link = links.get(i) == null ? "" : links.get(i);
            String at = path + "[" + i + "]";
            String[] parts = link.split(":", -1);
            if (parts.length > 2 || !containers.contains(parts[0]) || parts[0].equals(definition.name)) {
                draft.violation(at, "link " + link + " must be name or name:alias of another container of this task");
                continue;
            }
            List<String> names = new ArrayList<>();
            names.add(parts[0]);
            if (parts.length == 2 && !parts[1].isEmpty()) {
                names.add(parts[1]);
            }
            for (String name : names) {
                String hostname = name.toLowerCase(Locale.ROOT);
                if (MetadataSyntax.isDnsSubdomain(hostname)) {
                    aliases.computeIfAbsent(LOOPBACK, ip -> new LinkedHashSet<>()).add(hostname);
                } else {
                    draft.unsupported(at, name + " is not a valid Kubernetes host alias (a DNS-1123 subdomain):"
                            + " reach that container on localhost");
                }
            }
        }
    }

    static boolean isIp(String value) {
        return IPV4.matcher(value).matches() || (IPV6.matcher(value).matches() && value.length() <= 45);
    }

    /** dnsServers and dnsSearchDomains: per container in ECS, per pod in Kubernetes; the first container's apply. */
    private static final class Dns {
        private List<String> servers;
        private String serversOwner;
        private List<String> searches;
        private String searchesOwner;
        private String serversPath;
        private String searchesPath;

        void add(ContainerDefinition definition, boolean serverless, String path, PodDraft draft) {
            List<String> s = Specs.list(definition.dnsServers);
            List<String> d = Specs.list(definition.dnsSearchDomains);
            if (serverless) {
                if (!s.isEmpty()) {
                    draft.violation(path + ".dnsServers", "FARGATE capacity does not support dnsServers: remove them");
                }
                if (!d.isEmpty()) {
                    draft.violation(path + ".dnsSearchDomains", "FARGATE capacity does not support dnsSearchDomains:"
                            + " remove them");
                }
                return;
            }
            if (!s.isEmpty()) {
                List<String> valid = new ArrayList<>();
                for (int i = 0; i < s.size(); i++) {
                    if (s.get(i) == null || !isIp(s.get(i))) {
                        draft.violation(path + ".dnsServers[" + i + "]", s.get(i) + " is not an IP address");
                    } else if (!valid.contains(s.get(i))) {
                        valid.add(s.get(i));
                    }
                }
                if (servers == null) {
                    servers = valid;
                    serversOwner = definition.name;
                    serversPath = path + ".dnsServers";
                } else if (!servers.equals(valid)) {
                    draft.unsupported(path + ".dnsServers", "DNS settings apply to the whole pod in Kubernetes: the"
                            + " dnsServers of container " + serversOwner + " apply");
                }
            }
            if (!d.isEmpty()) {
                List<String> valid = new ArrayList<>();
                for (int i = 0; i < d.size(); i++) {
                    String domain = d.get(i) == null ? "" : d.get(i).trim().toLowerCase(Locale.ROOT);
                    String bare = domain.endsWith(".") ? domain.substring(0, domain.length() - 1) : domain;
                    if (!MetadataSyntax.isDnsSubdomain(bare)) {
                        draft.unsupported(path + ".dnsSearchDomains[" + i + "]", d.get(i) + " is not a valid"
                                + " Kubernetes search domain (a DNS-1123 subdomain): not searched");
                    } else if (!valid.contains(domain)) {
                        valid.add(domain);
                    }
                }
                if (searches == null) {
                    searches = valid;
                    searchesOwner = definition.name;
                    searchesPath = path + ".dnsSearchDomains";
                } else if (!searches.equals(valid)) {
                    draft.unsupported(path + ".dnsSearchDomains", "DNS settings apply to the whole pod in Kubernetes:"
                            + " the dnsSearchDomains of container " + searchesOwner + " apply");
                }
            }
        }

        void apply(TaskInputs in, PodSpec pod, PodDraft draft) {
            if (servers == null && searches == null) {
                return;
            }
            PodDNSConfig config = pod.getDnsConfig() == null ? new PodDNSConfig() : pod.getDnsConfig();
            if (servers != null && !servers.isEmpty()) {
                if (servers.size() > MAX_NAMESERVERS) {
                    draft.unsupported(serversPath, "Kubernetes allows " + MAX_NAMESERVERS + " nameservers: "
                            + String.join(", ", servers.subList(MAX_NAMESERVERS, servers.size())) + " are dropped");
                }
                config.setNameservers(List.copyOf(servers.subList(0, Math.min(MAX_NAMESERVERS, servers.size()))));
                // Only the given servers, as Docker's --dns replaces the host's resolv.conf nameservers.
                pod.setDnsPolicy("None");
            }
            if (searches != null && !searches.isEmpty()) {
                int max = in.platform().atLeast(1, 28) ? 32 : 6;
                List<String> kept = new ArrayList<>(searches.subList(0, Math.min(max, searches.size())));
                if (kept.size() < searches.size()) {
                    draft.unsupported(searchesPath, "Kubernetes " + in.platform() + " allows " + max
                            + " search domains: " + String.join(", ", searches.subList(max, searches.size()))
                            + " are dropped");
                }
                config.setSearches(kept);
            }
            pod.setDnsConfig(config);
        }
    }
}
