package dev.ferry.translate.schedule;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ferry.api.v1alpha1.cluster.ClusterSpec;
import dev.ferry.api.v1alpha1.common.TaskOverride;
import dev.ferry.api.v1alpha1.common.UnsupportedField;
import dev.ferry.api.v1alpha1.scheduledtask.EcsParameters;
import dev.ferry.api.v1alpha1.scheduledtask.ScheduledTaskSpec;
import dev.ferry.api.v1alpha1.taskdefinition.TaskDefinitionSpec;
import dev.ferry.translate.Arns;
import dev.ferry.translate.Labels;
import dev.ferry.translate.Names;
import dev.ferry.translate.Result;
import dev.ferry.translate.Violation;
import dev.ferry.translate.capacity.ClusterProfiles;
import dev.ferry.translate.pod.Capacity;
import dev.ferry.translate.pod.Platform;
import dev.ferry.translate.pod.PodTemplates;
import dev.ferry.translate.pod.PodTranslation;
import dev.ferry.translate.pod.TaskInputs;
import dev.ferry.translate.pod.Workload;
import dev.ferry.translate.task.Overrides;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.CronJobBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.JobTemplateSpecBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * ScheduledTask (EventBridge rule + ECS target) → CronJob (batch/v1). Pure: everything the translation depends on is
 * in {@link Inputs}. The rules are written down in docs/mapping/scheduledtask.md.
 */
public final class CronJobs {
    public static final String SCHEDULE_FIELD = "spec.scheduleExpression";
    public static final String TIME_ZONE_FIELD = "spec.scheduleExpressionTimezone";
    public static final String TASK_DEFINITION_FIELD = "spec.ecsParameters.TaskDefinitionArn";
    public static final String ECS_PARAMETERS = "spec.ecsParameters";
    public static final String OVERRIDES_FIELD = "spec.overrides";

    /** Finished Jobs kept per outcome: the recent runs shown in status come from them. */
    public static final int SUCCESSFUL_JOBS_HISTORY_LIMIT = 5;
    public static final int FAILED_JOBS_HISTORY_LIMIT = 5;
    /**
     * Job backoffLimit when the pod restarts failed containers in place (restartPolicy OnFailure, chosen for ECS
     * container restart policies): the Kubernetes default, so in-place restarts can happen before the run fails.
     */
    public static final int IN_PLACE_RESTART_BACKOFF_LIMIT = 6;
    /** The first Kubernetes minor version where CronJob {@code spec.timeZone} is GA. */
    static final int TIME_ZONE_GA_MINOR = 27;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CronJobs() {
    }

    /**
     * What the translation depends on, resolved by the caller.
     *
     * @param name           metadata.name of the ScheduledTask (the CronJob gets the same name, shortened if needed)
     * @param spec           the ScheduledTask spec
     * @param taskDefinition the resolved revision snapshot (not modified: overrides are applied to a copy)
     * @param revision       its revision number
     * @param cluster        the Cluster's spec; empty for a default cluster without object
     */
    public record Inputs(String name, ScheduledTaskSpec spec, TaskDefinitionSpec taskDefinition, int revision,
            Optional<ClusterSpec> cluster, Platform platform, Arns.Scope scope) {
    }

    /**
     * The outcome.
     *
     * @param cronJob     the CronJob; null when there are violations (or for an {@code at(...)} schedule)
     * @param schedule    the translated schedule; null when the expression is invalid
     * @param unsupported fields accepted but not honoured (including schedule approximations), for status
     * @param violations  why no CronJob can be made; empty when {@code cronJob} is set
     * @param companions  objects the pod template needs (ServiceAccount, ...), from the pod translation
     */
    public record Translation(CronJob cronJob, Schedule schedule, List<UnsupportedField> unsupported,
            List<Violation> violations, List<HasMetadata> companions) {
        public Translation {
            unsupported = List.copyOf(unsupported);
            violations = List.copyOf(violations);
            companions = List.copyOf(companions);
        }

        public boolean isValid() {
            return violations.isEmpty();
        }
    }

