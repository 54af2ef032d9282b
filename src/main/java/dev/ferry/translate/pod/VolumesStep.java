package dev.ferry.translate.pod;

import java.util.Set;

/** Translates volumes, mountPoints, volumesFrom, linuxParameters.tmpfs, linuxParameters.sharedMemorySize. */
final class VolumesStep implements PodStep {

    @Override
    public void apply(TaskInputs in, PodDraft draft) {
    }

    @Override
    public Set<String> fields() {
        return Set.of();
    }
}
