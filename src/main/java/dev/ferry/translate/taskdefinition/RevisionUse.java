package dev.ferry.translate.taskdefinition;

import dev.ferry.api.v1alpha1.scheduledtask.ScheduledTask;
import dev.ferry.api.v1alpha1.service.Service;
import dev.ferry.api.v1alpha1.task.Task;
import dev.ferry.translate.TaskDefinitionRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which task definition revisions an object uses: the revision its spec pins and the revisions its status says it
 * runs (a Service that follows the latest revision still runs the previous one during a rollout). A family followed
 * without a pin uses no particular revision beyond what status records.
 */
public final class RevisionUse {
    private RevisionUse() {
    }

    /** Family → revision numbers used (possibly empty when only the latest is followed). */
    public static Map<String, Set<Integer>> of(Service service) {
        List<String> refs = new ArrayList<>();
        if (service.getSpec() != null) {
            refs.add(service.getSpec().taskDefinition);
        }
        if (service.getStatus() != null) {
            refs.add(service.getStatus().taskDefinition);
            if (service.getStatus().deployments != null) {
                service.getStatus().deployments.forEach(d -> refs.add(d.taskDefinition));
            }
        }
        return collect(refs);
    }

    public static Map<String, Set<Integer>> of(Task task) {
        List<String> refs = new ArrayList<>();
        if (task.getSpec() != null) {
            refs.add(task.getSpec().taskDefinition);
        }
        if (task.getStatus() != null) {
            refs.add(task.getStatus().taskDefinitionArn);
        }
        return collect(refs);
    }

    public static Map<String, Set<Integer>> of(ScheduledTask scheduledTask) {
        var spec = scheduledTask.getSpec();
        return collect(spec == null || spec.ecsParameters == null ? List.of()
                : java.util.Collections.singletonList(spec.ecsParameters.taskDefinitionArn));
    }

    private static Map<String, Set<Integer>> collect(List<String> references) {
        Map<String, Set<Integer>> use = new TreeMap<>();
        for (String reference : references) {
            Optional<TaskDefinitionRef> ref = TaskDefinitionRef.parse(reference);
            ref.ifPresent(r -> {
                Set<Integer> revisions = use.computeIfAbsent(r.family(), f -> new TreeSet<>());
                r.revision().ifPresent(revisions::add);
            });
        }
        return use;
    }
}
