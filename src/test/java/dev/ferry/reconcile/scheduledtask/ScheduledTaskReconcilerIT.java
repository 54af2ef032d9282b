package dev.ferry.reconcile.scheduledtask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ferry.api.v1alpha1.scheduledtask.EcsParameters;
import dev.ferry.api.v1alpha1.scheduledtask.ScheduledTask;
import dev.ferry.api.v1alpha1.scheduledtask.ScheduledTaskSpec;
import dev.ferry.api.v1alpha1.taskdefinition.ContainerDefinition;
import dev.ferry.api.v1alpha1.taskdefinition.TaskDefinition;
import dev.ferry.api.v1alpha1.taskdefinition.TaskDefinitionSpec;
import dev.ferry.reconcile.status.Conditions;
import dev.ferry.testing.FerryApiServer;
import dev.ferry.testing.FerryApiServerResource;
import dev.ferry.testing.InjectFerryApiServer;
import dev.ferry.translate.Labels;
import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** The ScheduledTask reconciler, running in the operator, against the test API server. */
@QuarkusTest
@QuarkusTestResource(FerryApiServerResource.class)
class ScheduledTaskReconcilerIT {
    private static final Duration WAIT = Duration.ofSeconds(15);

    @Inject
    KubernetesClient client;

    @InjectFerryApiServer
    FerryApiServer apiServer;

    String namespace;