    /** Only the schedule part: expression + time zone, checked against the platform. */
    public static Result<Schedule> schedule(ScheduledTaskSpec spec, Platform platform) {
        Result<Schedule> schedule = ScheduleExpressions.translate(SCHEDULE_FIELD, spec.scheduleExpression,
                TIME_ZONE_FIELD, spec.scheduleExpressionTimezone);
        if (!schedule.isValid()) {
            return schedule;
        }
        if (schedule.value() instanceof Schedule.OneOff) {
            return Result.invalid(SCHEDULE_FIELD, spec.scheduleExpression + ": one-off at(...) schedules are not "
                    + "supported yet; use a cron(...) expression for the same minute and suspend (state: DISABLED) "
                    + "or delete the ScheduledTask after it ran");
        }
        if (!timeZoneSupported(platform) && !ScheduleExpressions.DEFAULT_TIME_ZONE.equals(schedule.value().timeZone())) {
            return Result.invalid(TIME_ZONE_FIELD, "\"" + schedule.value().timeZone() + "\": this cluster runs "
                    + "Kubernetes " + platform + ", where a CronJob's timeZone is not generally available (GA in 1.27); "
                    + "rewrite the schedule in UTC and leave the field out, or upgrade the cluster");
        }
        return schedule;
    }

    /** CronJob {@code spec.timeZone} is set only where it is GA (1.27+); before that the controller runs in UTC. */
    public static boolean timeZoneSupported(Platform platform) {
        return platform.atLeast(1, TIME_ZONE_GA_MINOR);
    }

    /** The CronJob name of a ScheduledTask: CronJob names are limited to 52 characters (Job names get a suffix). */
    public static String cronJobName(String scheduledTaskName) {
        return Names.objectName(scheduledTaskName, 52);
    }

    /** Labels on the CronJob, its Jobs and their pods. */
    public static Map<String, String> labels(String scheduledTaskName) {
        Map<String, String> labels = new TreeMap<>();
        labels.put(Labels.MANAGED_BY, Labels.MANAGED_BY_VALUE);
        labels.put(Labels.SCHEDULED_TASK, Names.labelValue(scheduledTaskName));
        return labels;
    }

    public static Translation cronJob(Inputs in) {
        List<UnsupportedField> unsupported = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        ScheduledTaskSpec spec = in.spec();
        EcsParameters ecs = spec.ecsParameters == null ? new EcsParameters() : spec.ecsParameters;

        Result<Schedule> scheduleResult = schedule(spec, in.platform());
        violations.addAll(scheduleResult.violations());
        Schedule schedule = scheduleResult.isValid() ? scheduleResult.value() : null;
        if (schedule != null) {
            schedule.notes().forEach(n -> unsupported.add(new UnsupportedField(SCHEDULE_FIELD, n)));
            if (!timeZoneSupported(in.platform())) {
                unsupported.add(new UnsupportedField(TIME_ZONE_FIELD, "Kubernetes " + in.platform() + " has no GA "
                        + "CronJob timeZone: the schedule runs in the time zone of kube-controller-manager, "
                        + "which is UTC on almost every cluster"));
            }
        }

        int count = ecs.taskCount == null ? 1 : ecs.taskCount;
        Result<List<Capacity>> capacities = ClusterProfiles.capacities(in.cluster(), ecs.launchType,
                ecs.capacityProviderStrategy, count, ECS_PARAMETERS);
        violations.addAll(capacities.violations());
        Capacity capacity = null;
        if (capacities.isValid()) {
            List<Capacity> list = capacities.value();
            capacity = list.get(0);
            if (list.stream().map(Capacity::provider).distinct().count() > 1) {
                unsupported.add(new UnsupportedField(ECS_PARAMETERS + ".CapacityProviderStrategy", "the strategy "
                        + "spreads the " + count + " tasks of a run over several capacity providers, but a Job has one "
                        + "pod template: every task of a run uses " + capacity.provider()));
            }
        }
        reportEcsParameters(ecs, unsupported);

        Overrides.Applied overridden = Overrides.apply(in.taskDefinition(), spec.overrides);
        TaskDefinitionSpec taskDefinition = overridden.spec();
        unsupported.addAll(overridden.unsupported());
        violations.addAll(overridden.violations());

        PodTranslation pod = null;
        if (capacity != null) {
            pod = PodTemplates.translate(new TaskInputs(taskDefinition, in.revision(), Workload.TASK, capacity,
                    ClusterProfiles.policy(in.cluster()), in.platform(), in.scope()));
            String revisionName = taskDefinition.family + ":" + in.revision();
            pod.unsupported().forEach(u -> unsupported.add(new UnsupportedField(TASK_DEFINITION_FIELD,
                    "task definition " + revisionName + ", " + u.field + ": " + u.reason)));
            String arn = Arns.taskDefinition(in.scope(), taskDefinition.family, in.revision());
            for (Violation v : pod.violations()) {
                violations.add(new Violation(TASK_DEFINITION_FIELD, "task definition " + taskDefinition.family + ":"
                        + in.revision() + " (" + arn + ") cannot run: " + v));
            }
        }
        List<HasMetadata> companions = pod == null ? List.of() : pod.companions();
        if (!companions.isEmpty()) {
            unsupported.add(new UnsupportedField(TASK_DEFINITION_FIELD, "the runs' pods need "
                    + companions.stream().map(c -> c.getKind() + " " + c.getMetadata().getName()).toList()
                    + ", which Ferry does not create for scheduled tasks yet"));
        }
        if (!violations.isEmpty()) {
            return new Translation(null, schedule, unsupported, violations, companions);
        }
        return new Translation(build(in, (Schedule.Recurring) schedule, count, pod.template()), schedule,
                unsupported, violations, companions);
    }

