package dev.ferry.translate.pod;

import java.util.Set;

/** Translates networkMode, pidMode, ipcMode, hostname, dnsServers, dnsSearchDomains, extraHosts, links, disableNetworking. */
final class NetworkStep implements PodStep {

    @Override
    public void apply(TaskInputs in, PodDraft draft) {
    }

    @Override
    public Set<String> fields() {
        return Set.of();
    }
}
