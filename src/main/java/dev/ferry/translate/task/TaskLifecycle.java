package dev.ferry.translate.task;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ferry.api.v1alpha1.task.TaskStatus;
import dev.ferry.api.v1alpha1.task.TaskStatus.ContainerDetail;
import dev.ferry.api.v1alpha1.task.TaskStatus.ContainerLastStatus;
import dev.ferry.api.v1alpha1.task.TaskStatus.DesiredStatus;
import dev.ferry.api.v1alpha1.task.TaskStatus.HealthStatus;
import dev.ferry.api.v1alpha1.task.TaskStatus.LastStatus;
import dev.ferry.api.v1alpha1.task.TaskStatus.StopCode;
import dev.ferry.api.v1alpha1.task.TaskStatus.TaskDetail;
import dev.ferry.translate.pod.ContainerStep;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An ECS task's lifecycle (DescribeTasks' {@code lastStatus}, {@code stopCode}, containers) read from its pod.
 * Rules in docs/mapping/task.md.
 */
public final class TaskLifecycle {
    /** Waiting reasons that mean the task cannot start (ECS: TaskFailedToStart, e.g. CannotPullContainerError). */
    public static final Set<String> FAILED_TO_START = Set.of("ErrImagePull", "ImagePullBackOff", "InvalidImageName",
            "CreateContainerConfigError", "CreateContainerError");
    public static final String ESSENTIAL_EXITED = "Essential container in task exited";

    private static final ObjectMapper JSON = new ObjectMapper();

    private TaskLifecycle() {
    }

    /** What a task says about itself besides its pod. */
    public record Identity(String taskArn, String podName, String group, String startedBy) {
    }

    /** The task of a pod not (yet) seen: PROVISIONING. */
    public static TaskDetail provisioning(Identity id) {
        TaskDetail detail = base(id);
        detail.lastStatus = LastStatus.PROVISIONING;
        detail.desiredStatus = DesiredStatus.RUNNING;
        return detail;
    }

    /**
     * The task whose pod disappeared: STOPPED. A task already STOPPED keeps its record; any other was stopped from
     * outside (its pod deleted), UserInitiated. Containers not recorded as STOPPED become STOPPED without exit code.
     */
    public static TaskDetail vanished(TaskDetail last, String now) {
        TaskDetail detail = JSON.convertValue(last, TaskDetail.class);
        if (detail.lastStatus != LastStatus.STOPPED) {
            detail.stopCode = StopCode.UserInitiated;
            detail.stoppedReason = "Task stopped: its pod " + last.podName + " was deleted";
            detail.stoppingAt = detail.stoppingAt == null ? now : detail.stoppingAt;
            detail.stoppedAt = now;
        }
        detail.lastStatus = LastStatus.STOPPED;
        detail.desiredStatus = DesiredStatus.STOPPED;
        if (detail.containers != null) {
            detail.containers.forEach(c -> c.lastStatus = ContainerLastStatus.STOPPED);
        }
        return detail;
    }

    /** The ECS view of the task running in {@code pod}. */
    public static TaskDetail detail(Pod pod, List<String> essentials, Identity id) {
        TaskDetail detail = base(id);
        detail.createdAt = pod.getMetadata().getCreationTimestamp();
        List<ContainerDetail> containers = new ArrayList<>();
        Map<String, String> ecsNames = ecsNames(pod);
        List<ContainerStatus> statuses = statuses(pod);
        List<Container> specs = specContainers(pod);
        for (Container container : specs) {
            Optional<ContainerStatus> status = statuses.stream().filter(s -> container.getName().equals(s.getName())).findFirst();
            containers.add(container(container, status, ecsNames));
        }
        detail.containers = containers;

        Optional<ContainerStatus> exitedEssential = statuses.stream()
                .filter(s -> essentials.contains(s.getName()))
                .filter(s -> s.getState() != null && s.getState().getTerminated() != null)
                .min(Comparator.comparing(TaskLifecycle::finishedAt, Comparator.nullsLast(Comparator.naturalOrder())));
        Optional<ContainerStatus> failedToStart = statuses.stream()
                .filter(s -> s.getState() != null && s.getState().getWaiting() != null
                        && FAILED_TO_START.contains(s.getState().getWaiting().getReason()))
                .findFirst();
        String phase = pod.getStatus() == null ? null : pod.getStatus().getPhase();
        boolean terminal = "Succeeded".equals(phase) || "Failed".equals(phase);
        String deleting = pod.getMetadata().getDeletionTimestamp();

        if (exitedEssential.isPresent() && (terminal || shouldStop(pod, essentials) || deleting != null)) {
            stopped(detail, StopCode.EssentialContainerExited, ESSENTIAL_EXITED);
            detail.stoppingAt = finishedAt(exitedEssential.get());
            detail.stoppedAt = terminal ? latestFinish(statuses).orElse(detail.stoppingAt) : detail.stoppingAt;
        } else if (failedToStart.isPresent()) {
            var waiting = failedToStart.get().getState().getWaiting();
            stopped(detail, StopCode.TaskFailedToStart, cannot(waiting.getReason()) + ": " + ecsNames.getOrDefault(
                    failedToStart.get().getName(), failedToStart.get().getName()) + ": "
                    + Objects.requireNonNullElse(waiting.getMessage(), waiting.getReason()));
        } else if (terminal) {
            String reason = pod.getStatus().getReason();
            stopped(detail, reason == null ? StopCode.EssentialContainerExited : StopCode.TerminationNotice,
                    reason == null ? ESSENTIAL_EXITED : "Pod " + reason + ": " + pod.getStatus().getMessage());
            detail.stoppedAt = latestFinish(statuses).orElse(null);
            detail.stoppingAt = detail.stoppedAt;
        } else if (deleting != null) {
            detail.lastStatus = LastStatus.STOPPING;
            detail.desiredStatus = DesiredStatus.STOPPED;
            detail.stopCode = StopCode.UserInitiated;
            detail.stoppedReason = "Task stopped: its pod " + pod.getMetadata().getName() + " is being deleted";
            detail.stoppingAt = deleting;
        } else if (!scheduled(pod)) {
            detail.lastStatus = LastStatus.PROVISIONING;
            detail.desiredStatus = DesiredStatus.RUNNING;
        } else if (allMainRunning(pod, statuses)) {
            detail.lastStatus = LastStatus.RUNNING;
            detail.desiredStatus = DesiredStatus.RUNNING;
        } else {
            detail.lastStatus = LastStatus.PENDING;
            detail.desiredStatus = DesiredStatus.RUNNING;
        }
        if (detail.lastStatus.ordinal() >= LastStatus.RUNNING.ordinal()) {
            detail.startedAt = statuses.stream().map(TaskLifecycle::startedAt).filter(Objects::nonNull)
                    .max(Comparator.naturalOrder()).orElse(null);
        }
        return detail;
    }

