package dev.ferry.translate.pod;

import dev.ferry.api.v1alpha1.taskdefinition.ContainerDefinition;
import dev.ferry.api.v1alpha1.taskdefinition.ContainerDependency;
import dev.ferry.api.v1alpha1.taskdefinition.ContainerDependency.Condition;
import dev.ferry.api.v1alpha1.taskdefinition.TaskDefinitionSpec;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Probe;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Translates {@code dependsOn} and {@code startTimeout} into the pod's start order (docs/mapping/dependson.md).
 *
 * <ul>
 *   <li>A container others depend on with {@code SUCCESS} or {@code COMPLETE} → an init container (runs to
 *       completion first; COMPLETE is approximated by SUCCESS, reported).</li>
 *   <li>A container others depend on only with {@code START}/{@code HEALTHY} → a native sidecar (init container with
 *       {@code restartPolicy: Always}); for HEALTHY its startup probe is its healthCheck, so the next containers
 *       start once it passed. Without native sidecars (Kubernetes &lt; 1.29) it stays a regular container and the
 *       dependency is reported as not honoured.</li>
 *   <li>Init containers and sidecars start in the topological order of the dependency graph, ties in definition
 *       order; every other container is a regular container and starts after them.</li>
 *   <li>{@code startTimeout} belongs to the container depended on (ECS: how long its dependants wait for it to
 *       reach the condition): for a HEALTHY sidecar it becomes the startup probe's budget.</li>
 * </ul>
 */
final class DependsOnStep implements PodStep {

    /** A valid dependency: {@code dependant.dependsOn[index]} is {@code condition} on {@code target}. */
    private record Edge(ContainerDefinition dependant, int index, Condition condition, ContainerDefinition target) {
        String path() {
            return PodDraft.path(dependant) + ".dependsOn[" + index + "]";
        }
    }

    @Override
    public void apply(TaskInputs in, PodDraft draft) {
        List<ContainerDefinition> definitions = Specs.containers(in.spec());
        Map<String, ContainerDefinition> byName = new LinkedHashMap<>();
        definitions.forEach(d -> byName.putIfAbsent(d.name, d));

        List<Edge> edges = new ArrayList<>();
        boolean valid = validateEdges(definitions, byName, draft, edges);
        valid &= validateStartTimeouts(in, definitions, draft);
        valid &= validateAcyclic(definitions, edges, draft);
        if (!valid) {
            return;
        }

        // From here on one definition per name (names are unique in a valid task definition; the CRD enforces it).
        List<ContainerDefinition> unique = List.copyOf(byName.values());
        Map<String, Set<Condition>> conditions = new LinkedHashMap<>();
        for (ContainerDefinition d : unique) {
            conditions.put(d.name, EnumSet.noneOf(Condition.class));
        }
        edges.forEach(e -> conditions.get(e.target().name).add(e.condition()));

        for (ContainerDefinition d : unique) {
            Set<Condition> on = conditions.get(d.name);
            if (runsAsInitContainer(in.spec(), d.name)) {
                draft.role(d.name, PodDraft.Role.INIT);
            } else if (!on.isEmpty() && in.platform().nativeSidecars()) {
                draft.role(d.name, PodDraft.Role.SIDECAR);
            }
        }
        draft.initOrder(initOrder(unique, edges, draft));

        reportEdges(in, draft, edges);
        for (ContainerDefinition d : unique) {
            Set<Condition> on = conditions.get(d.name);
            switch (draft.role(d.name)) {
                case INIT -> init(draft, d);
                case SIDECAR -> sidecar(in, draft, d, on);
                case MAIN -> {
                    if (on.contains(Condition.HEALTHY) && startTimeout(d) > 0) {
                        draft.unsupported(PodDraft.path(d) + ".startTimeout", "not honoured: the containers that "
                                + "depend on " + d.name + " do not wait for it (see their dependsOn)");
                    }
                }
            }
        }
    }

    // ---- validation -------------------------------------------------------------------------------------------

