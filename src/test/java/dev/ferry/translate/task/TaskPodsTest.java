package dev.ferry.translate.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import org.junit.jupiter.api.Test;

class TaskPodsTest {
    static final TaskPods.Owner OWNER = new TaskPods.Owner("ecs.ferry.dev/v1alpha1", "Task", "db-migrate", "uid-1");

    static PodTemplateSpec template(String restartPolicy) {
        return new PodTemplateSpecBuilder()
                .withNewMetadata().addToLabels("ecs.ferry.dev/family", "migrate")
                .addToAnnotations("ecs.ferry.dev/essential-containers", "app").endMetadata()
                .withNewSpec().withRestartPolicy(restartPolicy).addNewContainer().withName("app").withImage("app:1")
                .endContainer().endSpec()
                .build();
    }

    @Test
    void podIsNamedLabelledAnnotatedAndOwnedByItsTask() {
        Pod pod = TaskPods.pod(template("Never"), OWNER, "ns", "prod", 1, "family:migrate", "ci-pipeline");

        assertThat(pod.getMetadata().getName()).isEqualTo("db-migrate-1");
        assertThat(pod.getMetadata().getNamespace()).isEqualTo("ns");
        assertThat(pod.getMetadata().getLabels())
                .containsEntry("app.kubernetes.io/managed-by", "ferry")
                .containsEntry("ecs.ferry.dev/task", "db-migrate")
                .containsEntry("ecs.ferry.dev/cluster", "prod")
                .containsEntry("ecs.ferry.dev/family", "migrate");
        assertThat(pod.getMetadata().getAnnotations())
                .containsEntry("ecs.ferry.dev/essential-containers", "app")
                .containsEntry(TaskPods.GROUP, "family:migrate")
                .containsEntry(TaskPods.STARTED_BY, "ci-pipeline")
                .containsEntry(TaskPods.INDEX, "1");
        assertThat(pod.getMetadata().getOwnerReferences()).singleElement().satisfies(o -> {
            assertThat(o.getKind()).isEqualTo("Task");
            assertThat(o.getName()).isEqualTo("db-migrate");
            assertThat(o.getUid()).isEqualTo("uid-1");
            assertThat(o.getController()).isTrue();
        });
        assertThat(pod.getSpec().getRestartPolicy()).isEqualTo("Never");
    }

    @Test
    void restartPolicyComesFromTheTemplate() {
        assertThat(TaskPods.pod(template("OnFailure"), OWNER, "ns", "default", 0, null, null)
                .getSpec().getRestartPolicy()).isEqualTo("OnFailure");
    }

    @Test
    void absentGroupAndStartedByAreNotAnnotated() {
        Pod pod = TaskPods.pod(template("Never"), OWNER, "ns", "default", 0, null, null);
        assertThat(pod.getMetadata().getAnnotations()).doesNotContainKeys(TaskPods.GROUP, TaskPods.STARTED_BY);
    }

    @Test
    void theTemplateIsNotModified() {
        PodTemplateSpec template = template("Never");
        TaskPods.pod(template, OWNER, "ns", "default", 0, "g", "s");
        assertThat(template.getMetadata().getAnnotations()).containsOnlyKeys("ecs.ferry.dev/essential-containers");
    }

    @Test
    void longTaskNamesStayValidPodNames() {
        String name = "a".repeat(70);
        String pod = TaskPods.podName(name, 3);
        assertThat(pod).hasSizeLessThanOrEqualTo(63).endsWith("-3");
        assertThat(TaskPods.podName(name, 3)).isEqualTo(pod);
    }
}
