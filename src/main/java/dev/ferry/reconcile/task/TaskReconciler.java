package dev.ferry.reconcile.task;

import io.quarkiverse.operatorsdk.annotations.RBACRule;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ferry.api.v1alpha1.common.UnsupportedField;
import dev.ferry.api.v1alpha1.task.Task;
import dev.ferry.api.v1alpha1.task.TaskSpec;
import dev.ferry.api.v1alpha1.task.TaskStatus;
import dev.ferry.api.v1alpha1.task.TaskStatus.LastStatus;
import dev.ferry.api.v1alpha1.task.TaskStatus.StopCode;
import dev.ferry.api.v1alpha1.task.TaskStatus.TaskDetail;
import dev.ferry.config.FerryConfig;
import dev.ferry.reconcile.resolve.PlatformInfo;
import dev.ferry.reconcile.resolve.References;
import dev.ferry.reconcile.resolve.ResolvedCluster;
import dev.ferry.reconcile.resolve.ResolvedTaskDefinition;
import dev.ferry.reconcile.status.Conditions;
import dev.ferry.reconcile.status.Conditions.Desired;
import dev.ferry.reconcile.status.EventRecorder;
import dev.ferry.reconcile.status.StatusPatches;
import dev.ferry.translate.Arns;
import dev.ferry.translate.Labels;
import dev.ferry.translate.Result;
import dev.ferry.translate.Violation;
import dev.ferry.translate.capacity.ClusterProfiles;
import dev.ferry.translate.pod.Capacity;
import dev.ferry.translate.pod.PodTemplates;
import dev.ferry.translate.pod.PodTranslation;
import dev.ferry.translate.pod.TaskInputs;
import dev.ferry.translate.pod.Workload;
import dev.ferry.translate.task.Overrides;
import dev.ferry.translate.task.TaskLifecycle;
import dev.ferry.translate.task.TaskPods;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.javaoperatorsdk.operator.api.config.informer.InformerEventSourceConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.api.reconciler.PrimaryUpdateAndCacheUtils;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.javaoperatorsdk.operator.processing.event.source.EventSource;
import io.javaoperatorsdk.operator.processing.event.source.informer.InformerEventSource;
import io.javaoperatorsdk.operator.processing.event.source.informer.Mappers;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Runs a Task (ECS RunTask): creates its {@code count} pods once, from the task definition revision resolved when it
 * started, mirrors their lifecycle in status like DescribeTasks, stops a task whose essential container exited, and
 * deletes the Task {@code ttlSecondsAfterStopped} after the last task stopped. Rules in docs/mapping/task.md.
 *
 * <p>RBAC beyond the primary: pods get/list/watch/create/delete; serviceaccounts, persistentvolumeclaims,
 * persistentvolumes and external-secrets.io externalsecrets get/create/patch (server-side apply); events create;
 * tasks delete (TTL). Declared with {@code @RBACRule} below, so the generated ClusterRole has them.
 */
@RBACRule(apiGroups = {"ecs.ferry.dev"}, resources = {"taskdefinitions", "clusters"}, verbs = {"get", "list", "watch"})
@RBACRule(apiGroups = {"apps"}, resources = {"controllerrevisions"}, verbs = {"get", "list", "watch"})
@RBACRule(apiGroups = {""}, resources = {"events"}, verbs = {"create"})
@RBACRule(apiGroups = {""}, resources = {"pods"}, verbs = {"get", "list", "watch", "create", "delete"})
@RBACRule(apiGroups = {""}, resources = {"serviceaccounts", "persistentvolumeclaims", "persistentvolumes"}, verbs = {"get", "list", "watch", "create", "patch"})
@RBACRule(apiGroups = {"external-secrets.io"}, resources = {"externalsecrets"}, verbs = {"get", "list", "watch", "create", "patch"})
@RBACRule(apiGroups = {"ecs.ferry.dev"}, resources = {"tasks"}, verbs = {"delete"})
@ControllerConfiguration(name = TaskReconciler.NAME)
public class TaskReconciler implements Reconciler<Task> {
    public static final String NAME = "task";
    /** Label selector of the pods Ferry creates for Tasks. */
    public static final String POD_SELECTOR = Labels.MANAGED_SELECTOR + "," + Labels.TASK;
    static final String TASK_DEFINITION_NOT_FOUND = "TaskDefinitionNotFound";
    static final String CLUSTER_NOT_FOUND = "ClusterNotFound";

