package dev.ferry.translate.pod;

import java.util.Set;

/** Translates environment, environmentFiles, secrets, repositoryCredentials, ECS metadata variables. */
final class EnvironmentStep implements PodStep {

    @Override
    public void apply(TaskInputs in, PodDraft draft) {
    }

    @Override
    public Set<String> fields() {
        return Set.of();
    }
}
