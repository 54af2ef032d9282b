package dev.ferry.translate.pod;

import dev.ferry.api.v1alpha1.taskdefinition.ContainerDefinition;
import dev.ferry.api.v1alpha1.taskdefinition.ContainerRestartPolicy;
import java.util.List;
import java.util.Set;

/**
 * Translates stopTimeout, container restartPolicy, pod restartPolicy per workload. Runs after the dependsOn step: a
 * container that became a native sidecar restarts on its own and does not need the pod's restart policy.
 *
 * <p>Rules (docs/mapping/containers.md):
 * <ul>
 *   <li>{@code terminationGracePeriodSeconds} = the longest stopTimeout of the containers, each defaulting to ECS's 30
 *       seconds. Serverless capacity allows 2-120 (Fargate).</li>
 *   <li>Pod {@code restartPolicy}: Always for a SERVICE; for a TASK Never, or OnFailure when some container has
 *       {@code restartPolicy.enabled} (Kubernetes has no per-container restart policy for regular containers; native
 *       sidecars, which always restart, do not count).</li>
 * </ul>
 */
final class LifecycleStep implements PodStep {
    /** ECS's stop timeout when a container sets none (agent ECS_CONTAINER_STOP_TIMEOUT, Fargate). */
    static final int DEFAULT_STOP_TIMEOUT = 30;
    /** Fargate's bounds of a container's stopTimeout and startTimeout, in seconds (ecs-reference.md §2). */
    static final int FARGATE_TIMEOUT_MIN = 2;
    static final int FARGATE_TIMEOUT_MAX = 120;
    static final String ALWAYS = "Always";
    static final String NEVER = "Never";
    static final String ON_FAILURE = "OnFailure";

    @Override
    public void apply(TaskInputs in, PodDraft draft) {
        List<ContainerDefinition> definitions = Specs.containers(in.spec());
        gracePeriod(in, draft, definitions);
        restartPolicy(in, draft, definitions);
    }

    @Override
    public Set<String> fields() {
        return Set.of("containerDefinitions[].stopTimeout", "containerDefinitions[].restartPolicy");
    }

    /**
     * Why the task's capacity rejects {@code seconds} as a container's stopTimeout or startTimeout: serverless
     * capacity allows what Fargate allows, 2-120 seconds. Null when it accepts them.
     */
    static String serverlessTimeoutProblem(TaskInputs in, int seconds) {
        if (!in.capacity().serverless() || (seconds >= FARGATE_TIMEOUT_MIN && seconds <= FARGATE_TIMEOUT_MAX)) {
            return null;
        }
        return seconds + " seconds is outside the " + FARGATE_TIMEOUT_MIN + "-" + FARGATE_TIMEOUT_MAX + " seconds "
                + "serverless (Fargate) capacity provider " + in.capacity().provider() + " allows: write a value in "
                + "that range";
    }

    private static void gracePeriod(TaskInputs in, PodDraft draft, List<ContainerDefinition> definitions) {
        long grace = -1;
        for (ContainerDefinition definition : definitions) {
            Integer timeout = definition.stopTimeout;
            if (timeout != null && timeout < 0) {
                draft.violation(PodDraft.path(definition) + ".stopTimeout", timeout + " is negative: write the seconds "
                        + "between SIGTERM and SIGKILL (ECS default " + DEFAULT_STOP_TIMEOUT + ")");
                continue;
            }
            String problem = timeout == null ? null : serverlessTimeoutProblem(in, timeout);
            if (problem != null) {
                draft.violation(PodDraft.path(definition) + ".stopTimeout", problem);
                continue;
            }
            grace = Math.max(grace, timeout == null ? DEFAULT_STOP_TIMEOUT : timeout);
        }
        if (grace < 0) {
            return;
        }
        draft.pod().setTerminationGracePeriodSeconds(grace);
        for (ContainerDefinition definition : definitions) {
            if (definition.stopTimeout != null && definition.stopTimeout >= 0 && definition.stopTimeout < grace) {
                draft.unsupported(PodDraft.path(definition) + ".stopTimeout", definition.stopTimeout + " seconds: "
                        + "Kubernetes has one grace period per pod, the longest stopTimeout of the task (" + grace
                        + " seconds), so this container can take up to " + grace + " seconds after SIGTERM before "
                        + "SIGKILL");
            }
        }
    }

