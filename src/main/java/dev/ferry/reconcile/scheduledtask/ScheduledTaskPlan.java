package dev.ferry.reconcile.scheduledtask;

import dev.ferry.api.v1alpha1.scheduledtask.ScheduledTask;
import dev.ferry.reconcile.resolve.ResolvedCluster;
import dev.ferry.reconcile.resolve.ResolvedTaskDefinition;
import dev.ferry.translate.Arns;
import dev.ferry.translate.Violation;
import dev.ferry.translate.schedule.CronJobs;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import java.util.List;
import java.util.Optional;

/**
 * What one reconciliation of a ScheduledTask decided: the resolved references and the translation, or why there is
 * none. Handed from the reconciler to the CronJob dependent through the workflow context.
 *
 * @param translation null when a reference could not be resolved (see {@code unresolved})
 * @param unresolved  violations of resolving the task definition or cluster; empty when resolved
 */
record ScheduledTaskPlan(Optional<ResolvedTaskDefinition> taskDefinition, Optional<ResolvedCluster> cluster,
        Arns.Scope scope, CronJobs.Translation translation, List<Violation> unresolved) {
    private static final String KEY = ScheduledTaskPlan.class.getName();

    static Optional<ScheduledTaskPlan> find(Context<ScheduledTask> context) {
        return context.managedWorkflowAndDependentResourceContext().get(KEY, ScheduledTaskPlan.class);
    }

    static ScheduledTaskPlan of(Context<ScheduledTask> context) {
        return find(context).orElseThrow(() -> new IllegalStateException("no plan: the reconciler computes it first"));
    }

    void store(Context<ScheduledTask> context) {
        context.managedWorkflowAndDependentResourceContext().put(KEY, this);
    }

    List<Violation> violations() {
        return translation == null ? unresolved : translation.violations();
    }
}
