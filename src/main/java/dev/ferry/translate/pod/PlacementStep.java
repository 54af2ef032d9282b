package dev.ferry.translate.pod;

import dev.ferry.api.v1alpha1.common.PlacementConstraint;
import dev.ferry.api.v1alpha1.taskdefinition.RuntimePlatform;
import dev.ferry.api.v1alpha1.taskdefinition.RuntimePlatform.OperatingSystemFamily;
import dev.ferry.api.v1alpha1.taskdefinition.TaskDefinitionSpec.Compatibility;
import io.fabric8.kubernetes.api.model.Affinity;
import io.fabric8.kubernetes.api.model.AffinityBuilder;
import io.fabric8.kubernetes.api.model.NodeAffinity;
import io.fabric8.kubernetes.api.model.NodeSelector;
import io.fabric8.kubernetes.api.model.NodeSelectorTerm;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Toleration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Translates runtimePlatform, placementConstraints, requiresCompatibilities, capacity provider scheduling. */
final class PlacementStep implements PodStep {
    static final String ARCH = "kubernetes.io/arch";
    static final String OS = "kubernetes.io/os";
    static final String WINDOWS_BUILD = "node.kubernetes.io/windows-build";

    @Override
    public void apply(TaskInputs in, PodDraft draft) {
        Capacity capacity = in.capacity();
        PodSpec pod = draft.pod();
        compatibilities(in, draft);

        Map<String, String> selector = new TreeMap<>(pod.getNodeSelector() == null ? Map.of() : pod.getNodeSelector());
        selector.putAll(capacity.nodeSelector());
        runtimePlatform(in.spec().runtimePlatform, selector, capacity, draft);
        if (!selector.isEmpty()) {
            pod.setNodeSelector(selector);
        }

        List<NodeSelectorTerm> terms = memberOf(in, draft);
        Affinity affinity = capacity.affinity().map(a -> new AffinityBuilder(a).build()).orElse(null);
        if (terms != null) {
            affinity = withRequiredTerms(affinity, terms, draft);
        }
        if (affinity != null) {
            pod.setAffinity(affinity);
        }

        if (!capacity.tolerations().isEmpty()) {
            List<Toleration> tolerations = new ArrayList<>(pod.getTolerations());
            tolerations.addAll(capacity.tolerations());
            pod.setTolerations(tolerations);
        }
        capacity.runtimeClassName().ifPresent(pod::setRuntimeClassName);
        capacity.priorityClassName().ifPresent(pod::setPriorityClassName);
        addAbsent(draft.metadata().getLabels(), capacity.podLabels());
        addAbsent(draft.metadata().getAnnotations(), capacity.podAnnotations());
    }

    @Override
    public Set<String> fields() {
        return Set.of("runtimePlatform", "placementConstraints", "requiresCompatibilities");
    }

    /** An explicitly EC2-only (or EXTERNAL-only) definition does not run on serverless capacity, as on ECS. */
    private static void compatibilities(TaskInputs in, PodDraft draft) {
        List<Compatibility> required = Specs.list(in.spec().requiresCompatibilities);
        if (in.capacity().serverless() && !required.isEmpty() && !required.contains(Compatibility.FARGATE)) {
            draft.violation("spec.requiresCompatibilities", "the task definition requires " + required
                    + " but runs on FARGATE capacity (" + in.capacity().provider() + "): add FARGATE to"
                    + " requiresCompatibilities or run it on EC2 capacity");
        }
    }

    private static void runtimePlatform(RuntimePlatform platform, Map<String, String> selector, Capacity capacity,
            PodDraft draft) {
        if (platform == null) {
            return;
        }
        if (platform.cpuArchitecture != null) {
            String arch = platform.cpuArchitecture == RuntimePlatform.CpuArchitecture.ARM64 ? "arm64" : "amd64";
            select(selector, ARCH, arch, "spec.runtimePlatform.cpuArchitecture", capacity, draft);
        }
        OperatingSystemFamily family = platform.operatingSystemFamily;
        if (family != null) {
            if (family == OperatingSystemFamily.LINUX) {
                select(selector, OS, "linux", "spec.runtimePlatform.operatingSystemFamily", capacity, draft);
            } else {
                select(selector, OS, "windows", "spec.runtimePlatform.operatingSystemFamily", capacity, draft);
                select(selector, WINDOWS_BUILD, windowsBuild(family), "spec.runtimePlatform.operatingSystemFamily",
                        capacity, draft);
            }
        }
    }

