package dev.ferry.translate.capacity;

import dev.ferry.api.v1alpha1.cluster.ClusterFerrySpec;
import dev.ferry.api.v1alpha1.cluster.ClusterFerrySpec.CapacityProviderMapping;
import dev.ferry.api.v1alpha1.cluster.ClusterSpec;
import dev.ferry.api.v1alpha1.common.CapacityProviderStrategyItem;
import dev.ferry.api.v1alpha1.common.LaunchType;
import dev.ferry.translate.Arns;
import dev.ferry.translate.Result;
import dev.ferry.translate.Violation;
import dev.ferry.translate.pod.Capacity;
import dev.ferry.translate.pod.ClusterPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a Cluster means for the tasks that run in it: the ARN scope, the policy, and the capacity a task gets from a
 * launch type or capacity provider strategy. A namespace without a Cluster object behaves like a Cluster named
 * {@code default} with no settings, as ECS's default cluster does.
 */
public final class ClusterProfiles {
    public static final String FARGATE = "FARGATE";
    public static final String FARGATE_SPOT = "FARGATE_SPOT";

    private ClusterProfiles() {
    }

    public static Arns.Scope scope(Optional<ClusterSpec> cluster, String defaultRegion, String defaultAccountId) {
        Optional<ClusterFerrySpec> ferry = cluster.map(c -> c.ferry);
        return Arns.Scope.of(ferry.map(f -> f.region).orElse(defaultRegion),
                ferry.map(f -> f.accountId).orElse(defaultAccountId));
    }

    public static ClusterPolicy policy(Optional<ClusterSpec> cluster) {
        Optional<ClusterFerrySpec> ferry = cluster.map(c -> c.ferry);
        List<ClusterPolicy.ImageRewrite> rewrites = new ArrayList<>();
        ferry.map(f -> f.imageRewrites).ifPresent(list -> list.forEach(r -> rewrites.add(new ClusterPolicy.ImageRewrite(r.from, r.to))));
        Optional<ClusterPolicy.SecretStore> store = ferry.map(f -> f.externalSecrets)
                .filter(es -> Boolean.TRUE.equals(es.enabled) && es.secretStoreRef != null && es.secretStoreRef.name != null)
                .map(es -> new ClusterPolicy.SecretStore(es.secretStoreRef.name,
                        es.secretStoreRef.kind == null ? "ClusterSecretStore" : es.secretStoreRef.kind.name()));
        return new ClusterPolicy(
                ferry.map(f -> f.hostPathVolumes == ClusterFerrySpec.Policy.Allow).orElse(false),
                ferry.map(f -> f.privilegedContainers == ClusterFerrySpec.Policy.Allow).orElse(false),
                rewrites, store);
    }

    /**
     * The capacity provider each of {@code count} tasks runs on: the launch type when given, else the strategy, else
     * the Cluster's default strategy, else EC2 (ECS's default launch type).
     *
     * @param field path of the referring object's launchType/strategy, for messages
     */
    public static Result<List<Capacity>> capacities(Optional<ClusterSpec> cluster, LaunchType launchType,
            List<CapacityProviderStrategyItem> strategy, int count, String field) {
        List<String> providers;
        boolean isLaunchType = launchType != null;
        if (launchType != null) {
            providers = java.util.Collections.nCopies(count, launchType.name());
        } else {
            List<CapacityProviderStrategyItem> effective = strategy != null && !strategy.isEmpty() ? strategy
                    : cluster.map(c -> c.defaultCapacityProviderStrategy).filter(s -> !s.isEmpty()).orElse(null);
            if (effective == null) {
                providers = java.util.Collections.nCopies(count, LaunchType.EC2.name());
                isLaunchType = true;
            } else {
                Result<List<String>> split = StrategySplit.assign(count, effective, field + ".capacityProviderStrategy");
                if (!split.isValid()) {
                    return Result.invalid(split.violations());
                }
                providers = split.value();
            }
        }
        List<Capacity> capacities = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        for (String provider : providers) {
            Result<Capacity> capacity = capacity(cluster, provider, isLaunchType, field);
            if (capacity.isValid()) {
                capacities.add(capacity.value());
            } else if (!violations.containsAll(capacity.violations())) {
                violations.addAll(capacity.violations());
            }
        }
        return violations.isEmpty() ? Result.ok(List.copyOf(capacities)) : Result.invalid(violations);
    }

    /** The scheduling of one capacity provider (or launch type) of the Cluster. */
    static Result<Capacity> capacity(Optional<ClusterSpec> cluster, String provider, boolean fromLaunchType, String field) {
        Optional<CapacityProviderMapping> mapping = cluster.map(c -> c.ferry).map(f -> f.capacityProviders)
                .flatMap(list -> list.stream().filter(m -> provider.equals(m.name)).findFirst());
        boolean fargate = FARGATE.equals(provider) || FARGATE_SPOT.equals(provider);
        if (mapping.isPresent()) {
            CapacityProviderMapping m = mapping.get();
            return Result.ok(new Capacity(provider, m.serverless != null ? m.serverless : fargate,
                    m.nodeSelector == null ? java.util.Map.of() : m.nodeSelector,
                    m.tolerations == null ? List.of() : m.tolerations,
                    Optional.ofNullable(m.affinity), Optional.ofNullable(m.runtimeClassName),
                    Optional.ofNullable(m.priorityClassName),
                    m.podLabels == null ? java.util.Map.of() : m.podLabels,
                    m.podAnnotations == null ? java.util.Map.of() : m.podAnnotations));
        }
        if (fargate) {
            return Result.ok(Capacity.serverless(provider));
        }
        if (fromLaunchType) {
            return Result.ok(Capacity.plain(provider));
        }
        List<String> declared = cluster.map(c -> c.capacityProviders).orElse(List.of());
        if (declared.contains(provider)) {
            return Result.ok(Capacity.plain(provider));
        }
        return Result.invalid(field + ".capacityProviderStrategy", "capacity provider \"" + provider
                + "\" is not a capacity provider of the cluster: add it to the Cluster's spec.capacityProviders and map "
                + "it to nodes in spec.ferry.capacityProviders, or use FARGATE / FARGATE_SPOT");
    }
}