    private static boolean validateEdges(List<ContainerDefinition> definitions, Map<String, ContainerDefinition> byName,
            PodDraft draft, List<Edge> edges) {
        boolean valid = true;
        for (ContainerDefinition dependant : definitions) {
            List<ContainerDependency> dependsOn = Specs.list(dependant.dependsOn);
            for (int i = 0; i < dependsOn.size(); i++) {
                ContainerDependency dependency = dependsOn.get(i);
                String path = PodDraft.path(dependant) + ".dependsOn[" + i + "]";
                if (dependency == null || dependency.containerName == null || dependency.condition == null) {
                    draft.violation(path, "needs containerName (a container of this task definition) and condition "
                            + "(START, COMPLETE, SUCCESS or HEALTHY)");
                    valid = false;
                    continue;
                }
                ContainerDefinition target = byName.get(dependency.containerName);
                if (target == null) {
                    draft.violation(path + ".containerName", "names no container of this task definition: \""
                            + dependency.containerName + "\"; containers are " + String.join(", ", byName.keySet()));
                    valid = false;
                } else if (target == dependant || target.name.equals(dependant.name)) {
                    draft.violation(path + ".containerName", "a container cannot depend on itself");
                    valid = false;
                } else if (runsToCompletion(dependency.condition) && Specs.essential(target)) {
                    draft.violation(path + ".condition", dependency.condition + " needs containerDefinitions["
                            + target.name + "] to set essential: false (ECS: a container that must run to "
                            + "completion cannot be essential)");
                    valid = false;
                } else if (dependency.condition == Condition.HEALTHY && !hasRunnableHealthCheck(target)) {
                    draft.violation(path + ".condition", "HEALTHY needs containerDefinitions[" + target.name
                            + "] to have a valid healthCheck (command starting with CMD or CMD-SHELL, values within "
                            + "ECS limits); without one it never becomes HEALTHY. Add a healthCheck or use START");
                    valid = false;
                } else {
                    edges.add(new Edge(dependant, i, dependency.condition, target));
                }
            }
        }
        return valid;
    }

    private static boolean validateStartTimeouts(TaskInputs in, List<ContainerDefinition> definitions, PodDraft draft) {
        boolean valid = true;
        for (ContainerDefinition d : definitions) {
            if (d.startTimeout == null) {
                continue;
            }
            String path = PodDraft.path(d) + ".startTimeout";
            String serverless = LifecycleStep.serverlessTimeoutProblem(in, d.startTimeout);
            if (d.startTimeout < 0) {
                draft.violation(path, "must not be negative; it is " + d.startTimeout);
                valid = false;
            } else if (serverless != null) {
                draft.violation(path, serverless);
                valid = false;
            }
        }
        return valid;
    }

    /** Reports every dependency cycle once, on the first of its containers in definition order. */
    private static boolean validateAcyclic(List<ContainerDefinition> definitions, List<Edge> edges, PodDraft draft) {
        Map<String, List<String>> next = new LinkedHashMap<>();
        definitions.forEach(d -> next.putIfAbsent(d.name, new ArrayList<>()));
        edges.forEach(e -> next.get(e.dependant().name).add(e.target().name));
        Map<String, Integer> state = new LinkedHashMap<>(); // absent: unvisited, 1: on the path, 2: done
        List<List<String>> cycles = new ArrayList<>();
        for (String start : next.keySet()) {
            if (!state.containsKey(start)) {
                findCycles(start, next, state, new ArrayList<>(), cycles);
            }
        }
        Set<Set<String>> reported = new LinkedHashSet<>();
        for (List<String> cycle : cycles) {
            if (reported.add(new LinkedHashSet<>(cycle))) {
                List<String> loop = new ArrayList<>(cycle);
                loop.add(cycle.get(0));
                draft.violation("spec.containerDefinitions[" + cycle.get(0) + "].dependsOn", "dependency cycle "
                        + String.join(" → ", loop) + ": no container of it can start first. Remove one of these "
                        + "dependencies");
            }
        }
        return cycles.isEmpty();
    }

