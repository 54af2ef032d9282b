package dev.ferry.translate.schedule;

import dev.ferry.api.v1alpha1.scheduledtask.ScheduledTaskStatus;
import dev.ferry.api.v1alpha1.task.TaskStatus;
import dev.ferry.translate.Arns;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobCondition;
import io.fabric8.kubernetes.api.model.batch.v1.JobStatus;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The Jobs a CronJob created → the ECS-style runs of a ScheduledTask, newest first. A run is STOPPED once its Job
 * completed or failed, RUNNING while one of its pods is ready, PENDING while pods exist but none is ready, PROVISIONING
 * before that.
 */
public final class Runs {
    private Runs() {
    }

    public static List<ScheduledTaskStatus.Run> of(Collection<Job> jobs, Arns.Scope scope, String clusterName) {
        return jobs.stream()
                .sorted(Comparator.comparing((Job j) -> j.getMetadata().getCreationTimestamp(),
                                Comparator.nullsFirst(Comparator.<String>naturalOrder())).reversed()
                        .thenComparing(j -> j.getMetadata().getName(), Comparator.reverseOrder()))
                .limit(ScheduledTaskStatus.MAX_RUNS)
                .map(j -> run(j, scope, clusterName))
                .toList();
    }

    static ScheduledTaskStatus.Run run(Job job, Arns.Scope scope, String clusterName) {
        ScheduledTaskStatus.Run run = new ScheduledTaskStatus.Run();
        run.jobName = job.getMetadata().getName();
        String id = job.getMetadata().getUid() == null ? job.getMetadata().getName() : job.getMetadata().getUid();
        run.taskArn = Arns.task(scope, clusterName, id);
        JobStatus status = job.getStatus() == null ? new JobStatus() : job.getStatus();
        run.startedAt = status.getStartTime();
        Optional<JobCondition> complete = condition(status, "Complete");
        Optional<JobCondition> failed = condition(status, "Failed");
        if (complete.isPresent()) {
            run.lastStatus = TaskStatus.LastStatus.STOPPED;
            run.stopCode = TaskStatus.StopCode.EssentialContainerExited;
            run.stoppedReason = "Essential container in task exited (all tasks of the run succeeded)";
            run.stoppedAt = status.getCompletionTime() != null ? status.getCompletionTime()
                    : complete.get().getLastTransitionTime();
        } else if (failed.isPresent()) {
            JobCondition c = failed.get();
            run.lastStatus = TaskStatus.LastStatus.STOPPED;
            boolean started = status.getStartTime() != null && (nonZero(status.getFailed()) || nonZero(status.getSucceeded()));
            run.stopCode = started ? TaskStatus.StopCode.EssentialContainerExited : TaskStatus.StopCode.TaskFailedToStart;
            run.stoppedReason = "Job failed" + (c.getReason() == null ? "" : ": " + c.getReason())
                    + (c.getMessage() == null ? "" : " (" + c.getMessage() + ")");
            run.stoppedAt = c.getLastTransitionTime();
        } else if (nonZero(status.getReady())) {
            run.lastStatus = TaskStatus.LastStatus.RUNNING;
        } else if (nonZero(status.getActive())) {
            run.lastStatus = TaskStatus.LastStatus.PENDING;
        } else {
            run.lastStatus = TaskStatus.LastStatus.PROVISIONING;
        }
        return run;
    }

    private static boolean nonZero(Integer n) {
        return n != null && n > 0;
    }

    private static Optional<JobCondition> condition(JobStatus status, String type) {
        return status.getConditions() == null ? Optional.empty() : status.getConditions().stream()
                .filter(c -> type.equals(c.getType()) && "True".equals(c.getStatus())).findFirst();
    }
}
