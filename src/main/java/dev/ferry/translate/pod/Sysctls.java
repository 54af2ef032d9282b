package dev.ferry.translate.pod;

import java.util.List;

/**
 * The kubelet's safe sysctl set, by the Kubernetes version that added each one (kubelet
 * {@code pkg/kubelet/sysctl/safe_sysctls.go}; "Linux Kernel Version Requirements" in the Kubernetes docs).
 * Other sysctls need the kubelet's {@code --allowed-unsafe-sysctls}.
 */
final class Sysctls {
    private record Safe(String name, int sinceMinor) {
    }

    private static final List<Safe> SAFE = List.of(
            new Safe("kernel.shm_rmid_forced", 0),
            new Safe("net.ipv4.ip_local_port_range", 0),
            new Safe("net.ipv4.tcp_syncookies", 0),
            new Safe("net.ipv4.ping_group_range", 18),
            new Safe("net.ipv4.ip_unprivileged_port_start", 22),
            new Safe("net.ipv4.ip_local_reserved_ports", 27),
            new Safe("net.ipv4.tcp_keepalive_time", 29),
            new Safe("net.ipv4.tcp_fin_timeout", 29),
            new Safe("net.ipv4.tcp_keepalive_intvl", 29),
            new Safe("net.ipv4.tcp_keepalive_probes", 29),
            new Safe("net.ipv4.tcp_rmem", 32),
            new Safe("net.ipv4.tcp_wmem", 32));

    private Sysctls() {
    }

    /** Whether the kubelet of {@code platform} allows {@code name} without configuration. Accepts / or . separators. */
    static boolean safe(String name, Platform platform) {
        String dotted = name.replace('/', '.');
        return SAFE.stream().anyMatch(s -> s.name.equals(dotted) && platform.atLeast(1, s.sinceMinor));
    }

    /** Sysctls of the IPC namespace (kernel.shm*, kernel.msg*, kernel.sem, fs.mqueue.*). */
    static boolean ipcNamespaced(String name) {
        String dotted = name.replace('/', '.');
        return dotted.startsWith("kernel.shm") || dotted.startsWith("kernel.msg") || dotted.equals("kernel.sem")
                || dotted.startsWith("fs.mqueue.");
    }
}