    private static void findCycles(String node, Map<String, List<String>> next, Map<String, Integer> state,
            List<String> path, List<List<String>> cycles) {
        state.put(node, 1);
        path.add(node);
        for (String target : next.get(node)) {
            Integer s = state.get(target);
            if (s == null) {
                findCycles(target, next, state, path, cycles);
            } else if (s == 1) {
                cycles.add(List.copyOf(path.subList(path.indexOf(target), path.size())));
            }
        }
        path.remove(path.size() - 1);
        state.put(node, 2);
    }

    // ---- order ------------------------------------------------------------------------------------------------

    /**
     * Init containers and sidecars in dependency order (a container after everything it depends on), ties in
     * definition order. Dependencies on regular containers (possible only without native sidecars) do not order.
     */
    private static List<String> initOrder(List<ContainerDefinition> definitions, List<Edge> edges, PodDraft draft) {
        List<String> pending = new ArrayList<>();
        for (ContainerDefinition d : definitions) {
            if (draft.role(d.name) != PodDraft.Role.MAIN) {
                pending.add(d.name);
            }
        }
        List<String> order = new ArrayList<>();
        while (!pending.isEmpty()) {
            String ready = null;
            for (String candidate : pending) {
                boolean waits = edges.stream().anyMatch(e -> e.dependant().name.equals(candidate)
                        && pending.contains(e.target().name));
                if (!waits) {
                    ready = candidate;
                    break;
                }
            }
            if (ready == null) {
                throw new IllegalStateException("dependency cycle among " + pending); // excluded by validateAcyclic
            }
            pending.remove(ready);
            order.add(ready);
        }
        return order;
    }

    // ---- roles ------------------------------------------------------------------------------------------------

    private static void reportEdges(TaskInputs in, PodDraft draft, List<Edge> edges) {
        Map<ContainerDefinition, Set<String>> notAwaited = new LinkedHashMap<>();
        for (Edge e : edges) {
            PodDraft.Role targetRole = draft.role(e.target().name);
            String target = e.target().name;
            String dependant = e.dependant().name;
            if (e.condition() == Condition.COMPLETE) {
                draft.unsupported(e.path() + ".condition", "COMPLETE is approximated by SUCCESS: " + target
                        + " runs as an init container, and Kubernetes needs init containers to exit 0. If it exits "
                        + "with another code, " + (LifecycleStep.NEVER.equals(LifecycleStep.podRestartPolicy(in, draft))
                                ? "the pod fails" : "it is restarted")
                        + " instead of " + dependant + " starting");
            } else if (!runsToCompletion(e.condition()) && targetRole == PodDraft.Role.INIT) {
                draft.unsupported(e.path() + ".condition", target + " is also a COMPLETE/SUCCESS dependency of "
                        + "another container, so it runs as an init container: " + dependant + " starts after "
                        + target + " has exited, not once it " + (e.condition() == Condition.START ? "has started"
                        : "is healthy"));
            } else if (targetRole == PodDraft.Role.MAIN) {
                notAwaited.computeIfAbsent(e.dependant(), k -> new LinkedHashSet<>()).add(target);
            }
        }
        notAwaited.forEach((dependant, targets) -> draft.unsupported(PodDraft.path(dependant) + ".dependsOn",
                "START/HEALTHY dependencies need Kubernetes 1.29 native sidecars; the server is " + in.platform()
                        + ": " + String.join(", ", targets) + (targets.size() == 1 ? " runs" : " run")
                        + " as a regular container and " + dependant.name + " does not wait for "
                        + (targets.size() == 1 ? "it" : "them") + " (the containers start together)"));
    }