    /**
     * The pod's restartPolicy: Always for a Service; for a Task Never, or OnFailure when a container that is not a
     * native sidecar has a restart policy (a native sidecar restarts in place on its own, its container restartPolicy
     * is Always whatever the pod's). Needs the containers' roles: call it after the dependsOn step.
     */
    static String podRestartPolicy(TaskInputs in, PodDraft draft) {
        if (in.workload() == Workload.SERVICE) {
            return ALWAYS;
        }
        boolean restarts = Specs.containers(in.spec()).stream()
                .anyMatch(d -> ContainerStep.restartsInPlace(d) && !sidecar(draft, d));
        return restarts ? ON_FAILURE : NEVER;
    }

    private static void restartPolicy(TaskInputs in, PodDraft draft, List<ContainerDefinition> definitions) {
        List<ContainerDefinition> restarting = definitions.stream().filter(ContainerStep::restartsInPlace).toList();
        String podPolicy = podRestartPolicy(in, draft);
        draft.pod().setRestartPolicy(podPolicy);
        if (podPolicy.equals(ON_FAILURE)) {
            List<ContainerDefinition> podRestarts = restarting.stream().filter(d -> !sidecar(draft, d)).toList();
            List<String> others = definitions.stream()
                    .filter(d -> !ContainerStep.restartsInPlace(d) && !sidecar(draft, d)).map(d -> d.name).toList();
            if (!others.isEmpty()) {
                boolean one = others.size() == 1;
                draft.unsupported(PodDraft.path(podRestarts.get(0)) + ".restartPolicy.enabled", "Kubernetes restarts "
                        + "the containers of a task's pod all alike: the pod gets restartPolicy OnFailure, so "
                        + String.join(", ", others) + (one ? ", which has" : ", which have") + " no restart policy, "
                        + (one ? "also restarts" : "also restart") + " in place after a failure, where ECS leaves "
                        + (one ? "it" : "them") + " stopped (and stops the task when "
                        + (one ? "it is" : "one is") + " essential)");
            }
        }
        for (ContainerDefinition definition : restarting) {
            ContainerRestartPolicy policy = definition.restartPolicy;
            String path = PodDraft.path(definition) + ".restartPolicy";
            List<Integer> ignored = Specs.list(policy.ignoredExitCodes);
            if (sidecar(draft, definition)) {
                if (!ignored.isEmpty()) {
                    draft.unsupported(path + ".ignoredExitCodes", "the container runs as a native sidecar "
                            + "(restartPolicy Always), which Kubernetes restarts after every exit, whatever the exit "
                            + "code");
                }
            } else if (in.workload() == Workload.SERVICE) {
                if (!ignored.isEmpty()) {
                    draft.unsupported(path + ".ignoredExitCodes", "a Service's pod (restartPolicy Always) restarts the "
                            + "container after every exit, whatever the exit code");
                }
            } else if (!(ignored.size() == 1 && Integer.valueOf(0).equals(ignored.get(0)))) {
                draft.unsupported(path + ".ignoredExitCodes", (ignored.isEmpty() ? "none" : ignored.toString())
                        + ": under restartPolicy OnFailure Kubernetes restarts the container after every non-zero exit "
                        + "code and never after exit code 0, as if ignoredExitCodes were [0]");
            }
            if (policy.restartAttemptPeriod != null) {
                draft.unsupported(path + ".restartAttemptPeriod", "the kubelet restarts a container with an "
                        + "exponential back-off (10 seconds doubling up to 5 minutes) and has no minimum run time "
                        + "before a restart");
            }
        }
    }

    private static boolean sidecar(PodDraft draft, ContainerDefinition definition) {
        return draft.role(definition.name) == PodDraft.Role.SIDECAR;
    }
}
