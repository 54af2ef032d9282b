package dev.ferry.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.ferry.translate.Labels;
import dev.ferry.translate.Names;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.apps.ControllerRevision;
import io.fabric8.kubernetes.client.dsl.Resource;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * A TaskDefinition records every distinct spec as an immutable revision: a ControllerRevision owned by it, named by
 * {@link Names#taskDefinitionRevision}, labelled by {@link Labels}, holding the spec snapshot as {@code data}.
 */
@FerryE2E(operator = true)
class TaskDefinitionRevisionsE2E {
    private static final String KIND = "TaskDefinition";

    @Test
    void applyingATaskDefinitionRecordsRevisionOne(E2ENamespace ns) {
        ns.apply(taskDefinition("web", "nginx:1.27"));

        JsonNode td = awaitReadyRevision(ns, "web", 1);

        assertThat(td.at("/status/taskDefinitionArn").asText()).endsWith("task-definition/web:1");
        ControllerRevision revision = revision(ns, "web", 1).get();
        assertThat(revision).as("ControllerRevision %s", Names.taskDefinitionRevision("web", 1)).isNotNull();
        assertThat(revision.getMetadata().getLabels())
                .containsEntry(Labels.TASK_DEFINITION, Names.labelValue("web"))
                .containsEntry(Labels.REVISION, "1")
                .containsEntry(Labels.MANAGED_BY, Labels.MANAGED_BY_VALUE);
        assertThat(revision.getMetadata().getOwnerReferences())
                .as("owner references of %s", revision.getMetadata().getName())
                .anySatisfy(owner -> {
                    assertThat(owner.getApiVersion()).isEqualTo(E2ENamespace.FERRY_API_VERSION);
                    assertThat(owner.getKind()).isEqualTo(KIND);
                    assertThat(owner.getName()).isEqualTo("web");
                    assertThat(owner.getUid()).isEqualTo(td.at("/metadata/uid").asText());
                });
        assertThat(revision.getRevision()).isEqualTo(1L);
        JsonNode snapshot = ns.json(revision.getData());
        assertThat(snapshot.at("/family").asText()).as("data: %s", snapshot).isEqualTo("web");
        assertThat(snapshot.at("/containerDefinitions/0/image").asText()).as("data: %s", snapshot).isEqualTo("nginx:1.27");
    }

    @Test
    void reapplyingAnIdenticalSpecRecordsNoNewRevision(E2ENamespace ns) {
        String manifest = taskDefinition("web-same", "nginx:1.27");
        ns.apply(manifest);
        awaitReadyRevision(ns, "web-same", 1);

        ns.apply(manifest);

        E2E.awaitStable().alias("web-same stays at revision 1 with one ControllerRevision").until(() -> {
            JsonNode td = ns.ferryJson(KIND, "web-same");
            return td.at("/status/revision").asInt() == 1 && revisions(ns, "web-same").size() == 1;
        });
        assertThat(revisions(ns, "web-same")).extracting(r -> r.getMetadata().getName())
                .containsExactly(Names.taskDefinitionRevision("web-same", 1));
    }

    @Test
    void changingTheImageRecordsRevisionTwoAndKeepsRevisionOne(E2ENamespace ns) {
        ns.apply(taskDefinition("web-update", "nginx:1.27"));
        awaitReadyRevision(ns, "web-update", 1);

        ns.apply(taskDefinition("web-update", "nginx:1.28"));

        JsonNode td = awaitReadyRevision(ns, "web-update", 2);
        assertThat(td.at("/status/taskDefinitionArn").asText()).endsWith("task-definition/web-update:2");
        assertThat(revisions(ns, "web-update")).extracting(r -> r.getMetadata().getName())
                .containsExactlyInAnyOrder(
                        Names.taskDefinitionRevision("web-update", 1),
                        Names.taskDefinitionRevision("web-update", 2));
        ControllerRevision first = revision(ns, "web-update", 1).get();
        ControllerRevision second = revision(ns, "web-update", 2).get();
        assertThat(ns.json(first.getData()).at("/containerDefinitions/0/image").asText())
                .as("revision 1 is immutable: it keeps the image it was recorded with")
                .isEqualTo("nginx:1.27");
        assertThat(ns.json(second.getData()).at("/containerDefinitions/0/image").asText()).isEqualTo("nginx:1.28");
        assertThat(second.getMetadata().getLabels()).containsEntry(Labels.REVISION, "2");
        assertThat(second.getRevision()).isEqualTo(2L);
    }

    /** Garbage collection follows the owner references: a deleted TaskDefinition takes its revisions with it. */
    @Test
    void deletingATaskDefinitionDeletesItsRevisions(E2ENamespace ns) {
        ns.apply(taskDefinition("web-gone", "nginx:1.27"));
        awaitReadyRevision(ns, "web-gone", 1);

        ns.ferry(KIND, "web-gone").delete();

        E2E.await().alias("ControllerRevisions of web-gone garbage-collected")
                .until(() -> revisions(ns, "web-gone").isEmpty());
    }

    private static String taskDefinition(String name, String image) {
        return """
                apiVersion: ecs.ferry.dev/v1alpha1
                kind: TaskDefinition
                metadata:
                  name: %s
                spec:
                  family: %s
                  containerDefinitions:
                    - name: web
                      image: %s
                      memory: 128
                """.formatted(name, name, image);
    }

    /**
     * Waits until the TaskDefinition reports {@code revision}, is Ready for its current generation, and the
     * ControllerRevision of that revision exists; returns the TaskDefinition as JSON.
     */
    private static JsonNode awaitReadyRevision(E2ENamespace ns, String name, int revision) {
        Resource<GenericKubernetesResource> resource = ns.ferry(KIND, name);
        E2E.await().alias(name + " at revision " + revision + ", Ready").untilAsserted(() -> {
            GenericKubernetesResource current = resource.get();
            assertThat(current).as("TaskDefinition %s", name).isNotNull();
            JsonNode td = ns.json(current);
            String state = ns.yaml(current);
            long generation = td.at("/metadata/generation").asLong();
            assertThat(td.at("/status/revision").asInt()).as("status.revision in\n%s", state).isEqualTo(revision);
            assertThat(td.at("/status/observedGeneration").asLong()).as("status.observedGeneration in\n%s", state)
                    .isEqualTo(generation);
            JsonNode ready = condition(td, "Ready");
            assertThat(ready.path("status").asText()).as("Ready condition status in\n%s", state).isEqualTo("True");
            assertThat(ready.path("observedGeneration").asLong()).as("Ready condition observedGeneration in\n%s", state)
                    .isEqualTo(generation);
            assertThat(revision(ns, name, revision).get())
                    .as("ControllerRevision %s", Names.taskDefinitionRevision(name, revision))
                    .isNotNull();
        });
        return ns.ferryJson(KIND, name);
    }

    private static JsonNode condition(JsonNode resource, String type) {
        return StreamSupport.stream(resource.at("/status/conditions").spliterator(), false)
                .filter(c -> type.equals(c.path("type").asText()))
                .findFirst()
                .orElse(MissingNode.getInstance());
    }

    private static Resource<ControllerRevision> revision(E2ENamespace ns, String name, int revision) {
        return ns.client().apps().controllerRevisions().inNamespace(ns.name())
                .withName(Names.taskDefinitionRevision(name, revision));
    }

    private static List<ControllerRevision> revisions(E2ENamespace ns, String name) {
        return ns.client().apps().controllerRevisions().inNamespace(ns.name())
                .withLabel(Labels.TASK_DEFINITION, Names.labelValue(name))
                .list().getItems();
    }
}
