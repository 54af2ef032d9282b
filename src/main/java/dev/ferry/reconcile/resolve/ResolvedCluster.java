package dev.ferry.reconcile.resolve;

import dev.ferry.api.v1alpha1.cluster.ClusterSpec;
import java.util.Optional;

/**
 * The Cluster a Service, Task or ScheduledTask runs in.
 *
 * @param name the ECS cluster name
 * @param spec the Cluster object's spec; empty for {@code default} when no such object exists
 */
public record ResolvedCluster(String name, Optional<ClusterSpec> spec) {
}