    /**
     * Whether Ferry must stop the task (delete its pod): an essential container has terminated while others still
     * run (under restartPolicy OnFailure only an exit code 0 counts: the kubelet restarts a failed one), or a
     * container cannot start (its image cannot be pulled or its configuration is invalid).
     */
    public static boolean shouldStop(Pod pod, List<String> essentials) {
        String phase = pod.getStatus() == null ? null : pod.getStatus().getPhase();
        if ("Succeeded".equals(phase) || "Failed".equals(phase) || pod.getMetadata().getDeletionTimestamp() != null) {
            return false;
        }
        boolean onFailure = "OnFailure".equals(pod.getSpec() == null ? null : pod.getSpec().getRestartPolicy());
        for (ContainerStatus s : statuses(pod)) {
            if (s.getState() == null) {
                continue;
            }
            if (s.getState().getWaiting() != null && FAILED_TO_START.contains(s.getState().getWaiting().getReason())) {
                return true;
            }
            var terminated = s.getState().getTerminated();
            if (terminated != null && essentials.contains(s.getName())
                    && (!onFailure || Integer.valueOf(0).equals(terminated.getExitCode()))) {
                return true;
            }
        }
        return false;
    }

    /** The aggregate of a run: the least advanced task until every task is STOPPED, then the first task's stop. */
    public static TaskDetail aggregate(List<TaskDetail> tasks) {
        TaskDetail result = new TaskDetail();
        if (tasks.isEmpty()) {
            return result;
        }
        boolean allStopped = tasks.stream().allMatch(t -> t.lastStatus == LastStatus.STOPPED);
        if (allStopped) {
            TaskDetail first = tasks.get(0);
            result.lastStatus = LastStatus.STOPPED;
            result.desiredStatus = DesiredStatus.STOPPED;
            result.stopCode = first.stopCode;
            result.stoppedReason = first.stoppedReason;
            return result;
        }
        TaskDetail least = tasks.stream().filter(t -> t.lastStatus != null)
                .min(Comparator.comparing(t -> t.lastStatus.ordinal())).orElse(tasks.get(0));
        result.lastStatus = least.lastStatus;
        result.desiredStatus = tasks.stream().anyMatch(t -> t.desiredStatus == DesiredStatus.RUNNING)
                ? DesiredStatus.RUNNING : DesiredStatus.STOPPED;
        return result;
    }

    private static TaskDetail base(Identity id) {
        TaskDetail detail = new TaskDetail();
        detail.taskArn = id.taskArn();
        detail.podName = id.podName();
        detail.group = id.group();
        detail.startedBy = id.startedBy();
        return detail;
    }

    private static void stopped(TaskDetail detail, StopCode code, String reason) {
        detail.lastStatus = LastStatus.STOPPED;
        detail.desiredStatus = DesiredStatus.STOPPED;
        detail.stopCode = code;
        detail.stoppedReason = reason;
    }

    private static String cannot(String waitingReason) {
        return waitingReason.contains("Image") ? "CannotPullContainerError" : "CannotCreateContainerError";
    }

