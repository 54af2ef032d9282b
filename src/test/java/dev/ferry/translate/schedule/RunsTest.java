package dev.ferry.translate.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.api.v1alpha1.scheduledtask.ScheduledTaskStatus;
import dev.ferry.api.v1alpha1.task.TaskStatus;
import dev.ferry.translate.Arns;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunsTest {
    private static final Arns.Scope SCOPE = Arns.Scope.of("us-east-1", "000000000000");

    private static JobBuilder job(String name, String created) {
        return new JobBuilder().withNewMetadata().withName(name).withUid("uid-" + name)
                .withCreationTimestamp(created).endMetadata();
    }

    @Test
    void completedJobIsAStoppedRunWithEssentialContainerExited() {
        Job job = job("nightly-1", "2025-06-02T00:30:00Z").withNewStatus().withStartTime("2025-06-02T00:30:04Z")
                .withCompletionTime("2025-06-02T00:34:51Z").withSucceeded(1)
                .addNewCondition().withType("Complete").withStatus("True").endCondition().endStatus().build();

        ScheduledTaskStatus.Run run = Runs.of(List.of(job), SCOPE, "default").get(0);

        assertThat(run.jobName).isEqualTo("nightly-1");
        assertThat(run.lastStatus).isEqualTo(TaskStatus.LastStatus.STOPPED);
        assertThat(run.stopCode).isEqualTo(TaskStatus.StopCode.EssentialContainerExited);
        assertThat(run.startedAt).isEqualTo("2025-06-02T00:30:04Z");
        assertThat(run.stoppedAt).isEqualTo("2025-06-02T00:34:51Z");
        assertThat(run.taskArn).isEqualTo("arn:aws:ecs:us-east-1:000000000000:task/default/uid-nightly-1");
    }

    @Test
    void failedJobIsAStoppedRunWithTheJobsReason() {
        Job job = job("nightly-2", "2025-06-03T00:30:00Z").withNewStatus().withStartTime("2025-06-03T00:30:04Z")
                .withFailed(1).addNewCondition().withType("Failed").withStatus("True")
                .withReason("BackoffLimitExceeded").withMessage("Job has reached the specified backoff limit")
                .withLastTransitionTime("2025-06-03T00:31:00Z").endCondition().endStatus().build();

        ScheduledTaskStatus.Run run = Runs.of(List.of(job), SCOPE, "default").get(0);

        assertThat(run.lastStatus).isEqualTo(TaskStatus.LastStatus.STOPPED);
        assertThat(run.stopCode).isEqualTo(TaskStatus.StopCode.EssentialContainerExited);
        assertThat(run.stoppedReason).contains("BackoffLimitExceeded");
        assertThat(run.stoppedAt).isEqualTo("2025-06-03T00:31:00Z");
    }

    @Test
    void activeJobIsRunningOnceAPodIsReadyAndPendingBefore() {
        Job ready = job("a", "2025-06-03T00:30:00Z").withNewStatus().withActive(1).withReady(1).endStatus().build();
        Job waiting = job("b", "2025-06-03T00:30:00Z").withNewStatus().withActive(1).withReady(0).endStatus().build();
        Job fresh = job("c", "2025-06-03T00:30:00Z").build();

        assertThat(Runs.run(ready, SCOPE, "x").lastStatus).isEqualTo(TaskStatus.LastStatus.RUNNING);
        assertThat(Runs.run(waiting, SCOPE, "x").lastStatus).isEqualTo(TaskStatus.LastStatus.PENDING);
        assertThat(Runs.run(fresh, SCOPE, "x").lastStatus).isEqualTo(TaskStatus.LastStatus.PROVISIONING);
    }

    @Test
    void runsAreNewestFirstAndAtMostTwenty() {
        List<Job> jobs = new java.util.ArrayList<>();
        for (int i = 10; i < 35; i++) {
            jobs.add(job("run-" + i, "2025-06-03T00:" + i + ":00Z").build());
        }

        List<ScheduledTaskStatus.Run> runs = Runs.of(jobs, SCOPE, "default");

        assertThat(runs).hasSize(ScheduledTaskStatus.MAX_RUNS);
        assertThat(runs.get(0).jobName).isEqualTo("run-34");
        assertThat(runs.get(19).jobName).isEqualTo("run-15");
    }
}