    @BeforeEach
    void namespace(TestInfo test) {
        namespace = ("st-" + test.getTestMethod().orElseThrow().getName().toLowerCase()).substring(0, 20)
                + "-" + Integer.toHexString(test.getDisplayName().hashCode() & 0xffff);
        client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(namespace).endMetadata().build())
                .create();
    }

    private TaskDefinition taskDefinition(String family, String image) {
        ContainerDefinition app = new ContainerDefinition();
        app.name = "app";
        app.image = image;
        app.memory = 128;
        TaskDefinitionSpec spec = new TaskDefinitionSpec();
        spec.family = family;
        spec.containerDefinitions = List.of(app);
        TaskDefinition td = new TaskDefinition();
        td.setMetadata(new ObjectMetaBuilder().withName(family).withNamespace(namespace).build());
        td.setSpec(spec);
        return td;
    }

    private void createTaskDefinitionRevision(String family, String image, int revision) {
        var existing = client.resources(TaskDefinition.class).inNamespace(namespace).withName(family).get();
        if (existing == null) {
            client.resources(TaskDefinition.class).inNamespace(namespace).resource(taskDefinition(family, image)).create();
        } else {
            existing.getSpec().containerDefinitions.get(0).image = image;
            client.resources(TaskDefinition.class).inNamespace(namespace).resource(existing).update();
        }
        await().atMost(WAIT).until(() -> {
            TaskDefinition td = client.resources(TaskDefinition.class).inNamespace(namespace).withName(family).get();
            return td.getStatus() != null && Integer.valueOf(revision).equals(td.getStatus().revision);
        });
    }

    private ScheduledTask scheduledTask(String name, String expression, String taskDefinition) {
        ScheduledTaskSpec spec = new ScheduledTaskSpec();
        spec.scheduleExpression = expression;
        spec.ecsParameters = new EcsParameters();
        spec.ecsParameters.taskDefinitionArn = taskDefinition;
        ScheduledTask st = new ScheduledTask();
        st.setMetadata(new ObjectMetaBuilder().withName(name).withNamespace(namespace).build());
        st.setSpec(spec);
        return client.resources(ScheduledTask.class).inNamespace(namespace).resource(st).create();
    }

    private ScheduledTask get(String name) {
        return client.resources(ScheduledTask.class).inNamespace(namespace).withName(name).get();
    }

    private CronJob cronJob(String name) {
        return client.batch().v1().cronjobs().inNamespace(namespace).withName(name).get();
    }

    private Condition awaitReady(String name, String status) {
        await().atMost(WAIT).until(() -> {
            ScheduledTask st = get(name);
            return st.getStatus() != null && st.getMetadata().getGeneration().equals(st.getStatus().observedGeneration)
                    && Conditions.find(st.getStatus().conditions, Conditions.READY)
                            .filter(c -> status.equals(c.getStatus())).isPresent();
        });
        return Conditions.find(get(name).getStatus().conditions, Conditions.READY).orElseThrow();
    }

    private static String image(CronJob cronJob) {
        return cronJob.getSpec().getJobTemplate().getSpec().getTemplate().getSpec().getContainers().get(0).getImage();
    }

    @Test
    void scheduledTaskBecomesCronJobWithTranslatedScheduleAndLatestRevision() {
        createTaskDefinitionRevision("report", "busybox:1.36", 1);
        scheduledTask("nightly", "cron(30 2 ? * 2-6 *)", "report");

        Condition ready = awaitReady("nightly", "True");
        CronJob cronJob = cronJob("nightly");
        assertThat(cronJob).isNotNull();
        assertThat(cronJob.getSpec().getSchedule()).isEqualTo("30 2 * * 1-5");
        assertThat(cronJob.getSpec().getConcurrencyPolicy()).isEqualTo("Allow");
        assertThat(cronJob.getSpec().getSuspend()).isFalse();
        assertThat(cronJob.getMetadata().getLabels()).containsEntry(Labels.SCHEDULED_TASK, "nightly");
        assertThat(cronJob.getMetadata().getOwnerReferences()).singleElement()
                .satisfies(o -> assertThat(o.getUid()).isEqualTo(get("nightly").getMetadata().getUid()));
        assertThat(image(cronJob)).isEqualTo("busybox:1.36");
        assertThat(cronJob.getSpec().getJobTemplate().getSpec().getTemplate().getMetadata().getLabels())
                .containsEntry(Labels.REVISION, "1").containsEntry(Labels.SCHEDULED_TASK, "nightly");
        ScheduledTask st = get("nightly");
        assertThat(st.getStatus().cronJobSchedule).isEqualTo("30 2 * * 1-5");
        assertThat(st.getStatus().timeZone).isEqualTo("Etc/UTC");
        assertThat(st.getStatus().ruleArn).isEqualTo("arn:aws:events:us-east-1:000000000000:rule/nightly");
        assertThat(ready.getReason()).isEqualTo("Scheduled");
        assertThat(ready.getMessage()).contains("report:1");
    }

    @Test
    void aNewTaskDefinitionRevisionUpdatesTheCronJobTemplate() {
        createTaskDefinitionRevision("worker", "busybox:1.36", 1);
        scheduledTask("hourly", "rate(1 hour)", "worker");
        awaitReady("hourly", "True");
        assertThat(image(cronJob("hourly"))).isEqualTo("busybox:1.36");

        createTaskDefinitionRevision("worker", "busybox:1.37", 2);

        await().atMost(WAIT).until(() -> "busybox:1.37".equals(image(cronJob("hourly"))));
        await().atMost(WAIT).until(() -> Conditions.find(get("hourly").getStatus().conditions, Conditions.READY)
                .map(c -> c.getMessage().contains("worker:2")).orElse(false));
    }

    @Test
    void disabledStateSuspendsTheCronJob() {
        createTaskDefinitionRevision("paused", "busybox:1.36", 1);
        scheduledTask("paused", "cron(0 6 * * ? *)", "paused");
        awaitReady("paused", "True");

        ScheduledTask st = get("paused");
        st.getSpec().state = ScheduledTaskSpec.State.DISABLED;
        client.resources(ScheduledTask.class).inNamespace(namespace).resource(st).update();

        await().atMost(WAIT).until(() -> Boolean.TRUE.equals(cronJob("paused").getSpec().getSuspend()));
        assertThat(awaitReady("paused", "True").getReason()).isEqualTo("Disabled");
    }

    @Test
    void unrepresentableExpressionGivesReadyFalseNamingTheFieldAndNoCronJob() {
        createTaskDefinitionRevision("monthly", "busybox:1.36", 1);
        scheduledTask("month-end", "cron(0 12 L * ? *)", "monthly");

        Condition ready = awaitReady("month-end", "False");
        assertThat(ready.getReason()).isEqualTo(Conditions.INVALID_SPEC);
        assertThat(ready.getMessage()).startsWith("spec.scheduleExpression: ").contains("L (the last day of the month)");
        assertThat(cronJob("month-end")).isNull();
        await().atMost(WAIT).until(() -> client.v1().events().inNamespace(namespace).list().getItems().stream()
                .anyMatch(e -> "Warning".equals(e.getType()) && "month-end".equals(e.getInvolvedObject().getName())));
    }

    @Test
    void missingTaskDefinitionGivesReadyFalseNamingTheReference() {
        scheduledTask("orphan", "cron(0 12 * * ? *)", "does-not-exist");

        Condition ready = awaitReady("orphan", "False");
        assertThat(ready.getMessage()).startsWith("spec.ecsParameters.TaskDefinitionArn: ")
                .contains("does-not-exist");
        assertThat(cronJob("orphan")).isNull();
    }

    @Test
    void aResyncWithNothingChangedWritesNothing() {
        createTaskDefinitionRevision("quiet", "busybox:1.36", 1);
        scheduledTask("quiet", "cron(0 12 * * ? *)", "quiet");
        awaitReady("quiet", "True");
        await().atMost(WAIT).until(() -> cronJob("quiet") != null);
        // Let the dependent's own echo settle.
        int[] before = {apiServer.writes().size()};
        await().pollInterval(Duration.ofMillis(500)).atMost(WAIT).until(() -> {
            int now = apiServer.writes().size();
            boolean settled = now == before[0];
            before[0] = now;
            return settled;
        });

        // A label edit on the CronJob wakes the reconciler with nothing relevant changed.
        client.batch().v1().cronjobs().inNamespace(namespace).withName("quiet").edit(c -> {
            c.getMetadata().getLabels().put("touched", "yes");
            return c;
        });
        int after = apiServer.writes().size();

        await().during(Duration.ofSeconds(2)).atMost(WAIT).until(() -> apiServer.writes().size() == after);
    }

    @Test
    void jobsOfTheCronJobBecomeRunsAndLastScheduleTimeIsReported() {
        createTaskDefinitionRevision("runs", "busybox:1.36", 1);
        scheduledTask("runs", "cron(0 12 * * ? *)", "runs");
        awaitReady("runs", "True");

        // What the CronJob controller would do: create a Job, record lastScheduleTime; then the Job completes.
        client.batch().v1().jobs().inNamespace(namespace).resource(new io.fabric8.kubernetes.api.model.batch.v1.JobBuilder()
                .withNewMetadata().withName("runs-29145630")
                .addToLabels(Labels.MANAGED_BY, Labels.MANAGED_BY_VALUE).addToLabels(Labels.SCHEDULED_TASK, "runs")
                .endMetadata()
                .withNewSpec().withNewTemplate().withNewSpec().addNewContainer().withName("app").withImage("busybox")
                .endContainer().withRestartPolicy("Never").endSpec().endTemplate().endSpec()
                .build()).create();
        client.batch().v1().cronjobs().inNamespace(namespace).withName("runs").editStatus(c -> {
            c.setStatus(new io.fabric8.kubernetes.api.model.batch.v1.CronJobStatusBuilder()
                    .withLastScheduleTime("2025-06-02T12:00:00Z").build());
            return c;
        });
        client.batch().v1().jobs().inNamespace(namespace).withName("runs-29145630").editStatus(j -> {
            j.setStatus(new io.fabric8.kubernetes.api.model.batch.v1.JobStatusBuilder()
                    .withStartTime("2025-06-02T12:00:03Z").withCompletionTime("2025-06-02T12:01:00Z").withSucceeded(1)
                    .addNewCondition().withType("Complete").withStatus("True").endCondition().build());
            return j;
        });

        await().atMost(WAIT).until(() -> get("runs").getStatus().runs != null
                && get("runs").getStatus().runs.get(0).stoppedAt != null);
        ScheduledTask st = get("runs");
        assertThat(st.getStatus().lastScheduleTime).isEqualTo("2025-06-02T12:00:00Z");
        assertThat(st.getStatus().runs).singleElement().satisfies(run -> {
            assertThat(run.jobName).isEqualTo("runs-29145630");
            assertThat(run.lastStatus).isEqualTo(dev.ferry.api.v1alpha1.task.TaskStatus.LastStatus.STOPPED);
            assertThat(run.stopCode).isEqualTo(dev.ferry.api.v1alpha1.task.TaskStatus.StopCode.EssentialContainerExited);
            assertThat(run.startedAt).isEqualTo("2025-06-02T12:00:03Z");
            assertThat(run.stoppedAt).isEqualTo("2025-06-02T12:01:00Z");
        });
    }

    private io.fabric8.kubernetes.api.model.Pod runPod(String name, String exitedContainer) {
        var pod = client.pods().inNamespace(namespace).resource(new io.fabric8.kubernetes.api.model.PodBuilder()
                .withNewMetadata().withName(name)
                .addToLabels(Labels.MANAGED_BY, Labels.MANAGED_BY_VALUE).addToLabels(Labels.SCHEDULED_TASK, "essential")
                .addToAnnotations(dev.ferry.translate.pod.ContainerStep.ESSENTIAL_CONTAINERS, "app")
                .endMetadata()
                .withNewSpec().withRestartPolicy("Never")
                .addNewContainer().withName("app").withImage("busybox").endContainer()
                .addNewContainer().withName("helper").withImage("busybox").endContainer()
                .endSpec().build()).create();
        return client.pods().inNamespace(namespace).withName(name).editStatus(p -> {
            p.setStatus(new io.fabric8.kubernetes.api.model.PodStatusBuilder().withPhase("Running")
                    .addNewContainerStatus().withName(exitedContainer).withNewState().withNewTerminated().withExitCode(3)
                    .endTerminated().endState().endContainerStatus()
                    .addNewContainerStatus().withName(exitedContainer.equals("app") ? "helper" : "app")
                    .withNewState().withNewRunning().endRunning().endState().endContainerStatus()
                    .build());
            return p;
        });
    }

    @Test
    void aRunWhoseEssentialContainerExitedIsStoppedAndOtherRunsAreLeftAlone() {
        createTaskDefinitionRevision("essential", "busybox:1.36", 1);
        scheduledTask("essential", "cron(0 12 * * ? *)", "essential");
        awaitReady("essential", "True");

        runPod("essential-run-b", "helper");
        runPod("essential-run-a", "app");

        await().atMost(WAIT).until(() -> client.pods().inNamespace(namespace).withName("essential-run-a").get() == null);
        await().during(Duration.ofSeconds(1)).atMost(WAIT)
                .until(() -> client.pods().inNamespace(namespace).withName("essential-run-b").get() != null);
    }
}
