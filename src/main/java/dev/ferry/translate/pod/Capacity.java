package dev.ferry.translate.pod;

import io.fabric8.kubernetes.api.model.Affinity;
import io.fabric8.kubernetes.api.model.Toleration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The capacity provider a task runs on, resolved from the Cluster: how it maps to this Kubernetes cluster's nodes.
 *
 * @param provider       capacity provider name (FARGATE, FARGATE_SPOT, a custom one) or the launch type
 * @param serverless     Fargate sizing and restrictions are enforced
 */
public record Capacity(String provider, boolean serverless, Map<String, String> nodeSelector,
        List<Toleration> tolerations, Optional<Affinity> affinity, Optional<String> runtimeClassName,
        Optional<String> priorityClassName, Map<String, String> podLabels, Map<String, String> podAnnotations) {

    public Capacity {
        nodeSelector = Map.copyOf(nodeSelector);
        tolerations = List.copyOf(tolerations);
        podLabels = Map.copyOf(podLabels);
        podAnnotations = Map.copyOf(podAnnotations);
    }

    /** Plain scheduling with no constraints (an EC2-style launch on any node). */
    public static Capacity plain(String provider) {
        return new Capacity(provider, false, Map.of(), List.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Map.of(), Map.of());
    }

    /** Fargate rules with no scheduling constraints (what the CLI assumes when no Cluster says otherwise). */
    public static Capacity serverless(String provider) {
        return new Capacity(provider, true, Map.of(), List.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Map.of(), Map.of());
    }
}
