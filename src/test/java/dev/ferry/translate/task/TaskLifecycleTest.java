package dev.ferry.translate.task;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.api.v1alpha1.task.TaskStatus.ContainerLastStatus;
import dev.ferry.api.v1alpha1.task.TaskStatus.HealthStatus;
import dev.ferry.api.v1alpha1.task.TaskStatus.LastStatus;
import dev.ferry.api.v1alpha1.task.TaskStatus.StopCode;
import dev.ferry.api.v1alpha1.task.TaskStatus.TaskDetail;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.ContainerState;
import io.fabric8.kubernetes.api.model.ContainerStateBuilder;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.ProbeBuilder;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TaskLifecycleTest {
    static final TaskLifecycle.Identity ID = new TaskLifecycle.Identity(
            "arn:aws:ecs:us-east-1:000000000000:task/default/migrate-0", "migrate-0", "family:migrate", "ci");
    static final List<String> ESSENTIAL = List.of("app");

    static ContainerState running(String at) {
        return new ContainerStateBuilder().withNewRunning().withStartedAt(at).endRunning().build();
    }

    static ContainerState waiting(String reason, String message) {
        return new ContainerStateBuilder().withNewWaiting().withReason(reason).withMessage(message).endWaiting().build();
    }

    static ContainerState exited(int code, String reason, String started, String finished) {
        return new ContainerStateBuilder().withNewTerminated().withExitCode(code).withReason(reason)
                .withStartedAt(started).withFinishedAt(finished).endTerminated().build();
    }

    static ContainerStatus status(String name, ContainerState state, boolean ready) {
        return new ContainerStatusBuilder().withName(name).withState(state).withReady(ready).withImage(name + ":1").build();
    }

    /** A two-container pod (app essential, with a readiness probe; log-router not) on a node, phase as given. */
    static PodBuilder pod(String phase, String node, ContainerStatus... statuses) {
        return new PodBuilder()
                .withNewMetadata().withName("migrate-0").withNamespace("ns")
                .withCreationTimestamp("2026-01-01T00:00:00Z")
                .addToAnnotations("ecs.ferry.dev/essential-containers", "app")
                .endMetadata()
                .withNewSpec().withNodeName(node).withRestartPolicy("Never")
                .withContainers(
                        new ContainerBuilder().withName("app").withImage("app:1")
                                .withReadinessProbe(new ProbeBuilder().withNewExec().withCommand("true").endExec().build())
                                .build(),
                        new ContainerBuilder().withName("log-router").withImage("fluent-bit:3").build())
                .endSpec()
                .withNewStatus().withPhase(phase).withContainerStatuses(statuses).endStatus();
    }

    static Stream<Arguments> lifecycle() {
        return Stream.of(
                Arguments.of("notScheduledIsProvisioning", pod("Pending", null).build(), LastStatus.PROVISIONING, null),
                Arguments.of("unschedulableStaysProvisioning", pod("Pending", null).editStatus().addNewCondition()
                        .withType("PodScheduled").withStatus("False").withReason("Unschedulable").endCondition()
                        .endStatus().build(), LastStatus.PROVISIONING, null),
                Arguments.of("scheduledAndCreatingIsPending", pod("Pending", "node-1",
                        status("app", waiting("ContainerCreating", null), false),
                        status("log-router", waiting("ContainerCreating", null), false)).build(),
                        LastStatus.PENDING, null),
                Arguments.of("oneContainerStillStartingIsPending", pod("Pending", "node-1",
                        status("app", running("2026-01-01T00:00:05Z"), false),
                        status("log-router", waiting("ContainerCreating", null), false)).build(),
                        LastStatus.PENDING, null),
                Arguments.of("allRunningIsRunning", pod("Running", "node-1",
                        status("app", running("2026-01-01T00:00:05Z"), true),
                        status("log-router", running("2026-01-01T00:00:06Z"), true)).build(),
                        LastStatus.RUNNING, null),
                Arguments.of("nonEssentialExitKeepsItRunning", pod("Running", "node-1",
                        status("app", running("2026-01-01T00:00:05Z"), true),
                        status("log-router", exited(1, "Error", "2026-01-01T00:00:06Z", "2026-01-01T00:00:09Z"), false))
                        .build(), LastStatus.RUNNING, null),
                Arguments.of("essentialExitWithSiblingRunningIsStopped", pod("Running", "node-1",
                        status("app", exited(3, "Error", "2026-01-01T00:00:05Z", "2026-01-01T00:01:00Z"), false),
                        status("log-router", running("2026-01-01T00:00:06Z"), true)).build(),
                        LastStatus.STOPPED, StopCode.EssentialContainerExited),
                Arguments.of("podFailedIsStopped", pod("Failed", "node-1",
                        status("app", exited(3, "Error", "2026-01-01T00:00:05Z", "2026-01-01T00:01:00Z"), false),
                        status("log-router", exited(143, "Error", "2026-01-01T00:00:06Z", "2026-01-01T00:01:02Z"), false))
                        .build(), LastStatus.STOPPED, StopCode.EssentialContainerExited),
                Arguments.of("podSucceededIsStopped", pod("Succeeded", "node-1",
                        status("app", exited(0, "Completed", "2026-01-01T00:00:05Z", "2026-01-01T00:01:00Z"), false),
                        status("log-router", exited(0, "Completed", "2026-01-01T00:00:06Z", "2026-01-01T00:01:01Z"), false))
                        .build(), LastStatus.STOPPED, StopCode.EssentialContainerExited),
                Arguments.of("imagePullBackOffFailedToStart", pod("Pending", "node-1",
                        status("app", waiting("ImagePullBackOff", "Back-off pulling image \"app:nope\""), false),
                        status("log-router", running("2026-01-01T00:00:06Z"), true)).build(),
                        LastStatus.STOPPED, StopCode.TaskFailedToStart),
                Arguments.of("createContainerConfigErrorFailedToStart", pod("Pending", "node-1",
                        status("app", waiting("CreateContainerConfigError", "secret \"db\" not found"), false)).build(),
                        LastStatus.STOPPED, StopCode.TaskFailedToStart),
                Arguments.of("deletedPodIsStoppingUserInitiated", pod("Running", "node-1",
                        status("app", running("2026-01-01T00:00:05Z"), true),
                        status("log-router", running("2026-01-01T00:00:06Z"), true))
                        .editMetadata().withDeletionTimestamp("2026-01-01T00:02:00Z").endMetadata().build(),
                        LastStatus.STOPPING, StopCode.UserInitiated),
                Arguments.of("evictedPodWhoseEssentialExitedIsEssentialContainerExited", pod("Failed", "node-1",
                        status("app", exited(137, "Error", "2026-01-01T00:00:05Z", "2026-01-01T00:01:00Z"), false))
                        .editStatus().withReason("Evicted").withMessage("node low on memory").endStatus().build(),
                        LastStatus.STOPPED, StopCode.EssentialContainerExited));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lifecycle")
    void podStateMapsToTheEcsLifecycle(String name, Pod pod, LastStatus lastStatus, StopCode stopCode) {
        TaskDetail detail = TaskLifecycle.detail(pod, ESSENTIAL, ID);
        assertThat(detail.lastStatus).isEqualTo(lastStatus);
        assertThat(detail.stopCode).isEqualTo(stopCode);
    }

    @Test
    void essentialExitRecordsExitCodeReasonAndTimes() {
        Pod pod = pod("Running", "node-1",
                status("app", exited(3, "Error", "2026-01-01T00:00:05Z", "2026-01-01T00:01:00Z"), false),
                status("log-router", running("2026-01-01T00:00:06Z"), true)).build();

        TaskDetail detail = TaskLifecycle.detail(pod, ESSENTIAL, ID);

        assertThat(detail.stoppedReason).isEqualTo("Essential container in task exited");
        assertThat(detail.createdAt).isEqualTo("2026-01-01T00:00:00Z");
        assertThat(detail.stoppingAt).isEqualTo("2026-01-01T00:01:00Z");
        assertThat(detail.stoppedAt).isEqualTo("2026-01-01T00:01:00Z");
        assertThat(detail.taskArn).isEqualTo(ID.taskArn());
        assertThat(detail.group).isEqualTo("family:migrate");
        assertThat(detail.startedBy).isEqualTo("ci");
        assertThat(detail.containers).satisfiesExactly(
                app -> {
                    assertThat(app.name).isEqualTo("app");
                    assertThat(app.lastStatus).isEqualTo(ContainerLastStatus.STOPPED);
                    assertThat(app.exitCode).isEqualTo(3);
                    assertThat(app.reason).isEqualTo("Error");
                    assertThat(app.healthStatus).isEqualTo(HealthStatus.UNKNOWN);
                },
                router -> {
                    assertThat(router.lastStatus).isEqualTo(ContainerLastStatus.RUNNING);
                    assertThat(router.exitCode).isNull();
                    assertThat(router.healthStatus).isNull();
                });
    }

    @Test
    void evictionIsATerminationNoticeWhenNoEssentialContainerExited() {
        Pod pod = pod("Failed", "node-1").editStatus().withReason("Evicted").withMessage("node low on memory")
                .endStatus().build();
        TaskDetail detail = TaskLifecycle.detail(pod, ESSENTIAL, ID);
        assertThat(detail.stopCode).isEqualTo(StopCode.TerminationNotice);
        assertThat(detail.stoppedReason).isEqualTo("Pod Evicted: node low on memory");
    }

    @Test
    void runningTaskHasStartedAtAndHealthFromReadiness() {
        Pod healthy = pod("Running", "node-1", status("app", running("2026-01-01T00:00:05Z"), true),
                status("log-router", running("2026-01-01T00:00:07Z"), true)).build();
        Pod unhealthy = pod("Running", "node-1", status("app", running("2026-01-01T00:00:05Z"), false),
                status("log-router", running("2026-01-01T00:00:07Z"), true)).build();

        TaskDetail detail = TaskLifecycle.detail(healthy, ESSENTIAL, ID);

        assertThat(detail.startedAt).isEqualTo("2026-01-01T00:00:07Z");
        assertThat(detail.containers.get(0).healthStatus).isEqualTo(HealthStatus.HEALTHY);
        assertThat(TaskLifecycle.detail(unhealthy, ESSENTIAL, ID).containers.get(0).healthStatus)
                .isEqualTo(HealthStatus.UNHEALTHY);
    }

    @Test
    void imagePullFailureNamesTheContainerAndTheError() {
        Pod pod = pod("Pending", "node-1",
                status("app", waiting("ErrImagePull", "rpc error: not found"), false)).build();
        TaskDetail detail = TaskLifecycle.detail(pod, ESSENTIAL, ID);
        assertThat(detail.stoppedReason).isEqualTo("CannotPullContainerError: app: rpc error: not found");
        assertThat(detail.containers.get(0).reason).isEqualTo("ErrImagePull: rpc error: not found");
    }

    @Test
    void nativeSidecarsAndInitContainersAreReportedUnderTheirEcsNames() {
        Pod pod = pod("Running", "node-1", status("app", running("2026-01-01T00:00:05Z"), true),
                status("log-router", running("2026-01-01T00:00:06Z"), true))
                .editMetadata().addToAnnotations("ecs.ferry.dev/container-names", "{\"envoy-x\":\"Envoy_X\"}").endMetadata()
                .editSpec().addNewInitContainer().withName("envoy-x").withImage("envoy:1").withRestartPolicy("Always")
                .endInitContainer().endSpec()
                .editStatus().addToInitContainerStatuses(status("envoy-x", running("2026-01-01T00:00:02Z"), true))
                .endStatus().build();

        TaskDetail detail = TaskLifecycle.detail(pod, ESSENTIAL, ID);

        assertThat(detail.containers).extracting(c -> c.name + "/" + c.lastStatus)
                .containsExactly("Envoy_X/RUNNING", "app/RUNNING", "log-router/RUNNING");
    }

    @Test
    void essentialExitStopsTheTaskUnderRestartPolicyNever() {
        Pod pod = pod("Running", "node-1",
                status("app", exited(3, "Error", "2026-01-01T00:00:05Z", "2026-01-01T00:01:00Z"), false),
                status("log-router", running("2026-01-01T00:00:06Z"), true)).build();
        assertThat(TaskLifecycle.shouldStop(pod, ESSENTIAL)).isTrue();
    }

    @Test
    void nonEssentialExitDoesNotStopTheTask() {
        Pod pod = pod("Running", "node-1", status("app", running("2026-01-01T00:00:05Z"), true),
                status("log-router", exited(1, "Error", "2026-01-01T00:00:06Z", "2026-01-01T00:00:09Z"), false)).build();
        assertThat(TaskLifecycle.shouldStop(pod, ESSENTIAL)).isFalse();
    }

    @Test
    void underOnFailureOnlyASuccessfulEssentialExitStopsTheTask() {
        Pod failed = pod("Running", "node-1",
                status("app", exited(1, "Error", "2026-01-01T00:00:05Z", "2026-01-01T00:01:00Z"), false),
                status("log-router", running("2026-01-01T00:00:06Z"), true))
                .editSpec().withRestartPolicy("OnFailure").endSpec().build();
        Pod succeeded = pod("Running", "node-1",
                status("app", exited(0, "Completed", "2026-01-01T00:00:05Z", "2026-01-01T00:01:00Z"), false),
                status("log-router", running("2026-01-01T00:00:06Z"), true))
                .editSpec().withRestartPolicy("OnFailure").endSpec().build();

        assertThat(TaskLifecycle.shouldStop(failed, ESSENTIAL)).isFalse();
        assertThat(TaskLifecycle.detail(failed, ESSENTIAL, ID).lastStatus).isEqualTo(LastStatus.RUNNING);
        assertThat(TaskLifecycle.shouldStop(succeeded, ESSENTIAL)).isTrue();
    }

    @Test
    void aFinishedOrDeletingPodNeedsNoStop() {
        Pod done = pod("Failed", "node-1",
                status("app", exited(3, "Error", "2026-01-01T00:00:05Z", "2026-01-01T00:01:00Z"), false)).build();
        assertThat(TaskLifecycle.shouldStop(done, ESSENTIAL)).isFalse();
    }

    @Test
    void aVanishedTaskIsStoppedAndKeepsARecordedStop() {
        TaskDetail running = TaskLifecycle.provisioning(ID);
        running.lastStatus = LastStatus.RUNNING;
        TaskDetail gone = TaskLifecycle.vanished(running, "2026-01-01T00:05:00Z");
        assertThat(gone.lastStatus).isEqualTo(LastStatus.STOPPED);
        assertThat(gone.stopCode).isEqualTo(StopCode.UserInitiated);
        assertThat(gone.stoppedAt).isEqualTo("2026-01-01T00:05:00Z");

        Pod exited = pod("Running", "node-1",
                status("app", exited(3, "Error", "2026-01-01T00:00:05Z", "2026-01-01T00:01:00Z"), false),
                status("log-router", running("2026-01-01T00:00:06Z"), true)).build();
        TaskDetail stopped = TaskLifecycle.vanished(TaskLifecycle.detail(exited, ESSENTIAL, ID), "2026-01-01T00:05:00Z");
        assertThat(stopped.stopCode).isEqualTo(StopCode.EssentialContainerExited);
        assertThat(stopped.stoppedAt).isEqualTo("2026-01-01T00:01:00Z");
        assertThat(stopped.containers).extracting(c -> c.lastStatus).containsOnly(ContainerLastStatus.STOPPED);
        assertThat(stopped.containers.get(0).exitCode).isEqualTo(3);
    }

    @Test
    void aggregateIsTheLeastAdvancedTaskUntilAllAreStopped() {
        TaskDetail running = TaskLifecycle.provisioning(ID);
        running.lastStatus = LastStatus.RUNNING;
        TaskDetail pending = TaskLifecycle.provisioning(ID);
        pending.lastStatus = LastStatus.PENDING;
        TaskDetail stopped = TaskLifecycle.vanished(running, "2026-01-01T00:05:00Z");
        stopped.stopCode = StopCode.EssentialContainerExited;
        TaskDetail stopped2 = TaskLifecycle.vanished(running, "2026-01-01T00:05:00Z");

        assertThat(TaskLifecycle.aggregate(List.of(running, pending)).lastStatus).isEqualTo(LastStatus.PENDING);
        assertThat(TaskLifecycle.aggregate(List.of(stopped, running)).lastStatus).isEqualTo(LastStatus.RUNNING);
        TaskDetail all = TaskLifecycle.aggregate(List.of(stopped, stopped2));
        assertThat(all.lastStatus).isEqualTo(LastStatus.STOPPED);
        assertThat(all.stopCode).isEqualTo(StopCode.EssentialContainerExited);
    }
}