    /** The {@code node.kubernetes.io/windows-build} label value (major.minor.build) of a Windows Server release. */
    static String windowsBuild(OperatingSystemFamily family) {
        return switch (family) {
            case WINDOWS_SERVER_2016_FULL -> "10.0.14393";
            case WINDOWS_SERVER_2019_FULL, WINDOWS_SERVER_2019_CORE -> "10.0.17763";
            case WINDOWS_SERVER_2004_CORE -> "10.0.19041";
            case WINDOWS_SERVER_20H2_CORE -> "10.0.19042";
            case WINDOWS_SERVER_2022_FULL, WINDOWS_SERVER_2022_CORE -> "10.0.20348";
            case WINDOWS_SERVER_2025_FULL, WINDOWS_SERVER_2025_CORE -> "10.0.26100";
            case LINUX -> throw new IllegalArgumentException("not Windows");
        };
    }

    private static void select(Map<String, String> selector, String key, String value, String field,
            Capacity capacity, PodDraft draft) {
        String existing = selector.get(key);
        if (existing != null && !existing.equals(value)) {
            draft.violation(field, "needs nodes labelled " + key + "=" + value + " but capacity provider "
                    + capacity.provider() + " selects " + key + "=" + existing
                    + ": use a capacity provider with matching nodes");
            return;
        }
        selector.put(key, value);
    }

    /** The memberOf constraints ANDed, as node selector terms; null when they restrict nothing. */
    private static List<NodeSelectorTerm> memberOf(TaskInputs in, PodDraft draft) {
        List<PlacementConstraint> constraints = Specs.list(in.spec().placementConstraints);
        if (constraints.isEmpty()) {
            return null;
        }
        if (in.capacity().serverless()) {
            draft.violation("spec.placementConstraints", "FARGATE capacity does not support placement constraints:"
                    + " remove them or run on EC2 capacity");
            return null;
        }
        List<NodeSelectorTerm> all = null;
        for (int i = 0; i < constraints.size(); i++) {
            PlacementConstraint constraint = constraints.get(i);
            String path = "spec.placementConstraints[" + i + "]";
            if (constraint.type != PlacementConstraint.Type.MEMBER_OF) {
                draft.violation(path + ".type", "a task definition accepts memberOf constraints only"
                        + (constraint.type == PlacementConstraint.Type.DISTINCT_INSTANCE
                                ? ": put distinctInstance on the Service or Task" : ""));
                continue;
            }
            List<ClusterQuery.Dropped> dropped = new ArrayList<>();
            List<NodeSelectorTerm> terms;
            try {
                terms = ClusterQuery.terms(constraint.expression, dropped);
                all = ClusterQuery.and(all, terms);
            } catch (ClusterQuery.InvalidExpression e) {
                draft.violation(path + ".expression", "not a cluster query expression Ferry can translate: "
                        + e.getMessage());
                continue;
            }
            for (ClusterQuery.Dropped d : dropped) {
                draft.unsupported(path + ".expression", "`" + d.atom() + "` is not applied (" + d.reason()
                        + "); placement treats it as true"
                        + (terms == null ? ", so the whole expression holds on every node and adds no node affinity"
                                : ""));
            }
        }
        return all;
    }

    /** The Cluster's required node affinity AND the task definition's terms. */
    private static Affinity withRequiredTerms(Affinity affinity, List<NodeSelectorTerm> terms, PodDraft draft) {
        Affinity result = affinity == null ? new Affinity() : affinity;
        NodeAffinity node = result.getNodeAffinity() == null ? new NodeAffinity() : result.getNodeAffinity();
        NodeSelector required = node.getRequiredDuringSchedulingIgnoredDuringExecution();
        List<NodeSelectorTerm> capacityTerms = required == null || required.getNodeSelectorTerms().isEmpty()
                ? null : required.getNodeSelectorTerms();
        List<NodeSelectorTerm> combined;
        try {
            combined = ClusterQuery.and(capacityTerms, terms);
        } catch (ClusterQuery.InvalidExpression e) {
            draft.violation("spec.placementConstraints", "with the capacity provider's node affinity, " + e.getMessage());
            return affinity;
        }
        node.setRequiredDuringSchedulingIgnoredDuringExecution(new NodeSelector(combined));
        result.setNodeAffinity(node);
        return result;
    }

    /** Capacity labels and annotations never replace one already set, nor take a key of Ferry's own. */
    private static void addAbsent(Map<String, String> target, Map<String, String> extra) {
        new TreeMap<>(extra).forEach((key, value) -> {
            if (!MetadataSyntax.isFerrys(key)) {
                target.putIfAbsent(key, value);
            }
        });
    }
}
