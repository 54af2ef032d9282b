package dev.ferry.reconcile.resolve;

import dev.ferry.api.v1alpha1.cluster.Cluster;
import dev.ferry.api.v1alpha1.taskdefinition.TaskDefinition;
import dev.ferry.api.v1alpha1.taskdefinition.TaskDefinitionSpec;
import dev.ferry.reconcile.taskdefinition.RevisionHistory;
import dev.ferry.reconcile.taskdefinition.TaskDefinitionReconciler;
import dev.ferry.translate.Names;
import dev.ferry.translate.Result;
import dev.ferry.translate.TaskDefinitionRef;
import dev.ferry.translate.taskdefinition.Snapshots;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.ControllerRevision;
import io.javaoperatorsdk.operator.api.config.informer.InformerEventSourceConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.processing.event.source.IndexerResourceCache;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.javaoperatorsdk.operator.processing.event.source.EventSource;
import io.javaoperatorsdk.operator.processing.event.source.informer.InformerEventSource;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Resolves the ECS references of a Service, Task or ScheduledTask ({@code taskDefinition: web:3},
 * {@code cluster: prod}) from informer caches, and wakes the referring objects when what they reference changes.
 *
 * <p>A reconciler calls {@link #eventSources} from {@code prepareEventSources} and then {@link #taskDefinition} /
 * {@link #cluster} from {@code reconcile}. Lookups are index reads: cost does not grow with the number of objects.
 */
public final class References {
    static final String USES_FAMILY = "uses-family";
    static final String USES_CLUSTER = "uses-cluster";
    static final String BY_FAMILY = "by-family";
    static final String BY_CLUSTER_NAME = "by-cluster-name";
    public static final String DEFAULT_CLUSTER = "default";

    private References() {
    }

    /** How a kind names what it references. */
    public record Referrer<P>(Function<P, Optional<String>> taskDefinition, Function<P, Optional<String>> cluster) {
    }

    public static <P extends HasMetadata> List<EventSource<?, P>> eventSources(EventSourceContext<P> context,
            Referrer<P> referrer) {
        IndexerResourceCache<P> primaries = context.getPrimaryCache();
        primaries.addIndexer(USES_FAMILY, p -> referrer.taskDefinition().apply(p).flatMap(TaskDefinitionRef::parse)
                .map(r -> List.of(key(p.getMetadata().getNamespace(), r.family()))).orElse(List.of()));
        primaries.addIndexer(USES_CLUSTER, p -> List.of(key(p.getMetadata().getNamespace(),
                clusterName(referrer.cluster().apply(p)))));
        Class<P> primary = context.getPrimaryResourceClass();

        var taskDefinitions = new InformerEventSource<>(InformerEventSourceConfiguration.from(TaskDefinition.class, primary)
                .withName("taskdefinitions")
                .withSecondaryToPrimaryMapper((TaskDefinition td) -> td.getSpec() == null || td.getSpec().family == null
                        ? Set.of()
                        : users(primaries, USES_FAMILY, key(td.getMetadata().getNamespace(), td.getSpec().family)))
                .build(), context);
        taskDefinitions.addIndexers(Map.of(BY_FAMILY, td -> td.getSpec() == null || td.getSpec().family == null ? List.of()
                : List.of(key(td.getMetadata().getNamespace(), td.getSpec().family))));

        var revisions = new InformerEventSource<>(InformerEventSourceConfiguration.from(ControllerRevision.class, primary)
                .withName("taskdefinition-revisions")
                .withLabelSelector(RevisionHistory.selector())
                .withSecondaryToPrimaryMapper((ControllerRevision r) -> familyOf(r)
                        .map(f -> users(primaries, USES_FAMILY, key(r.getMetadata().getNamespace(), f)))
                        .orElse(Set.of()))
                .build(), context);

        var clusters = new InformerEventSource<>(InformerEventSourceConfiguration.from(Cluster.class, primary)
                .withName("clusters")
                .withSecondaryToPrimaryMapper((Cluster c) -> users(primaries, USES_CLUSTER,
                        key(c.getMetadata().getNamespace(), nameOf(c))))
                .build(), context);
        clusters.addIndexers(Map.of(BY_CLUSTER_NAME, c -> List.of(key(c.getMetadata().getNamespace(), nameOf(c)))));

        return List.of(taskDefinitions, revisions, clusters);
    }

    /** Resolves {@code reference} (family, family:revision or ARN) in {@code namespace}; {@code field} names it in messages. */
    public static Result<ResolvedTaskDefinition> taskDefinition(Context<?> context, String namespace, String reference,
            String field) {
        Optional<TaskDefinitionRef> parsed = TaskDefinitionRef.parse(reference);
        if (parsed.isEmpty()) {
            return Result.invalid(field, "\"" + reference + "\" is not a task definition reference: "
                    + TaskDefinitionRef.describeFormat());
        }
        TaskDefinitionRef ref = parsed.get();
        InformerEventSource<TaskDefinition, ?> tds = source(context, TaskDefinition.class, "taskdefinitions");
        Optional<TaskDefinition> owner = tds.byIndex(BY_FAMILY, key(namespace, ref.family())).stream()
                .min(Comparator.comparing((TaskDefinition t) -> t.getMetadata().getCreationTimestamp(),
                        Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(t -> t.getMetadata().getName()));
        if (owner.isEmpty()) {
            return Result.invalid(field, "no TaskDefinition with spec.family \"" + ref.family() + "\" in namespace "
                    + namespace);
        }
        TaskDefinition td = owner.get();
        Integer latest = td.getStatus() == null ? null : td.getStatus().revision;
        if (latest == null) {
            return Result.invalid(field, "task definition " + ref.family() + " has no recorded revision yet");
        }
        int revision = ref.revision().orElse(latest);
        InformerEventSource<ControllerRevision, ?> revisions = source(context, ControllerRevision.class, "taskdefinition-revisions");
        Optional<ControllerRevision> snapshot = revisions.get(new ResourceID(
                Names.taskDefinitionRevision(td.getMetadata().getName(), revision), namespace));
        if (snapshot.isEmpty()) {
            return Result.invalid(field, "revision " + revision + " of task definition " + ref.family()
                    + (revision > latest ? " does not exist yet (latest is " + latest + ")"
                            : " is not kept any more (pruned; latest is " + latest + ")"));
        }
        TaskDefinitionSpec spec = Snapshots.read(RevisionHistory.snapshot(snapshot.get()), TaskDefinitionSpec.class);
        return Result.ok(new ResolvedTaskDefinition(spec, ref.family(), revision, td.getMetadata().getName()));
    }

    /**
     * Resolves a cluster reference (name or ARN; absent = {@code default}). A missing {@code default} Cluster is
     * fine (ECS's default cluster needs no setup); any other missing cluster is an error naming {@code field}.
     */
    public static Result<ResolvedCluster> cluster(Context<?> context, String namespace, Optional<String> reference,
            String field) {
        String name = clusterName(reference);
        InformerEventSource<Cluster, ?> clusters = source(context, Cluster.class, "clusters");
        Optional<Cluster> cluster = clusters.byIndex(BY_CLUSTER_NAME, key(namespace, name)).stream()
                .min(Comparator.comparing(c -> c.getMetadata().getName()));
        if (cluster.isEmpty() && !DEFAULT_CLUSTER.equals(name)) {
            return Result.invalid(field, "no Cluster named \"" + name + "\" in namespace " + namespace
                    + " (create one, or leave the field out to use the default cluster)");
        }
        return Result.ok(new ResolvedCluster(name, cluster.map(Cluster::getSpec)));
    }

    /** The ECS cluster name of a reference: a name, or the last part of a cluster ARN; absent or blank = default. */
    public static String clusterName(Optional<String> reference) {
        String value = reference.map(String::trim).filter(s -> !s.isEmpty()).orElse(DEFAULT_CLUSTER);
        if (value.startsWith("arn:") && value.contains(":cluster/")) {
            return value.substring(value.lastIndexOf(":cluster/") + ":cluster/".length());
        }
        return value;
    }

    static String nameOf(Cluster cluster) {
        return cluster.getSpec() != null && cluster.getSpec().clusterName != null && !cluster.getSpec().clusterName.isBlank()
                ? cluster.getSpec().clusterName : cluster.getMetadata().getName();
    }

    private static Optional<String> familyOf(ControllerRevision revision) {
        var annotations = revision.getMetadata().getAnnotations();
        return Optional.ofNullable(annotations == null ? null : annotations.get(RevisionHistory.FAMILY));
    }

    private static String key(String namespace, String value) {
        return TaskDefinitionReconciler.familyKey(namespace, value);
    }

    private static <P extends HasMetadata> Set<ResourceID> users(IndexerResourceCache<P> primaries, String index, String key) {
        return primaries.byIndex(index, key).stream().map(ResourceID::fromResource).collect(Collectors.toSet());
    }

    @SuppressWarnings("unchecked")
    private static <R extends HasMetadata> InformerEventSource<R, ?> source(Context<?> context, Class<R> kind, String name) {
        return (InformerEventSource<R, ?>) context.eventSourceRetriever().getEventSourceFor(kind, name);
    }
}
