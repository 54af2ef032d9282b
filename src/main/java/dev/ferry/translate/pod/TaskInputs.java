package dev.ferry.translate.pod;

import dev.ferry.api.v1alpha1.taskdefinition.TaskDefinitionSpec;
import dev.ferry.translate.Arns;
import java.util.Objects;

/**
 * Everything the pod translation depends on, resolved by the caller (reconciler or CLI). Overrides of a RunTask are
 * already applied to {@code spec}.
 *
 * @param spec     the task definition revision snapshot
 * @param revision the revision number of {@code spec}
 */
public record TaskInputs(TaskDefinitionSpec spec, int revision, Workload workload, Capacity capacity,
        ClusterPolicy policy, Platform platform, Arns.Scope scope) {

    public TaskInputs {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(spec.family, "spec.family");
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(capacity, "capacity");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(scope, "scope");
    }

    public String family() {
        return spec.family;
    }

    public String taskDefinitionArn() {
        return Arns.taskDefinition(scope, spec.family, revision);
    }
}
