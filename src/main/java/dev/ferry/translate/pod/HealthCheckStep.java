package dev.ferry.translate.pod;

import dev.ferry.api.v1alpha1.taskdefinition.ContainerDefinition;
import dev.ferry.api.v1alpha1.taskdefinition.HealthCheck;
import dev.ferry.translate.Violation;
import io.fabric8.kubernetes.api.model.Container;
import java.util.List;
import java.util.Set;

/**
 * Translates {@code healthCheck} into exec probes (docs/mapping/health.md).
 *
 * <ul>
 *   <li>{@code ["CMD", a, b]} → exec {@code [a, b]}; {@code ["CMD-SHELL", s]} → exec {@code ["/bin/sh", "-c", s]}
 *       ({@code ["cmd", "/S", "/C", s]} for a Windows runtimePlatform);
 *       {@code ["NONE"]} → no probe (the check is disabled); any other first element → no probe, reported (Docker
 *       never runs such a check); {@code CMD}/{@code CMD-SHELL} with nothing after it → violation.</li>
 *   <li>Only an essential container's health counts on ECS. A non-essential container gets no probe (reported:
 *       its health is only recorded on ECS).</li>
 *   <li>Service pods: liveness (failureThreshold = retries: an UNHEALTHY essential container gets the task
 *       replaced on ECS, restarting the container is the closest Kubernetes behaviour), readiness (the same
 *       check: a task counts as healthy only once HEALTHY), and for {@code startPeriod > 0} a startup probe
 *       allowing {@code ceil(startPeriod/interval) + retries} failures.</li>
 *   <li>Task pods: a readiness probe only. ECS lets a standalone task run whatever its health, so no probe may
 *       restart or kill the container; readiness records the health without acting on it.</li>
 * </ul>
 * The readiness probe set here is the container-health readiness; the TargetGroup translation replaces it on the
 * load balancer's target container with the target group's health check.
 */
final class HealthCheckStep implements PodStep {

    @Override
    public void apply(TaskInputs in, PodDraft draft) {
        for (ContainerDefinition definition : Specs.containers(in.spec())) {
            HealthCheck hc = definition.healthCheck;
            if (hc != null) {
                translate(in, draft, definition, hc);
            }
        }
    }

    private static void translate(TaskInputs in, PodDraft draft, ContainerDefinition definition, HealthCheck hc) {
        String path = PodDraft.path(definition) + ".healthCheck";
        List<Violation> outOfRange = HealthChecks.outOfRange(hc, path);
        outOfRange.forEach(draft::violation);
        HealthChecks.Check check = HealthChecks.read(hc, HealthChecks.windows(in.spec()));
        switch (check.kind()) {
            case EMPTY -> draft.violation(path + ".command", "needs a command after CMD or CMD-SHELL: [\"CMD\", "
                    + "\"executable\", \"arg\"...] or [\"CMD-SHELL\", \"script\"]; as written the check can never pass");
            case UNKNOWN -> draft.unsupported(path + ".command", "must start with CMD or CMD-SHELL; Docker does not "
                    + "run a check that starts with \"" + hc.command.get(0) + "\" (the container's health stays UNKNOWN "
                    + "on ECS), so Ferry sets no probe. Write [\"CMD\", " + quoted(hc.command) + "] to have it run");
            default -> {
            }
        }
        if (!outOfRange.isEmpty() || !check.runs()) {
            return;
        }
        if (!Specs.essential(definition)) {
            draft.unsupported(path, "non-essential container: ECS records its health but never acts on it, so Ferry "
                    + "sets no liveness or readiness probe (its health is not visible in Kubernetes; a startup probe "
                    + "is added only if another container depends on it being HEALTHY)");
            return;
        }
        Container container = draft.container(definition);
        if (in.workload() == Workload.TASK) {
            container.setReadinessProbe(HealthChecks.probe(check, check.retries()));
            return;
        }
        if (check.startPeriod() > 0) {
            container.setStartupProbe(HealthChecks.probe(check, check.startupFailureThreshold()));
        }
        container.setLivenessProbe(HealthChecks.probe(check, check.retries()));
        container.setReadinessProbe(HealthChecks.probe(check, check.retries()));
    }

    private static String quoted(List<String> command) {
        StringBuilder out = new StringBuilder();
        for (String part : command) {
            if (!out.isEmpty()) {
                out.append(", ");
            }
            out.append('"').append(part).append('"');
        }
        return out.toString();
    }

    @Override
    public Set<String> fields() {
        return Set.of("containerDefinitions[].healthCheck");
    }
}