    /** A container that must run to completion first: regular init containers accept no probes. */
    private static void init(PodDraft draft, ContainerDefinition definition) {
        Container container = draft.container(definition);
        container.setLivenessProbe(null);
        container.setReadinessProbe(null);
        container.setStartupProbe(null);
        if (startTimeout(definition) > 0) {
            draft.unsupported(PodDraft.path(definition) + ".startTimeout", "Kubernetes has no deadline for an init "
                    + "container: the containers that depend on " + definition.name + " wait until it exits, however "
                    + "long it runs, where ECS stops the task after " + definition.startTimeout + " seconds");
        }
    }

    private static void sidecar(TaskInputs in, PodDraft draft, ContainerDefinition definition, Set<Condition> on) {
        Container container = draft.container(definition);
        container.setRestartPolicy("Always");
        if (on.contains(Condition.HEALTHY)) {
            HealthChecks.Check check = HealthChecks.read(definition.healthCheck, HealthChecks.windows(in.spec()));
            int failureThreshold = check.startupFailureThreshold();
            if (startTimeout(definition) > 0) {
                failureThreshold = HealthChecks.ceilDiv(definition.startTimeout, check.interval()) + 1;
                draft.unsupported(PodDraft.path(definition) + ".startTimeout", "becomes the budget of "
                        + definition.name + "'s startup probe (" + failureThreshold + " checks, " + check.interval()
                        + " s apart): when it runs out Kubernetes restarts " + definition.name + " and the containers "
                        + "that depend on it keep waiting, where ECS stops the task");
            }
            container.setStartupProbe(HealthChecks.probe(check, failureThreshold));
        } else if (container.getStartupProbe() != null) {
            // START only: a startup probe would hold back the next containers until the first passing check, which
            // is HEALTHY's meaning. Keep the start period as the liveness probe's initial delay instead.
            container.setStartupProbe(null);
            Probe liveness = container.getLivenessProbe();
            if (liveness != null && definition.healthCheck != null) {
                liveness.setInitialDelaySeconds(HealthChecks.read(definition.healthCheck).startPeriod());
            }
        }
        if (in.workload() == Workload.TASK) {
            String sidecar = definition.name + " runs as a native sidecar (other containers depend on it with START or "
                    + "HEALTHY): ";
            String podEnds = "the pod ends when its regular containers have ended, even while " + definition.name
                    + " runs";
            boolean restarts = ContainerStep.restartsInPlace(definition); // ECS restarts it in place too
            if (Specs.essential(definition)) {
                draft.unsupported(PodDraft.path(definition) + ".essential", sidecar + (restarts ? podEnds
                        : "Kubernetes restarts it whenever it exits, where ECS stops the task when an essential "
                                + "container exits; and " + podEnds));
            } else if (!restarts) {
                draft.unsupported(PodDraft.path(definition) + ".essential", sidecar + "Kubernetes restarts it whenever "
                        + "it exits, where ECS leaves a non-essential container stopped");
            }
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    /**
     * Whether another container depends on {@code name} with COMPLETE or SUCCESS: in a valid task definition it then
     * runs as a regular init container, once and to completion, before its dependants. Other steps ask this before
     * the roles are decided.
     */
    static boolean runsAsInitContainer(TaskDefinitionSpec spec, String name) {
        return Specs.containers(spec).stream().filter(d -> !name.equals(d.name))
                .flatMap(d -> Specs.list(d.dependsOn).stream())
                .anyMatch(dep -> dep != null && name.equals(dep.containerName) && dep.condition != null
                        && runsToCompletion(dep.condition));
    }

    private static boolean runsToCompletion(Condition condition) {
        return condition == Condition.COMPLETE || condition == Condition.SUCCESS;
    }

    private static boolean hasRunnableHealthCheck(ContainerDefinition definition) {
        return definition.healthCheck != null && HealthChecks.read(definition.healthCheck).runs()
                && HealthChecks.outOfRange(definition.healthCheck, "").isEmpty();
    }

    private static int startTimeout(ContainerDefinition definition) {
        return definition.startTimeout == null ? 0 : definition.startTimeout;
    }

    @Override
    public Set<String> fields() {
        return Set.of("containerDefinitions[].dependsOn", "containerDefinitions[].startTimeout");
    }
}
