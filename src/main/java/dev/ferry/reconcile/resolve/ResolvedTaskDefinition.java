package dev.ferry.reconcile.resolve;

import dev.ferry.api.v1alpha1.taskdefinition.TaskDefinitionSpec;

/**
 * A task definition reference resolved to one revision.
 *
 * @param spec           the revision's snapshot (a fresh copy: callers may apply overrides to it)
 * @param objectName     the TaskDefinition object that owns the family
 */
public record ResolvedTaskDefinition(TaskDefinitionSpec spec, String family, int revision, String objectName) {
}
