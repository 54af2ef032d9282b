package dev.ferry.reconcile.taskdefinition;

import dev.ferry.api.v1alpha1.scheduledtask.ScheduledTask;
import dev.ferry.api.v1alpha1.service.Service;
import dev.ferry.api.v1alpha1.task.Task;
import dev.ferry.api.v1alpha1.taskdefinition.TaskDefinition;
import dev.ferry.translate.taskdefinition.RevisionUse;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.javaoperatorsdk.operator.api.config.informer.InformerEventSourceConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.javaoperatorsdk.operator.processing.event.source.informer.InformerEventSource;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Services, Tasks and ScheduledTasks that use a family, seen from the TaskDefinition reconciler: informers
 * indexed by {@code namespace/family}, so finding the users of one family costs a lookup, and a change in what an
 * object references wakes exactly the TaskDefinitions of the families involved (not every status update does).
 */
final class RevisionReferences {
    static final String INDEX = "family";

    private RevisionReferences() {
    }

    /** One informer per user kind. */
    static List<InformerEventSource<?, TaskDefinition>> eventSources(EventSourceContext<TaskDefinition> context) {
        return List.of(
                eventSource(context, Service.class, RevisionUse::of),
                eventSource(context, Task.class, RevisionUse::of),
                eventSource(context, ScheduledTask.class, RevisionUse::of));
    }

    /** Revision numbers of {@code family} in use in {@code namespace}. */
    static Set<Integer> inUse(Context<TaskDefinition> context, String namespace, String family) {
        Set<Integer> revisions = new TreeSet<>();
        String key = TaskDefinitionReconciler.familyKey(namespace, family);
        addUses(context, Service.class, RevisionUse::of, key, family, revisions);
        addUses(context, Task.class, RevisionUse::of, key, family, revisions);
        addUses(context, ScheduledTask.class, RevisionUse::of, key, family, revisions);
        return revisions;
    }

    private static <R extends HasMetadata> void addUses(Context<TaskDefinition> context, Class<R> kind,
            Function<R, Map<String, Set<Integer>>> use, String key, String family, Set<Integer> into) {
        @SuppressWarnings("unchecked")
        var source = (InformerEventSource<R, TaskDefinition>) context.eventSourceRetriever()
                .getEventSourceFor(kind, kind.getSimpleName());
        for (R user : source.byIndex(INDEX, key)) {
            into.addAll(use.apply(user).getOrDefault(family, Set.of()));
        }
    }

    private static <R extends HasMetadata> InformerEventSource<R, TaskDefinition> eventSource(
            EventSourceContext<TaskDefinition> context, Class<R> kind, Function<R, Map<String, Set<Integer>>> use) {
        Function<R, List<String>> keys = r -> use.apply(r).keySet().stream()
                .map(family -> TaskDefinitionReconciler.familyKey(r.getMetadata().getNamespace(), family))
                .toList();
        var configuration = InformerEventSourceConfiguration.from(kind, TaskDefinition.class)
                .withName(kind.getSimpleName())
                .withSecondaryToPrimaryMapper((R user) -> keys.apply(user).stream()
                        .flatMap(k -> context.getPrimaryCache().byIndex(TaskDefinitionReconciler.FAMILY_INDEX, k).stream())
                        .map(ResourceID::fromResource)
                        .collect(Collectors.toSet()))
                .withOnUpdateFilter((R updated, R previous) -> !use.apply(updated).equals(use.apply(previous)))
                .build();
        var source = new InformerEventSource<>(configuration, context);
        source.addIndexers(Map.of(INDEX, user -> keys.apply(user)));
        return source;
    }

}
