package dev.ferry.api.v1alpha1.taskdefinition;

import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Categories;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Version;

/**
 * An ECS task definition family. Every change of {@code spec} records a new immutable revision
 * (a ControllerRevision owned by this object); {@code status.revision} is the latest.
 */
@Group("ecs.ferry.dev")
@Version("v1alpha1")
@ShortNames({"td", "ecstd"})
@Categories({"ecs", "ferry"})
@AdditionalPrinterColumn(name = "FAMILY", jsonPath = ".spec.family", type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(name = "REVISION", jsonPath = ".status.revision", type = AdditionalPrinterColumn.Type.INTEGER)
@AdditionalPrinterColumn(name = "STATUS", jsonPath = ".status.status", type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(name = "AGE", jsonPath = ".metadata.creationTimestamp", type = AdditionalPrinterColumn.Type.DATE)
public class TaskDefinition extends CustomResource<TaskDefinitionSpec, TaskDefinitionStatus> implements Namespaced {
}
