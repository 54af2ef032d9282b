package dev.ferry.translate.pod;

import java.util.Set;

/** Translates logConfiguration, firelensConfiguration, dockerLabels. */
final class LoggingStep implements PodStep {

    @Override
    public void apply(TaskInputs in, PodDraft draft) {
    }

    @Override
    public Set<String> fields() {
        return Set.of();
    }
}
