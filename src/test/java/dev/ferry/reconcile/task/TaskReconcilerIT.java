package dev.ferry.reconcile.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ferry.api.v1alpha1.common.ContainerOverride;
import dev.ferry.api.v1alpha1.common.KeyValuePair;
import dev.ferry.api.v1alpha1.common.TaskOverride;
import dev.ferry.api.v1alpha1.task.Task;
import dev.ferry.api.v1alpha1.task.TaskSpec;
import dev.ferry.api.v1alpha1.task.TaskStatus.LastStatus;
import dev.ferry.api.v1alpha1.task.TaskStatus.StopCode;
import dev.ferry.api.v1alpha1.taskdefinition.ContainerDefinition;
import dev.ferry.api.v1alpha1.taskdefinition.TaskDefinition;
import dev.ferry.api.v1alpha1.taskdefinition.TaskDefinitionSpec;
import dev.ferry.reconcile.status.Conditions;
import dev.ferry.testing.FerryApiServer;
import dev.ferry.testing.FerryApiServerResource;
import dev.ferry.testing.InjectFerryApiServer;
import dev.ferry.translate.Labels;
import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.ContainerStateBuilder;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** The Task reconciler, running in the operator, against the test API server (no kubelet: tests write pod status). */
@QuarkusTest
@QuarkusTestResource(FerryApiServerResource.class)
class TaskReconcilerIT {
    private static final Duration WAIT = Duration.ofSeconds(15);
    /** Container times near now: a stop long ago would have the Task deleted by its TTL at once. */
    private static final String STARTED = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    private static final String FINISHED = java.time.Instant.now().plusSeconds(5).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();

    @Inject
    KubernetesClient client;

    @InjectFerryApiServer
    FerryApiServer apiServer;

    String namespace;

