package dev.ferry.reconcile.taskdefinition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ferry.api.v1alpha1.task.Task;
import dev.ferry.api.v1alpha1.task.TaskSpec;
import dev.ferry.api.v1alpha1.taskdefinition.TaskDefinition;
import dev.ferry.testing.FerryApiServerResource;
import dev.ferry.translate.Labels;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Old revisions are pruned beyond the history limit, except those a Task (or Service, ScheduledTask) still uses. */
@QuarkusTest
@QuarkusTestResource(FerryApiServerResource.class)
@TestProfile(TaskDefinitionRetentionIT.HistoryOfTwo.class)
class TaskDefinitionRetentionIT {
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String NS = "retention";

    public static class HistoryOfTwo implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ferry.task-definition.revision-history-limit", "2");
        }
    }

    @Inject
    KubernetesClient client;

    private TaskDefinition get() {
        return client.resources(TaskDefinition.class).inNamespace(NS).withName("api").get();
    }

    private List<Long> recorded() {
        return client.apps().controllerRevisions().inNamespace(NS).withLabel(Labels.TASK_DEFINITION, "api").list()
                .getItems().stream().map(r -> r.getRevision()).sorted().toList();
    }

    private void editImage(String image, int expectedRevision) {
        TaskDefinition td = get();
        td.getSpec().containerDefinitions.get(0).image = image;
        client.resources(TaskDefinition.class).inNamespace(NS).resource(td).update();
        await().atMost(WAIT).until(() -> Integer.valueOf(expectedRevision).equals(get().getStatus().revision));
    }

    @Test
    void revisionsBeyondTheLimitArePrunedUnlessATaskStillUsesThem() {
        client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(NS).endMetadata().build()).create();
        client.resources(TaskDefinition.class).inNamespace(NS).resource(TaskDefinitions.of(NS, "api", "api", "app:1")).create();
        await().atMost(WAIT).until(() -> get().getStatus() != null && Integer.valueOf(1).equals(get().getStatus().revision));

        Task pinned = new Task();
        pinned.setMetadata(new ObjectMetaBuilder().withName("migrate").withNamespace(NS).build());
        pinned.setSpec(new TaskSpec());
        pinned.getSpec().taskDefinition = "api:1";
        client.resources(Task.class).inNamespace(NS).resource(pinned).create();

        editImage("app:2", 2);
        editImage("app:3", 3);
        editImage("app:4", 4);

        await().atMost(WAIT).until(() -> recorded().equals(List.of(1L, 3L, 4L)));
        assertThat(get().getStatus().retainedRevisions).containsExactly(1, 3, 4);

        client.resources(Task.class).inNamespace(NS).withName("migrate").delete();

        await().atMost(WAIT).until(() -> recorded().equals(List.of(3L, 4L)));
        await().atMost(WAIT).until(() -> List.of(3, 4).equals(get().getStatus().retainedRevisions));

        editImage("app:5", 5);
        await().atMost(WAIT).until(() -> recorded().equals(List.of(4L, 5L)));
    }
}
