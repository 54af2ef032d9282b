package dev.ferry.reconcile.taskdefinition;

import java.util.Set;

/** Which revisions of a family are still in use by Services, Tasks or ScheduledTasks (never pruned). */
public interface RevisionReferences {
    Set<Integer> inUse(String namespace, String family);
}