    @BeforeEach
    void namespace(TestInfo test) {
        String method = test.getTestMethod().orElseThrow().getName().toLowerCase();
        namespace = "task-" + method.substring(0, Math.min(20, method.length())) + "-"
                + Integer.toHexString(test.getDisplayName().hashCode() & 0xffff);
        client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(namespace).endMetadata().build())
                .create();
    }

    // --- test data -------------------------------------------------------------------------------------------

    /** Family {@code family}: an essential {@code app} and a non-essential {@code log-router}. */
    private TaskDefinition taskDefinition(String name, String family, String image) {
        ContainerDefinition app = new ContainerDefinition();
        app.name = "app";
        app.image = image;
        app.memory = 128;
        app.command = List.of("serve");
        app.environment = new ArrayList<>(List.of(new KeyValuePair("MODE", "web")));
        ContainerDefinition router = new ContainerDefinition();
        router.name = "log-router";
        router.image = "fluent-bit:3";
        router.memory = 64;
        router.essential = false;
        TaskDefinitionSpec spec = new TaskDefinitionSpec();
        spec.family = family;
        spec.containerDefinitions = List.of(app, router);
        TaskDefinition td = new TaskDefinition();
        td.setMetadata(new ObjectMetaBuilder().withName(name).withNamespace(namespace).build());
        td.setSpec(spec);
        return client.resources(TaskDefinition.class).inNamespace(namespace).resource(td).create();
    }

    private void awaitRevision(String tdName, int revision) {
        await().atMost(WAIT).until(() -> {
            TaskDefinition td = client.resources(TaskDefinition.class).inNamespace(namespace).withName(tdName).get();
            return td.getStatus() != null && Integer.valueOf(revision).equals(td.getStatus().revision);
        });
    }

    private Task runTask(String name, String taskDefinition, Integer count, TaskOverride overrides) {
        TaskSpec spec = new TaskSpec();
        spec.taskDefinition = taskDefinition;
        spec.count = count;
        spec.overrides = overrides;
        spec.startedBy = "it";
        Task task = new Task();
        task.setMetadata(new ObjectMetaBuilder().withName(name).withNamespace(namespace).build());
        task.setSpec(spec);
        return client.resources(Task.class).inNamespace(namespace).resource(task).create();
    }

    private Task get(String name) {
        return client.resources(Task.class).inNamespace(namespace).withName(name).get();
    }

    private List<Pod> pods(String task) {
        return client.pods().inNamespace(namespace).withLabel(Labels.TASK, task).list().getItems();
    }

    private Pod pod(String name) {
        return client.pods().inNamespace(namespace).withName(name).get();
    }

    private Task awaitStatus(String name, LastStatus status) {
        await().atMost(WAIT).until(() -> get(name).getStatus() != null && get(name).getStatus().lastStatus == status);
        return get(name);
    }

    private static ContainerStatus running(String container, boolean ready) {
        return new ContainerStatusBuilder().withName(container).withReady(ready)
                .withState(new ContainerStateBuilder().withNewRunning().withStartedAt(STARTED)
                        .endRunning().build())
                .build();
    }

    private static ContainerStatus waiting(String container) {
        return new ContainerStatusBuilder().withName(container).withReady(false)
                .withState(new ContainerStateBuilder().withNewWaiting().withReason("ContainerCreating").endWaiting()
                        .build())
                .build();
    }

    private static ContainerStatus exited(String container, int code) {
        return new ContainerStatusBuilder().withName(container).withReady(false)
                .withState(new ContainerStateBuilder().withNewTerminated().withExitCode(code).withReason("Error")
                        .withStartedAt(STARTED).withFinishedAt(FINISHED).endTerminated()
                        .build())
                .build();
    }

    /** What a kubelet would write: scheduled, phase and container states. */
    private void kubelet(String podName, String phase, ContainerStatus... statuses) {
        client.pods().inNamespace(namespace).withName(podName).editStatus(p -> {
            p.setStatus(new PodStatusBuilder().withPhase(phase)
                    .addNewCondition().withType("PodScheduled").withStatus("True").endCondition()
                    .withContainerStatuses(statuses).build());
            return p;
        });
    }

    private Condition ready(Task task) {
        return Conditions.find(task.getStatus().conditions, Conditions.READY).orElseThrow();
    }

    // --- tests -----------------------------------------------------------------------------------------------

    @Test
    void countTwoCreatesTwoPodsFromTheResolvedRevisionWithOverridesApplied() {
        taskDefinition("web", "web", "app:1");
        awaitRevision("web", 1);
        ContainerOverride app = new ContainerOverride();
        app.name = "app";
        app.command = List.of("migrate");
        app.environment = List.of(new KeyValuePair("MODE", "job"));
        TaskOverride overrides = new TaskOverride();
        overrides.containerOverrides = List.of(app);

        runTask("migrate", "web", 2, overrides);

        await().atMost(WAIT).until(() -> pods("migrate").size() == 2);
        assertThat(pods("migrate")).extracting(p -> p.getMetadata().getName()).containsExactlyInAnyOrder(
                "migrate-0", "migrate-1");
        Pod pod = pod("migrate-0");
        var container = pod.getSpec().getContainers().stream().filter(c -> c.getName().equals("app")).findFirst()
                .orElseThrow();
        assertThat(container.getArgs()).containsExactly("migrate");
        assertThat(container.getEnv()).anySatisfy(e -> {
            assertThat(e.getName()).isEqualTo("MODE");
            assertThat(e.getValue()).isEqualTo("job");
        });
        assertThat(pod.getSpec().getRestartPolicy()).isEqualTo("Never");
        assertThat(pod.getMetadata().getOwnerReferences()).singleElement()
                .satisfies(o -> assertThat(o.getKind()).isEqualTo("Task"));

        Task task = awaitStatus("migrate", LastStatus.PROVISIONING);
        assertThat(task.getStatus().taskDefinitionArn).endsWith("task-definition/web:1");
        assertThat(task.getStatus().tasks).extracting(t -> t.podName).containsExactly("migrate-0", "migrate-1");

        kubelet("migrate-0", "Pending", running("app", true), waiting("log-router"));
        kubelet("migrate-1", "Pending", waiting("app"), waiting("log-router"));
        awaitStatus("migrate", LastStatus.PENDING);

        kubelet("migrate-0", "Running", running("app", true), running("log-router", true));
        kubelet("migrate-1", "Running", running("app", true), running("log-router", true));
        task = awaitStatus("migrate", LastStatus.RUNNING);
        assertThat(ready(task).getStatus()).isEqualTo("True");
        assertThat(ready(task).getObservedGeneration()).isEqualTo(task.getMetadata().getGeneration());
        assertThat(task.getStatus().tasks).allSatisfy(t -> assertThat(t.startedBy).isEqualTo("it"));
    }

    @Test
    void anEssentialContainerExitStopsTheTaskAndRecordsTheExitCode() {
        taskDefinition("job", "job", "app:1");
        awaitRevision("job", 1);
        runTask("job", "job", null, null);
        await().atMost(WAIT).until(() -> pod("job-0") != null);
        kubelet("job-0", "Running", running("app", true), running("log-router", true));
        awaitStatus("job", LastStatus.RUNNING);

        kubelet("job-0", "Running", exited("app", 3), running("log-router", true));

        Task task = awaitStatus("job", LastStatus.STOPPED);
        await().atMost(WAIT).until(() -> pod("job-0") == null);
        task = get("job");
        assertThat(task.getStatus().stopCode).isEqualTo(StopCode.EssentialContainerExited);
        assertThat(task.getStatus().stoppedReason).isEqualTo("Essential container in task exited");
        assertThat(task.getStatus().tasks).singleElement().satisfies(t -> {
            assertThat(t.lastStatus).isEqualTo(LastStatus.STOPPED);
            assertThat(t.stoppedAt).isEqualTo(FINISHED);
            assertThat(t.containers).anySatisfy(c -> {
                assertThat(c.name).isEqualTo("app");
                assertThat(c.exitCode).isEqualTo(3);
            });
        });
        assertThat(ready(task).getStatus()).isEqualTo("False");
        assertThat(ready(task).getReason()).isEqualTo("TaskStopped");
        await().atMost(WAIT).until(() -> client.v1().events().inNamespace(namespace).list().getItems().stream()
                .anyMatch(e -> "Warning".equals(e.getType()) && "TaskStopped".equals(e.getReason())));
        // A stopped task is never started again.
        await().during(Duration.ofSeconds(1)).atMost(WAIT).until(() -> pod("job-0") == null);
    }

    @Test
    void aNonEssentialContainerExitDoesNotStopTheTask() {
        taskDefinition("side", "side", "app:1");
        awaitRevision("side", 1);
        runTask("side", "side", 1, null);
        await().atMost(WAIT).until(() -> pod("side-0") != null);

        kubelet("side-0", "Running", running("app", true), exited("log-router", 1));

        Task task = awaitStatus("side", LastStatus.RUNNING);
        assertThat(task.getStatus().tasks.get(0).containers).anySatisfy(c -> {
            assertThat(c.name).isEqualTo("log-router");
            assertThat(c.exitCode).isEqualTo(1);
        });
        await().during(Duration.ofSeconds(1)).atMost(WAIT).until(() -> pod("side-0") != null
                && pod("side-0").getMetadata().getDeletionTimestamp() == null);
    }

    @Test
    void aMissingTaskDefinitionIsReportedAndTheTaskRunsOnceItExists() {
        runTask("early", "later", 1, null);

        await().atMost(WAIT).until(() -> get("early").getStatus() != null
                && Conditions.find(get("early").getStatus().conditions, Conditions.READY).isPresent());
        Condition ready = ready(get("early"));
        assertThat(ready.getStatus()).isEqualTo("False");
        assertThat(ready.getReason()).isEqualTo("TaskDefinitionNotFound");
        assertThat(ready.getMessage()).contains("spec.taskDefinition");
        assertThat(pods("early")).isEmpty();
        List<Event> events = client.v1().events().inNamespace(namespace).list().getItems();
        assertThat(events).anySatisfy(e -> {
            assertThat(e.getType()).isEqualTo("Warning");
            assertThat(e.getReason()).isEqualTo("TaskDefinitionNotFound");
        });

        taskDefinition("later", "later", "app:1");

        await().atMost(WAIT).until(() -> pod("early-0") != null);
        assertThat(get("early").getStatus().taskDefinitionArn).endsWith("task-definition/later:1");
    }

    @Test
    void editingTheTaskDefinitionLaterDoesNotTouchARunningTask() {
        taskDefinition("pinned", "pinned", "app:1");
        awaitRevision("pinned", 1);
        runTask("pinned", "pinned", 1, null);
        await().atMost(WAIT).until(() -> pod("pinned-0") != null);
        kubelet("pinned-0", "Running", running("app", true), running("log-router", true));
        awaitStatus("pinned", LastStatus.RUNNING);
        String uid = pod("pinned-0").getMetadata().getUid();

        TaskDefinition td = client.resources(TaskDefinition.class).inNamespace(namespace).withName("pinned").get();
        td.getSpec().containerDefinitions.get(0).image = "app:2";
        client.resources(TaskDefinition.class).inNamespace(namespace).resource(td).update();
        awaitRevision("pinned", 2);

        await().during(Duration.ofSeconds(1)).atMost(WAIT).until(() -> pod("pinned-0") != null
                && pod("pinned-0").getMetadata().getUid().equals(uid));
        assertThat(pod("pinned-0").getSpec().getContainers().get(0).getImage()).isEqualTo("app:1");
        assertThat(get("pinned").getStatus().taskDefinitionArn).endsWith("task-definition/pinned:1");
        assertThat(pods("pinned")).hasSize(1);
    }

    @Test
    void aResyncWithNothingChangedWritesNothing() {
        taskDefinition("quiet", "quiet", "app:1");
        awaitRevision("quiet", 1);
        runTask("quiet", "quiet", 1, null);
        await().atMost(WAIT).until(() -> pod("quiet-0") != null);
        kubelet("quiet-0", "Running", running("app", true), running("log-router", true));
        awaitStatus("quiet", LastStatus.RUNNING);
        await().atMost(WAIT).until(() -> ready(get("quiet")).getStatus().equals("True"));

        // An event on a secondary resource makes the reconciler run again with nothing changed.
        client.pods().inNamespace(namespace).withName("quiet-0").edit(p -> {
            p.getMetadata().getAnnotations().put("touched", "yes");
            return p;
        });
        await().atMost(WAIT).until(() -> apiServer.writes().stream().anyMatch(w -> w.path().contains("quiet-0")));
        int after = apiServer.writes().size();

        await().during(Duration.ofSeconds(2)).atMost(WAIT).until(() -> apiServer.writes().size() == after);
    }

    @Test
    void aStoppedTaskIsDeletedAfterItsTtl() {
        taskDefinition("brief", "brief", "app:1");
        awaitRevision("brief", 1);
        Task task = new Task();
        task.setMetadata(new ObjectMetaBuilder().withName("brief").withNamespace(namespace).build());
        task.setSpec(new TaskSpec());
        task.getSpec().taskDefinition = "brief";
        task.getSpec().ttlSecondsAfterStopped = 1;
        client.resources(Task.class).inNamespace(namespace).resource(task).create();
        await().atMost(WAIT).until(() -> pod("brief-0") != null);

        kubelet("brief-0", "Succeeded", exited("app", 0), exited("log-router", 0));

        await().atMost(WAIT).until(() -> get("brief") == null);
        assertThat(client.v1().events().inNamespace(namespace).list().getItems())
                .anySatisfy(e -> assertThat(e.getMessage()).isEqualTo("Task brief-0 stopped: "
                        + "Essential container in task exited (exit codes: app=0, log-router=0)"));
    }

    @Test
    void anOverrideNamingNoContainerIsInvalidSpecAndStartsNothing() {
        taskDefinition("typo", "typo", "app:1");
        awaitRevision("typo", 1);
        ContainerOverride worker = new ContainerOverride();
        worker.name = "worker";
        TaskOverride overrides = new TaskOverride();
        overrides.containerOverrides = List.of(worker);

        runTask("typo", "typo", 1, overrides);

        await().atMost(WAIT).until(() -> get("typo").getStatus() != null
                && Conditions.find(get("typo").getStatus().conditions, Conditions.READY).isPresent());
        Condition ready = ready(get("typo"));
        assertThat(ready.getStatus()).isEqualTo("False");
        assertThat(ready.getReason()).isEqualTo("InvalidSpec");
        assertThat(ready.getMessage()).startsWith("spec.overrides.containerOverrides[worker]: ");
        assertThat(get("typo").getStatus().tasks).isNull();
        await().during(Duration.ofSeconds(1)).atMost(WAIT).until(() -> pods("typo").isEmpty());
    }
}