    private static ContainerDetail container(Container spec, Optional<ContainerStatus> status, Map<String, String> ecsNames) {
        ContainerDetail detail = new ContainerDetail();
        detail.name = ecsNames.getOrDefault(spec.getName(), spec.getName());
        detail.image = spec.getImage();
        detail.lastStatus = ContainerLastStatus.PENDING;
        if (status.isPresent() && status.get().getState() != null) {
            var state = status.get().getState();
            if (state.getRunning() != null) {
                detail.lastStatus = ContainerLastStatus.RUNNING;
            } else if (state.getTerminated() != null) {
                detail.lastStatus = ContainerLastStatus.STOPPED;
                detail.exitCode = state.getTerminated().getExitCode();
                detail.reason = reason(state.getTerminated().getReason(), state.getTerminated().getMessage());
            } else if (state.getWaiting() != null) {
                var last = status.get().getLastState() == null ? null : status.get().getLastState().getTerminated();
                if (last != null) {
                    detail.exitCode = last.getExitCode();
                }
                if (state.getWaiting().getReason() != null && !"ContainerCreating".equals(state.getWaiting().getReason())
                        && !"PodInitializing".equals(state.getWaiting().getReason())) {
                    detail.reason = reason(state.getWaiting().getReason(), state.getWaiting().getMessage());
                }
            }
        }
        if (spec.getReadinessProbe() != null) {
            boolean running = detail.lastStatus == ContainerLastStatus.RUNNING;
            boolean ready = status.map(ContainerStatus::getReady).orElse(false);
            detail.healthStatus = !running ? HealthStatus.UNKNOWN : ready ? HealthStatus.HEALTHY : HealthStatus.UNHEALTHY;
        }
        return detail;
    }

    private static String reason(String reason, String message) {
        if (reason == null) {
            return message;
        }
        return message == null || message.isBlank() ? reason : reason + ": " + message;
    }

    private static boolean scheduled(Pod pod) {
        if (pod.getSpec() != null && pod.getSpec().getNodeName() != null) {
            return true;
        }
        List<PodCondition> conditions = pod.getStatus() == null ? null : pod.getStatus().getConditions();
        return conditions != null && conditions.stream()
                .anyMatch(c -> "PodScheduled".equals(c.getType()) && "True".equals(c.getStatus()));
    }

    /** Every main container and every native sidecar is running; plain init containers are done. */
    private static boolean allMainRunning(Pod pod, List<ContainerStatus> statuses) {
        for (Container c : pod.getSpec().getContainers()) {
            Optional<ContainerStatus> s = statuses.stream().filter(x -> c.getName().equals(x.getName())).findFirst();
            boolean runningOrDone = s.map(x -> x.getState() != null
                    && (x.getState().getRunning() != null || x.getState().getTerminated() != null)).orElse(false);
            if (!runningOrDone) {
                return false;
            }
        }
        return pod.getSpec().getContainers().stream().anyMatch(c -> statuses.stream()
                .anyMatch(s -> c.getName().equals(s.getName()) && s.getState() != null && s.getState().getRunning() != null));
    }

    private static List<Container> specContainers(Pod pod) {
        List<Container> all = new ArrayList<>();
        if (pod.getSpec() != null) {
            if (pod.getSpec().getInitContainers() != null) {
                all.addAll(pod.getSpec().getInitContainers());
            }
            if (pod.getSpec().getContainers() != null) {
                all.addAll(pod.getSpec().getContainers());
            }
        }
        return all;
    }

    private static List<ContainerStatus> statuses(Pod pod) {
        List<ContainerStatus> all = new ArrayList<>();
        if (pod.getStatus() != null) {
            if (pod.getStatus().getInitContainerStatuses() != null) {
                all.addAll(pod.getStatus().getInitContainerStatuses());
            }
            if (pod.getStatus().getContainerStatuses() != null) {
                all.addAll(pod.getStatus().getContainerStatuses());
            }
        }
        return all;
    }

    private static String finishedAt(ContainerStatus s) {
        return s.getState() == null || s.getState().getTerminated() == null ? null
                : s.getState().getTerminated().getFinishedAt();
    }

    private static String startedAt(ContainerStatus s) {
        if (s.getState() == null) {
            return null;
        }
        if (s.getState().getRunning() != null) {
            return s.getState().getRunning().getStartedAt();
        }
        return s.getState().getTerminated() == null ? null : s.getState().getTerminated().getStartedAt();
    }

    private static Optional<String> latestFinish(List<ContainerStatus> statuses) {
        return statuses.stream().map(TaskLifecycle::finishedAt).filter(Objects::nonNull).max(Comparator.naturalOrder());
    }

    private static Map<String, String> ecsNames(Pod pod) {
        Map<String, String> annotations = pod.getMetadata().getAnnotations();
        String json = annotations == null ? null : annotations.get(ContainerStep.CONTAINER_NAMES);
        if (json == null) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<Map<String, String>>() { });
        } catch (java.io.IOException e) {
            return Map.of();
        }
    }

    /** The essential container names recorded on a pod. */
    public static List<String> essentials(Pod pod) {
        return ContainerStep.essentialContainers(pod.getMetadata().getAnnotations());
    }

}