    private static final Logger LOG = Logger.getLogger(TaskReconciler.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final EventRecorder events;
    private final FerryConfig config;
    private final PlatformInfo platform;
    private final Clock clock;

    public TaskReconciler(EventRecorder events, FerryConfig config, PlatformInfo platform) {
        this.events = events;
        this.config = config;
        this.platform = platform;
        this.clock = Clock.systemUTC();
    }

    @Override
    public List<EventSource<?, Task>> prepareEventSources(EventSourceContext<Task> context) {
        List<EventSource<?, Task>> sources = new ArrayList<>(References.eventSources(context, new References.Referrer<>(
                t -> Optional.ofNullable(t.getSpec()).map(s -> s.taskDefinition),
                t -> Optional.ofNullable(t.getSpec()).map(s -> s.cluster))));
        var pods = InformerEventSourceConfiguration.from(Pod.class, Task.class)
                .withName("pods")
                .withLabelSelector(POD_SELECTOR)
                .withSecondaryToPrimaryMapper(Mappers.fromOwnerReferences(Task.class))
                .build();
        sources.add(new InformerEventSource<>(pods, context));
        return sources;
    }

    @Override
    public UpdateControl<Task> reconcile(Task task, Context<Task> context) {
        long generation = task.getMetadata().getGeneration() == null ? 0 : task.getMetadata().getGeneration();
        TaskStatus previous = task.getStatus() == null ? new TaskStatus() : task.getStatus();
        TaskStatus next = MAPPER.convertValue(previous, TaskStatus.class);
        next.observedGeneration = generation;
        String now = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString();

        Map<String, Pod> pods = context.getSecondaryResources(Pod.class).stream()
                .collect(Collectors.toMap(p -> p.getMetadata().getName(), Function.identity(), (a, b) -> a));
        if (next.tasks == null || next.tasks.isEmpty()) {
            List<Desired> failure = new ArrayList<>();
            Result<Plan> plan = plan(task, context, task.getSpec() == null ? null : task.getSpec().taskDefinition,
                    failure);
            if (!plan.isValid()) {
                return report(task, context, previous, next, failure.get(0), generation, Optional.empty());
            }
            // Status first: the revision is pinned and every pod name recorded before a pod exists.
            next.taskDefinitionArn = Arns.taskDefinition(plan.value().scope(), plan.value().family(),
                    plan.value().revision());
            next.unsupportedFields = plan.value().unsupported();
            next.tasks = provisioning(task, plan.value());
            TaskStatus recorded = MAPPER.convertValue(next, TaskStatus.class);
            task = PrimaryUpdateAndCacheUtils.patchStatusAndCacheResource(task, context, t -> {
                t.setStatus(recorded);
                return t;
            });
            create(task, context, plan.value(), java.util.stream.IntStream.range(0, next.tasks.size()).boxed().toList());
            int count = next.tasks.size();
            events.normal(task, "TasksStarted", "Started " + count + (count == 1 ? " task" : " tasks") + " of "
                    + plan.value().family() + ":" + plan.value().revision());
        } else {
            // Recorded but never seen: the create may not have happened (a failed reconcile) — create from the pin.
            List<Integer> unseen = new ArrayList<>();
            for (int i = 0; i < next.tasks.size(); i++) {
                TaskDetail t = next.tasks.get(i);
                if (t.createdAt == null && t.lastStatus == LastStatus.PROVISIONING && !pods.containsKey(t.podName)) {
                    unseen.add(i);
                }
            }
            if (!unseen.isEmpty()) {
                Result<Plan> plan = plan(task, context, next.taskDefinitionArn, new ArrayList<>());
                if (plan.isValid() && plan.value().translations().size() == next.tasks.size()) {
                    create(task, context, plan.value(), unseen);
                }
            }
        }

        List<TaskDetail> details = new ArrayList<>();
        for (TaskDetail recorded : next.tasks) {
            details.add(observe(task, context, recorded, pods.get(recorded.podName), now));
        }
        next.tasks = details;
        TaskDetail aggregate = TaskLifecycle.aggregate(details);
        next.lastStatus = aggregate.lastStatus;
        next.desiredStatus = aggregate.desiredStatus;
        next.stopCode = aggregate.stopCode;
        next.stoppedReason = aggregate.stoppedReason;
        transitions(task, previous.tasks, details);
        return report(task, context, previous, next, ready(details), generation, ttl(task, next));
    }

    /** What a Task runs: the resolved revision translated once per task. */
    private record Plan(String family, int revision, String clusterName, Arns.Scope scope,
            List<PodTranslation> translations, List<UnsupportedField> unsupported) {
    }

    /**
     * Resolves and translates the Task: from {@code spec.taskDefinition} before it started, from the revision pinned in
     * {@code status.taskDefinitionArn} after. Returns either the plan or the failure that keeps the Task from starting.
     */
    private Result<Plan> plan(Task task, Context<Task> context, String reference, List<Desired> failure) {
        TaskSpec spec = task.getSpec();
        String namespace = task.getMetadata().getNamespace();
        if (reference == null) {
            failure.add(Desired.notReady(Conditions.INVALID_SPEC, "spec.taskDefinition is required"));
            return Result.invalid("spec.taskDefinition", "is required");
        }
        Result<ResolvedTaskDefinition> resolved = References.taskDefinition(context, namespace, reference,
                "spec.taskDefinition");
        if (!resolved.isValid()) {
            failure.add(Desired.notReady(TASK_DEFINITION_NOT_FOUND, describe(resolved.violations())));
            return Result.invalid(resolved.violations());
        }
        Result<ResolvedCluster> cluster = References.cluster(context, namespace, Optional.ofNullable(spec.cluster),
                "spec.cluster");
        if (!cluster.isValid()) {
            failure.add(Desired.notReady(CLUSTER_NOT_FOUND, describe(cluster.violations())));
            return Result.invalid(cluster.violations());
        }
        int count = spec.count == null ? 1 : spec.count;
        Result<List<Capacity>> capacities = ClusterProfiles.capacities(cluster.value().spec(), spec.launchType,
                spec.capacityProviderStrategy, count, "spec");
        if (!capacities.isValid()) {
            failure.add(Desired.notReady(Conditions.INVALID_SPEC, describe(capacities.violations())));
            return Result.invalid(capacities.violations());
        }
        Overrides.Applied applied = Overrides.apply(resolved.value().spec(), spec.overrides);
        if (!applied.isValid()) {
            failure.add(Desired.notReady(Conditions.INVALID_SPEC, describe(applied.violations())));
            return Result.invalid(applied.violations());
        }
        Arns.Scope scope = ClusterProfiles.scope(cluster.value().spec(), config.aws().region(), config.aws().accountId());
        var policy = ClusterProfiles.policy(cluster.value().spec());
        // One translation per capacity provider: the tasks on the same provider share it.
        Map<Capacity, PodTranslation> byCapacity = new java.util.HashMap<>();
        List<PodTranslation> translations = new ArrayList<>();
        for (Capacity capacity : capacities.value()) {
            PodTranslation translation = byCapacity.get(capacity);
            if (translation == null) {
                translation = PodTemplates.translate(new TaskInputs(applied.spec(), resolved.value().revision(),
                        Workload.TASK, capacity, policy, platform.get(), scope));
                if (!translation.isValid()) {
                    failure.add(Desired.notReady(Conditions.INVALID_SPEC, describe(translation.violations())));
                    return Result.invalid(translation.violations());
                }
                byCapacity.put(capacity, translation);
            }
            translations.add(translation);
        }
        return Result.ok(new Plan(resolved.value().family(), resolved.value().revision(), cluster.value().name(),
                scope, translations, unsupported(spec, applied, translations.get(0))));
    }

    /** The recorded identity of each task of the plan, PROVISIONING. */
    private static List<TaskDetail> provisioning(Task task, Plan plan) {
        List<TaskDetail> tasks = new ArrayList<>();
        for (int i = 0; i < plan.translations().size(); i++) {
            String podName = TaskPods.podName(task.getMetadata().getName(), i);
            tasks.add(TaskLifecycle.provisioning(new TaskLifecycle.Identity(
                    Arns.task(plan.scope(), plan.clusterName(), podName), podName, task.getSpec().group,
                    task.getSpec().startedBy)));
        }
        return tasks;
    }

    /** Applies the companions and creates the pods of tasks {@code indices} (an existing pod is left alone). */
    private static void create(Task task, Context<Task> context, Plan plan, List<Integer> indices) {
        KubernetesClient client = context.getClient();
        String namespace = task.getMetadata().getNamespace();
        TaskPods.Owner owner = new TaskPods.Owner(task.getApiVersion(), task.getKind(), task.getMetadata().getName(),
                task.getMetadata().getUid());
        String fieldManager = "ferry-task-" + task.getMetadata().getUid();
        // Tasks on the same capacity provider share one translation: apply its companions once.
        java.util.Set<PodTranslation> applied = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (int i : indices) {
            PodTranslation translation = plan.translations().get(i);
            if (applied.add(translation)) {
                for (HasMetadata companion : translation.companions()) {
                    apply(client, task, namespace, companion, fieldManager);
                }
            }
            Pod pod = TaskPods.pod(translation.template(), owner, namespace, plan.clusterName(), i,
                    task.getSpec().group, task.getSpec().startedBy);
            try {
                client.pods().inNamespace(namespace).resource(pod).create();
            } catch (KubernetesClientException e) {
                if (e.getCode() != 409) {
                    throw e;
                }
                LOG.debugf("pod %s/%s already exists", namespace, pod.getMetadata().getName());
            }
        }
    }

    /** Companions: server-side applied; namespaced ones owned by the Task, cluster-scoped ones without owner. */
    private static void apply(KubernetesClient client, Task task, String namespace, HasMetadata companion,
            String fieldManager) {
        HasMetadata object = io.fabric8.kubernetes.client.utils.Serialization.clone(companion);
        boolean namespaced = !(object instanceof io.fabric8.kubernetes.api.model.PersistentVolume);
        if (namespaced) {
            object.getMetadata().setNamespace(namespace);
            object.getMetadata().setOwnerReferences(List.of(new OwnerReferenceBuilder()
                    .withApiVersion(task.getApiVersion()).withKind(task.getKind())
                    .withName(task.getMetadata().getName()).withUid(task.getMetadata().getUid()).build()));
        }
        object.getMetadata().setManagedFields(null);
        object.getMetadata().setResourceVersion(null);
        client.resource(object).fieldManager(fieldManager).forceConflicts().serverSideApply();
    }

    /** The task's current state from its pod; stops it (deletes the pod) once its stop is recorded in status. */
    private TaskDetail observe(Task task, Context<Task> context, TaskDetail recorded, Pod pod, String now) {
        TaskLifecycle.Identity id = new TaskLifecycle.Identity(recorded.taskArn, recorded.podName, recorded.group,
                recorded.startedBy);
        if (pod == null) {
            // Never seen: created a moment ago (the cache lags). Seen before: gone, and never recreated.
            return recorded.createdAt == null && recorded.lastStatus != LastStatus.STOPPED ? recorded
                    : TaskLifecycle.vanished(recorded, now);
        }
        List<String> essentials = TaskLifecycle.essentials(pod);
        TaskDetail detail = TaskLifecycle.detail(pod, essentials, id);
        if (recorded.lastStatus == LastStatus.STOPPED) {
            // A recorded stop is final: the pod winding down (deletionTimestamp) never makes it STOPPING again.
            detail.lastStatus = LastStatus.STOPPED;
            detail.desiredStatus = TaskStatus.DesiredStatus.STOPPED;
        }
        if (detail.lastStatus == LastStatus.STOPPED) {
            if (recorded.lastStatus == LastStatus.STOPPED) {
                detail.stopCode = recorded.stopCode;
                detail.stoppedReason = recorded.stoppedReason;
                detail.stoppingAt = Objects.requireNonNullElse(recorded.stoppingAt, detail.stoppingAt);
                detail.stoppedAt = Objects.requireNonNullElse(recorded.stoppedAt, detail.stoppedAt);
            }
            detail.stoppingAt = detail.stoppingAt == null ? now : detail.stoppingAt;
            detail.stoppedAt = detail.stoppedAt == null ? now : detail.stoppedAt;
        }
        if (recorded.lastStatus == LastStatus.STOPPED && TaskLifecycle.shouldStop(pod, essentials)) {
            // The final container states are in status (recorded by an earlier reconcile): now stop the others.
            LOG.infof("stopping task %s: %s", recorded.podName, recorded.stoppedReason);
            context.getClient().pods().inNamespace(task.getMetadata().getNamespace())
                    .withName(recorded.podName).delete();
        }
        return detail;
    }

    private void transitions(Task task, List<TaskDetail> before, List<TaskDetail> after) {
        for (TaskDetail detail : after) {
            LastStatus was = before == null ? null : before.stream().filter(b -> detail.podName.equals(b.podName))
                    .map(b -> b.lastStatus).findFirst().orElse(null);
            if (detail.lastStatus == was || detail.lastStatus == null) {
                continue;
            }
            String subject = "Task " + detail.podName;
            if (detail.lastStatus != LastStatus.STOPPED) {
                events.normal(task, "Task" + camel(detail.lastStatus), subject + " is " + detail.lastStatus);
            } else if (failed(detail)) {
                events.warning(task, "TaskStopped", subject + " stopped: " + detail.stopCode + ": "
                        + detail.stoppedReason + exitCodes(detail));
            } else {
                events.normal(task, "TaskStopped", subject + " stopped: " + detail.stoppedReason + exitCodes(detail));
            }
        }
    }

    private static String camel(LastStatus status) {
        String s = status.name();
        return s.charAt(0) + s.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    private static String exitCodes(TaskDetail detail) {
        if (detail.containers == null) {
            return "";
        }
        String codes = detail.containers.stream().filter(c -> c.exitCode != null)
                .map(c -> c.name + "=" + c.exitCode).collect(Collectors.joining(", "));
        return codes.isEmpty() ? "" : " (exit codes: " + codes + ")";
    }

    /** A stop that is not a clean finish: not started, stopped from outside, or a container exited non-zero. */
    private static boolean failed(TaskDetail detail) {
        if (detail.stopCode != StopCode.EssentialContainerExited) {
            return true;
        }
        return detail.containers != null && detail.containers.stream()
                .anyMatch(c -> c.exitCode != null && c.exitCode != 0);
    }

    private static Desired ready(List<TaskDetail> details) {
        if (details.stream().allMatch(d -> d.lastStatus == LastStatus.STOPPED)) {
            Optional<TaskDetail> failure = details.stream().filter(TaskReconciler::failed).findFirst();
            return failure.map(f -> Desired.notReady("TaskStopped", "Task " + f.podName + " stopped: " + f.stopCode
                    + ": " + f.stoppedReason + exitCodes(f)))
                    .orElseGet(() -> Desired.ready("TasksCompleted", "Every task ran to completion"));
        }
        Optional<TaskDetail> notRunning = details.stream()
                .filter(d -> d.lastStatus != LastStatus.RUNNING && d.lastStatus != LastStatus.STOPPED)
                .findFirst();
        if (notRunning.isPresent()) {
            return Desired.notReady("TasksPending", "Task " + notRunning.get().podName + " is "
                    + notRunning.get().lastStatus);
        }
        return Desired.ready("TasksRunning", "Every task is RUNNING or STOPPED");
    }

    /** When every task is STOPPED: how long until the Task is deleted (zero = now). */
    private Optional<Duration> ttl(Task task, TaskStatus status) {
        if (status.lastStatus != LastStatus.STOPPED || status.tasks == null) {
            return Optional.empty();
        }
        long seconds = task.getSpec().ttlSecondsAfterStopped != null ? task.getSpec().ttlSecondsAfterStopped
                : config.task().ttlSecondsAfterStopped();
        Instant last = status.tasks.stream().map(t -> t.stoppedAt).filter(Objects::nonNull).map(Instant::parse)
                .max(Comparator.naturalOrder()).orElse(Instant.now(clock));
        Duration left = Duration.between(Instant.now(clock), last.plusSeconds(seconds));
        return Optional.of(left.isNegative() ? Duration.ZERO : left);
    }

    private UpdateControl<Task> report(Task task, Context<Task> context, TaskStatus previous, TaskStatus next,
            Desired ready, long generation, Optional<Duration> ttl) {
        if (!ready.status() && Conditions.changes(previous.conditions, ready)
                && !"TasksPending".equals(ready.reason()) && !"TaskStopped".equals(ready.reason())) {
            events.warning(task, ready.reason(), ready.message());
        }
        next.conditions = Conditions.with(previous.conditions, ready, generation, Instant.now(clock));
        if (ttl.isPresent() && ttl.get().isZero()) {
            LOG.infof("deleting Task %s/%s: every task STOPPED more than ttlSecondsAfterStopped ago",
                    task.getMetadata().getNamespace(), task.getMetadata().getName());
            task.setStatus(next);
            return deleteTask(task, context);
        }
        // Patched and cached: the next reconcile sees this status even before the informer does, so a
        // transition (its event, a pending stop) is acted on once.
        boolean changed = StatusPatches.patchIfChanged(task, context, previous, next);
        UpdateControl<Task> control = UpdateControl.noUpdate();
        // A stop recorded just now whose pod still runs is carried out by the next reconcile (status first).
        boolean stopRecorded = changed && next.tasks != null && next.tasks.stream()
                .anyMatch(t -> t.lastStatus == LastStatus.STOPPED && previous.tasks != null && previous.tasks.stream()
                        .noneMatch(p -> t.podName.equals(p.podName) && p.lastStatus == LastStatus.STOPPED));
        if (stopRecorded) {
            return control.rescheduleAfter(Duration.ofMillis(100));
        }
        return ttl.map(control::rescheduleAfter).orElse(control);
    }

    /** Deletes the Task; its pods and namespaced companions follow by garbage collection (owner references). */
    private static UpdateControl<Task> deleteTask(Task task, Context<Task> context) {
        context.getClient().resource(task).withPropagationPolicy(
                io.fabric8.kubernetes.api.model.DeletionPropagation.BACKGROUND).delete();
        return UpdateControl.noUpdate();
    }

    private static List<UnsupportedField> unsupported(TaskSpec spec, Overrides.Applied applied, PodTranslation translation) {
        List<UnsupportedField> fields = new ArrayList<>();
        if (spec.placementConstraints != null && !spec.placementConstraints.isEmpty()) {
            fields.add(new UnsupportedField("spec.placementConstraints", "RunTask placement constraints are not "
                    + "translated; put them in the task definition's placementConstraints or the Cluster's capacity "
                    + "provider mapping"));
        }
        if (spec.placementStrategy != null && !spec.placementStrategy.isEmpty()) {
            fields.add(new UnsupportedField("spec.placementStrategy", "the Kubernetes scheduler places the pods"));
        }
        if (spec.networkConfiguration != null) {
            fields.add(new UnsupportedField("spec.networkConfiguration", "subnets, security groups and public IPs "
                    + "are the cluster network's; use NetworkPolicies"));
        }
        if (spec.volumeConfigurations != null && !spec.volumeConfigurations.isEmpty()) {
            fields.add(new UnsupportedField("spec.volumeConfigurations", "managed EBS volumes at launch are not "
                    + "created; declare the volume in the task definition"));
        }
        if (spec.platformVersion != null) {
            fields.add(new UnsupportedField("spec.platformVersion", "there is no Fargate platform version"));
        }
        if (spec.propagateTags != null || Boolean.TRUE.equals(spec.enableECSManagedTags)) {
            fields.add(new UnsupportedField("spec.propagateTags", "tags are not propagated to the pods"));
        }
        if (Boolean.FALSE.equals(spec.enableExecuteCommand)) {
            fields.add(new UnsupportedField("spec.enableExecuteCommand", "false: kubectl exec is governed by RBAC "
                    + "(pods/exec), not by the task"));
        }
        fields.addAll(applied.unsupported());
        fields.addAll(translation.unsupported());
        return fields.isEmpty() ? null : fields;
    }

    private static String describe(List<Violation> violations) {
        return violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
    }
}
