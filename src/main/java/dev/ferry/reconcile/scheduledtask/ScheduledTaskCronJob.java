package dev.ferry.reconcile.scheduledtask;

import dev.ferry.api.v1alpha1.scheduledtask.ScheduledTask;
import dev.ferry.translate.Labels;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.javaoperatorsdk.operator.api.config.informer.Informer;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.dependent.DependentResource;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.CRUDKubernetesDependentResource;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.KubernetesDependent;
import io.javaoperatorsdk.operator.processing.dependent.workflow.Condition;

/**
 * The CronJob of a ScheduledTask, applied server-side. The reconciler computes the {@link ScheduledTaskPlan} before
 * it runs the workflow explicitly; {@link #desired} only hands out the CronJob of that plan, and {@link Valid} keeps
 * (or deletes) the CronJob only while the plan has one.
 */
@KubernetesDependent(informer = @Informer(labelSelector = Labels.MANAGED_SELECTOR))
public class ScheduledTaskCronJob extends CRUDKubernetesDependentResource<CronJob, ScheduledTask> {

    public ScheduledTaskCronJob() {
        super(CronJob.class);
    }

    @Override
    protected CronJob desired(ScheduledTask primary, Context<ScheduledTask> context) {
        CronJob cronJob = ScheduledTaskPlan.of(context).translation().cronJob();
        cronJob.getMetadata().setNamespace(primary.getMetadata().getNamespace());
        return cronJob;
    }

    /** Reconcile precondition: a CronJob exists only while the spec translates to one. */
    public static class Valid implements Condition<CronJob, ScheduledTask> {
        @Override
        public boolean isMet(DependentResource<CronJob, ScheduledTask> dependent, ScheduledTask primary,
                Context<ScheduledTask> context) {
            return ScheduledTaskPlan.find(context).map(p -> p.translation() != null && p.translation().cronJob() != null)
                    .orElse(false);
        }
    }
}
