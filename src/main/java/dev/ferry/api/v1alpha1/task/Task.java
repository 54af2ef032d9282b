package dev.ferry.api.v1alpha1.task;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Categories;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Version;

/**
 * A standalone ECS task run (RunTask): {@code count} pods with restartPolicy Never, their ECS task
 * lifecycle mirrored in {@code status}. {@code spec} is the RunTask input.
 */
@Group("ecs.ferry.dev")
@Version("v1alpha1")
@ShortNames({"ecstask", "etask"})
@Categories({"ecs", "ferry"})
@AdditionalPrinterColumn(name = "LASTSTATUS", jsonPath = ".status.lastStatus", type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(name = "DESIRED", jsonPath = ".status.desiredStatus", type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(name = "STOPCODE", jsonPath = ".status.stopCode", type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(name = "AGE", jsonPath = ".metadata.creationTimestamp", type = AdditionalPrinterColumn.Type.DATE)
public class Task extends CustomResource<TaskSpec, TaskStatus> implements Namespaced {
    @Override
    @JsonPropertyDescription("The ECS RunTask input (AWS field names and types) plus the Ferry extension ttlSecondsAfterStopped.")
    public TaskSpec getSpec() {
        return super.getSpec();
    }

    @Override
    @JsonPropertyDescription("ECS DescribeTasks fields of the run and of each task plus Kubernetes conditions.")
    public TaskStatus getStatus() {
        return super.getStatus();
    }
}