    private static CronJob build(Inputs in, Schedule.Recurring schedule, int count, PodTemplateSpec template) {
        Map<String, String> labels = labels(in.name());
        Map<String, String> podLabels = new TreeMap<>();
        if (template.getMetadata() != null && template.getMetadata().getLabels() != null) {
            podLabels.putAll(template.getMetadata().getLabels());
        }
        podLabels.putAll(labels);
        if (template.getMetadata() == null) {
            template.setMetadata(new ObjectMetaBuilder().build());
        }
        template.getMetadata().setLabels(podLabels);
        boolean restartsInPlace = "OnFailure".equals(template.getSpec().getRestartPolicy());
        return new CronJobBuilder()
                .withNewMetadata()
                .withName(cronJobName(in.name()))
                .withLabels(labels)
                .endMetadata()
                .withNewSpec()
                .withSchedule(schedule.cron())
                .withTimeZone(timeZoneSupported(in.platform()) ? schedule.timeZone() : null)
                .withSuspend(in.spec().state == ScheduledTaskSpec.State.DISABLED)
                .withConcurrencyPolicy("Allow")
                .withSuccessfulJobsHistoryLimit(SUCCESSFUL_JOBS_HISTORY_LIMIT)
                .withFailedJobsHistoryLimit(FAILED_JOBS_HISTORY_LIMIT)
                .withJobTemplate(new JobTemplateSpecBuilder()
                        .withNewMetadata().withLabels(labels).endMetadata()
                        .withNewSpec()
                        .withParallelism(count)
                        .withCompletions(count)
                        .withCompletionMode("NonIndexed")
                        .withBackoffLimit(restartsInPlace ? IN_PLACE_RESTART_BACKOFF_LIMIT : 0)
                        .withTemplate(template)
                        .endSpec()
                        .build())
                .endSpec()
                .build();
    }

    /** EcsParameters that have no effect yet: reported, never silently dropped. */
    private static void reportEcsParameters(EcsParameters ecs, List<UnsupportedField> unsupported) {
        Map<String, Object> ignored = new LinkedHashMap<>();
        ignored.put("NetworkConfiguration", ecs.networkConfiguration);
        ignored.put("PlatformVersion", ecs.platformVersion);
        ignored.put("Group", ecs.group);
        ignored.put("PlacementConstraints", ecs.placementConstraints);
        ignored.put("PlacementStrategy", ecs.placementStrategy);
        ignored.put("PropagateTags", ecs.propagateTags);
        ignored.put("ReferenceId", ecs.referenceId);
        ignored.put("Tags", ecs.tags);
        ignored.forEach((field, value) -> {
            if (value != null && !(value instanceof List<?> l && l.isEmpty())) {
                unsupported.add(new UnsupportedField(ECS_PARAMETERS + "." + field,
                        "not yet honoured for scheduled tasks: the runs' pods do not reflect it"));
            }
        });
        if (Boolean.FALSE.equals(ecs.enableExecuteCommand)) {
            unsupported.add(new UnsupportedField(ECS_PARAMETERS + ".EnableExecuteCommand",
                    "kubectl exec into the runs' pods is governed by RBAC (pods/exec), not by the task"));
        }
    }
}
