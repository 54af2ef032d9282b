package dev.ferry.reconcile.taskdefinition;

import io.quarkiverse.operatorsdk.annotations.RBACRule;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ferry.api.v1alpha1.taskdefinition.TaskDefinition;
import dev.ferry.api.v1alpha1.taskdefinition.TaskDefinitionStatus;
import dev.ferry.config.FerryConfig;
import dev.ferry.reconcile.status.Conditions;
import dev.ferry.reconcile.status.Conditions.Desired;
import dev.ferry.reconcile.status.EventRecorder;
import dev.ferry.reconcile.status.StatusPatches;
import dev.ferry.translate.Arns;
import dev.ferry.translate.taskdefinition.RevisionPlan;
import dev.ferry.translate.taskdefinition.Snapshots;
import io.fabric8.kubernetes.api.model.apps.ControllerRevision;
import io.javaoperatorsdk.operator.api.config.informer.InformerEventSourceConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.javaoperatorsdk.operator.processing.event.source.EventSource;
import io.javaoperatorsdk.operator.processing.event.source.informer.InformerEventSource;
import io.javaoperatorsdk.operator.processing.event.source.informer.Mappers;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Records a new immutable revision of a task definition family whenever its spec changes, prunes old revisions, and
 * reports the latest one in status like ECS's RegisterTaskDefinition / DescribeTaskDefinition.
 */
@RBACRule(apiGroups = {"apps"}, resources = {"controllerrevisions"}, verbs = {"get", "list", "watch", "create", "delete"})
@RBACRule(apiGroups = {"ecs.ferry.dev"}, resources = {"services", "tasks", "scheduledtasks"}, verbs = {"get", "list", "watch"})
@RBACRule(apiGroups = {""}, resources = {"events"}, verbs = {"create"})
@ControllerConfiguration(name = TaskDefinitionReconciler.NAME)
public class TaskDefinitionReconciler implements Reconciler<TaskDefinition> {
    public static final String NAME = "taskdefinition";
    /** Primary-cache index: {@code namespace/family} → TaskDefinition objects declaring that family. */
    public static final String FAMILY_INDEX = "family";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final RevisionHistory history;
    private final EventRecorder events;
    private final FerryConfig config;
    private final Clock clock;

    public TaskDefinitionReconciler(RevisionHistory history, EventRecorder events, FerryConfig config) {
        this.history = history;
        this.events = events;
        this.config = config;
        this.clock = Clock.systemUTC();
    }

    public static String familyKey(String namespace, String family) {
        return namespace + "/" + family;
    }

    @Override
    public List<EventSource<?, TaskDefinition>> prepareEventSources(EventSourceContext<TaskDefinition> context) {
        context.getPrimaryCache().addIndexer(FAMILY_INDEX, td -> td.getSpec() == null || td.getSpec().family == null
                ? List.of()
                : List.of(familyKey(td.getMetadata().getNamespace(), td.getSpec().family)));
        var revisions = InformerEventSourceConfiguration.from(ControllerRevision.class, TaskDefinition.class)
                .withName("revisions")
                .withLabelSelector(RevisionHistory.selector())
                .withSecondaryToPrimaryMapper(Mappers.fromOwnerReferences(TaskDefinition.class))
                .build();
        List<EventSource<?, TaskDefinition>> sources = new java.util.ArrayList<>();
        sources.add(new InformerEventSource<>(revisions, context));
        sources.addAll(RevisionReferences.eventSources(context));
        return sources;
    }

    @Override
    public UpdateControl<TaskDefinition> reconcile(TaskDefinition td, Context<TaskDefinition> context) {
        long generation = td.getMetadata().getGeneration() == null ? 0 : td.getMetadata().getGeneration();
        TaskDefinitionStatus previous = td.getStatus() == null ? new TaskDefinitionStatus() : td.getStatus();
        TaskDefinitionStatus next = copyOf(previous);
        next.observedGeneration = generation;

        Optional<Desired> invalid = validate(td, context);
        if (invalid.isPresent()) {
            return report(td, previous, next, invalid.get(), generation, context);
        }

        String family = td.getSpec().family;
        Snapshots.Snapshot snapshot = Snapshots.of(td.getSpec());
        List<RevisionPlan.Recorded> recorded = context.getSecondaryResourcesAsStream(ControllerRevision.class)
                .map(RevisionHistory::recorded)
                .flatMap(Optional::stream)
                .toList();
        int highestEverUsed = previous.revision == null || !family.equals(previous.family) ? 0 : previous.revision;
        RevisionPlan plan = RevisionPlan.plan(snapshot.hash(), recorded, highestEverUsed,
                RevisionReferences.inUse(context, td.getMetadata().getNamespace(), family),
                config.taskDefinition().revisionHistoryLimit());

        boolean created = plan.create().isPresent() && history.record(td, plan.create().getAsInt(), snapshot);
        plan.delete().forEach(n -> history.remove(td, n));

        Arns.Scope scope = Arns.Scope.of(config.aws().region(), config.aws().accountId());
        next.family = family;
        next.revision = plan.latest();
        next.taskDefinitionArn = Arns.taskDefinition(scope, family, plan.latest());
        next.status = "ACTIVE";
        next.retainedRevisions = plan.retain();
        Desired ready = Desired.ready("RevisionRecorded", "Revision " + family + ":" + plan.latest() + " is ACTIVE");
        if (created) {
            events.normal(td, "RevisionRecorded", "Registered task definition " + family + ":" + plan.latest());
        }
        return report(td, previous, next, ready, generation, context);
    }

    /** Judgements only the operator can make (the CRD schema and CEL rules catch the rest at apply time). */
    private Optional<Desired> validate(TaskDefinition td, Context<TaskDefinition> context) {
        if (td.getSpec() == null || td.getSpec().family == null || td.getSpec().family.isBlank()) {
            return Optional.of(Desired.notReady(Conditions.INVALID_SPEC, "spec.family is required"));
        }
        String family = td.getSpec().family;
        List<TaskDefinition> declaring = context.getPrimaryCache()
                .byIndex(FAMILY_INDEX, familyKey(td.getMetadata().getNamespace(), family));
        Optional<TaskDefinition> owner = declaring.stream().min(Comparator
                .comparing((TaskDefinition t) -> t.getMetadata().getCreationTimestamp(),
                        Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(t -> t.getMetadata().getName()));
        if (owner.isPresent() && !owner.get().getMetadata().getName().equals(td.getMetadata().getName())) {
            return Optional.of(Desired.notReady("FamilyConflict", "spec.family \"" + family
                    + "\" is already declared by TaskDefinition " + owner.get().getMetadata().getName()
                    + " in this namespace; a family is one TaskDefinition object (edit that one to register a new revision)"));
        }
        return Optional.empty();
    }

    private UpdateControl<TaskDefinition> report(TaskDefinition td, TaskDefinitionStatus previous,
            TaskDefinitionStatus next, Desired ready, long generation, Context<TaskDefinition> context) {
        if (!ready.status() && Conditions.changes(previous.conditions, ready)) {
            events.warning(td, ready.reason(), ready.message());
        }
        next.conditions = Conditions.with(previous.conditions, ready, generation, Instant.now(clock));
        StatusPatches.patchIfChanged(td, context, previous, next);
        return UpdateControl.noUpdate();
    }

    private static TaskDefinitionStatus copyOf(TaskDefinitionStatus status) {
        return MAPPER.convertValue(status, TaskDefinitionStatus.class);
    }
}
