package dev.ferry.reconcile.taskdefinition;

import dev.ferry.api.v1alpha1.taskdefinition.ContainerDefinition;
import dev.ferry.api.v1alpha1.taskdefinition.TaskDefinition;
import dev.ferry.api.v1alpha1.taskdefinition.TaskDefinitionSpec;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import java.util.List;

/** Test data: small task definitions. */
final class TaskDefinitions {
    private TaskDefinitions() {
    }

    static TaskDefinition of(String namespace, String name, String family, String image) {
        ContainerDefinition app = new ContainerDefinition();
        app.name = "app";
        app.image = image;
        app.memory = 128;
        TaskDefinitionSpec spec = new TaskDefinitionSpec();
        spec.family = family;
        spec.containerDefinitions = List.of(app);
        TaskDefinition td = new TaskDefinition();
        td.setMetadata(new ObjectMetaBuilder().withName(name).withNamespace(namespace).build());
        td.setSpec(spec);
        return td;
    }
}
