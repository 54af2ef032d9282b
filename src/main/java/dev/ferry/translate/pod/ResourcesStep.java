package dev.ferry.translate.pod;

import java.util.Set;

/** Translates container cpu, memory, memoryReservation, resourceRequirements; task cpu, memory, ephemeralStorage; Fargate sizing. */
final class ResourcesStep implements PodStep {

    @Override
    public void apply(TaskInputs in, PodDraft draft) {
    }

    @Override
    public Set<String> fields() {
        return Set.of();
    }
}
