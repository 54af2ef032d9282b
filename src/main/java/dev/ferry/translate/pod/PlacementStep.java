package dev.ferry.translate.pod;

import java.util.Set;

/** Translates runtimePlatform, placementConstraints, requiresCompatibilities, capacity provider scheduling. */
final class PlacementStep implements PodStep {

    @Override
    public void apply(TaskInputs in, PodDraft draft) {
    }

    @Override
    public Set<String> fields() {
        return Set.of();
    }
}
