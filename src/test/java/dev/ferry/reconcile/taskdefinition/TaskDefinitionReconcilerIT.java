package dev.ferry.reconcile.taskdefinition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ferry.api.v1alpha1.taskdefinition.TaskDefinition;
import dev.ferry.reconcile.status.Conditions;
import dev.ferry.testing.FerryApiServer;
import dev.ferry.testing.FerryApiServerResource;
import dev.ferry.testing.InjectFerryApiServer;
import dev.ferry.translate.Labels;
import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.apps.ControllerRevision;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** The TaskDefinition reconciler, running in the operator, against the test API server. */
@QuarkusTest
@QuarkusTestResource(FerryApiServerResource.class)
class TaskDefinitionReconcilerIT {
    private static final Duration WAIT = Duration.ofSeconds(15);

    @Inject
    KubernetesClient client;

    @InjectFerryApiServer
    FerryApiServer apiServer;

    String namespace;

    @BeforeEach
    void namespace(TestInfo test) {
        namespace = ("td-" + test.getTestMethod().orElseThrow().getName().toLowerCase()).substring(0, 20)
                + "-" + Integer.toHexString(test.getDisplayName().hashCode() & 0xffff);
        client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(namespace).endMetadata().build())
                .create();
    }

    private TaskDefinition get(String name) {
        return client.resources(TaskDefinition.class).inNamespace(namespace).withName(name).get();
    }

    private List<ControllerRevision> revisions(String tdName) {
        return client.apps().controllerRevisions().inNamespace(namespace)
                .withLabel(Labels.TASK_DEFINITION, tdName).list().getItems();
    }

    private TaskDefinition create(TaskDefinition td) {
        return client.resources(TaskDefinition.class).inNamespace(namespace).resource(td).create();
    }

    private TaskDefinition awaitRevision(String name, int revision) {
        await().atMost(WAIT).until(() -> {
            TaskDefinition td = get(name);
            return td.getStatus() != null && Integer.valueOf(revision).equals(td.getStatus().revision)
                    && td.getStatus().observedGeneration != null
                    && td.getStatus().observedGeneration.equals(td.getMetadata().getGeneration());
        });
        return get(name);
    }

    @Test
    void firstSpecRecordsRevisionOneWithItsArnAndReady() {
        create(TaskDefinitions.of(namespace, "web-app", "Web_App", "nginx:1.25"));

        TaskDefinition td = awaitRevision("web-app", 1);

        assertThat(td.getStatus().family).isEqualTo("Web_App");
        assertThat(td.getStatus().taskDefinitionArn).isEqualTo("arn:aws:ecs:us-east-1:000000000000:task-definition/Web_App:1");
        assertThat(td.getStatus().status).isEqualTo("ACTIVE");
        Condition ready = Conditions.find(td.getStatus().conditions, Conditions.READY).orElseThrow();
        assertThat(ready.getStatus()).isEqualTo("True");
        assertThat(ready.getObservedGeneration()).isEqualTo(td.getMetadata().getGeneration());

        List<ControllerRevision> revisions = revisions("web-app");
        assertThat(revisions).singleElement().satisfies(r -> {
            assertThat(r.getMetadata().getName()).isEqualTo("web-app-r1");
            assertThat(r.getRevision()).isEqualTo(1L);
            assertThat(r.getMetadata().getLabels()).containsEntry(Labels.MANAGED_BY, "ferry")
                    .containsEntry(Labels.REVISION, "1").containsEntry(Labels.FAMILY, "Web_App");
            assertThat(r.getMetadata().getOwnerReferences()).singleElement()
                    .satisfies(o -> assertThat(o.getUid()).isEqualTo(td.getMetadata().getUid()));
            assertThat(RevisionHistory.snapshot(r).at("/containerDefinitions/0/image").asText()).isEqualTo("nginx:1.25");
        });
    }

    @Test
    void aResyncWithNothingChangedWritesNothing() {
        create(TaskDefinitions.of(namespace, "quiet", "quiet", "nginx:1.25"));
        awaitRevision("quiet", 1);
        await().atMost(WAIT).until(() -> Conditions.find(get("quiet").getStatus().conditions, Conditions.READY).isPresent());

        // An event on a secondary resource makes the reconciler run again with nothing changed.
        client.apps().controllerRevisions().inNamespace(namespace).withName("quiet-r1")
                .edit(r -> {
                    r.getMetadata().getLabels().put("touched", "yes");
                    return r;
                });
        int after = apiServer.writes().size();

        await().during(Duration.ofSeconds(2)).atMost(WAIT)
                .until(() -> apiServer.writes().size() == after);
        assertThat(revisions("quiet")).hasSize(1);
    }

    @Test
    void anEditThatLeavesTheSpecEqualRecordsNoRevision() {
        create(TaskDefinitions.of(namespace, "paste", "paste", "nginx:1.25"));
        awaitRevision("paste", 1);

        // The same task definition pasted from describe-task-definition output: output-only fields added.
        TaskDefinition pasted = get("paste");
        pasted.getSpec().taskDefinitionArn = "arn:aws:ecs:eu-west-1:111111111111:task-definition/paste:42";
        pasted.getSpec().revision = 42;
        pasted.getSpec().status = "ACTIVE";
        client.resources(TaskDefinition.class).inNamespace(namespace).resource(pasted).update();

        await().atMost(WAIT).until(() -> get("paste").getStatus().observedGeneration.equals(get("paste").getMetadata().getGeneration()));
        assertThat(get("paste").getStatus().revision).isEqualTo(1);
        assertThat(revisions("paste")).hasSize(1);
    }

    @Test
    void aSpecChangeRecordsTheNextRevisionAndKeepsTheOldSnapshot() {
        create(TaskDefinitions.of(namespace, "web", "web", "nginx:1.25"));
        awaitRevision("web", 1);

        TaskDefinition td = get("web");
        td.getSpec().containerDefinitions.get(0).image = "nginx:1.27";
        client.resources(TaskDefinition.class).inNamespace(namespace).resource(td).update();

        TaskDefinition updated = awaitRevision("web", 2);
        assertThat(updated.getStatus().taskDefinitionArn).endsWith("task-definition/web:2");
        assertThat(updated.getStatus().retainedRevisions).containsExactly(1, 2);
        Map<Long, String> images = new java.util.TreeMap<>();
        revisions("web").forEach(r -> images.put(r.getRevision(),
                RevisionHistory.snapshot(r).at("/containerDefinitions/0/image").asText()));
        assertThat(images).containsExactly(Map.entry(1L, "nginx:1.25"), Map.entry(2L, "nginx:1.27"));
        await().during(Duration.ofSeconds(1)).atMost(WAIT).until(() -> events("web", "RevisionRecorded").size() == 2);
    }

    @Test
    void aSecondObjectDeclaringTheSameFamilyIsRejectedWithAnEvent() {
        create(TaskDefinitions.of(namespace, "first", "shared", "nginx:1.25"));
        awaitRevision("first", 1);

        create(TaskDefinitions.of(namespace, "second", "shared", "nginx:1.27"));

        await().atMost(WAIT).until(() -> get("second").getStatus() != null
                && Conditions.find(get("second").getStatus().conditions, Conditions.READY).isPresent());
        Condition ready = Conditions.find(get("second").getStatus().conditions, Conditions.READY).orElseThrow();
        assertThat(ready.getStatus()).isEqualTo("False");
        assertThat(ready.getReason()).isEqualTo("FamilyConflict");
        assertThat(ready.getMessage()).contains("spec.family", "\"shared\"", "first");
        assertThat(revisions("second")).isEmpty();
        await().atMost(WAIT).until(() -> warnings("second", "FamilyConflict").size() == 1);
        assertThat(get("first").getStatus().revision).isEqualTo(1);
    }

    @Test
    void aSpecWithoutFamilyIsReportedNotCrashedOn() {
        // The CRD schema rejects this on a real API server; the operator must still cope if it gets one.
        create(TaskDefinitions.of(namespace, "nofamily", null, "nginx:1.25"));

        await().atMost(WAIT).until(() -> get("nofamily").getStatus() != null
                && Conditions.find(get("nofamily").getStatus().conditions, Conditions.READY).isPresent());
        Condition ready = Conditions.find(get("nofamily").getStatus().conditions, Conditions.READY).orElseThrow();
        assertThat(ready.getStatus()).isEqualTo("False");
        assertThat(ready.getReason()).isEqualTo(Conditions.INVALID_SPEC);
        assertThat(ready.getMessage()).contains("spec.family");
        await().atMost(WAIT).until(() -> warnings("nofamily", Conditions.INVALID_SPEC).size() == 1);
        int after = apiServer.writes().size();
        await().during(Duration.ofSeconds(2)).atMost(WAIT).until(() -> apiServer.writes().size() == after);
    }

    private List<Event> warnings(String name, String reason) {
        return events(name, reason).stream().filter(e -> "Warning".equals(e.getType())).toList();
    }

    private List<Event> events(String name, String reason) {
        return client.v1().events().inNamespace(namespace).list().getItems().stream()
                .filter(e -> name.equals(e.getInvolvedObject().getName()) && reason.equals(e.getReason()))
                .toList();
    }
}
