package dev.ferry.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * A Task (ECS RunTask) on a real cluster: pods run by a real kubelet, stopped by Ferry when an essential container
 * exits, their lifecycle mirrored in status as ECS's DescribeTasks reports it.
 */
@FerryE2E(operator = true)
class TaskE2E {
    private static final String KIND = "Task";

    @Test
    void anEssentialContainerExitingWithThreeStopsTheTaskWithItsExitCode(E2ENamespace ns) {
        ns.apply(taskDefinition("exit3", """
                    - name: app
                      image: busybox:1.36
                      entryPoint: ["sh", "-c"]
                      command: ["exit 3"]
                      memory: 64
                """));
        ns.apply(task("exit3", "exit3"));

        JsonNode task = awaitStopped(ns, "exit3");

        assertThat(task.at("/status/stopCode").asText()).as(ns.yaml(ns.ferry(KIND, "exit3").get()))
                .isEqualTo("EssentialContainerExited");
        assertThat(task.at("/status/stoppedReason").asText()).isEqualTo("Essential container in task exited");
        JsonNode app = container(task.at("/status/tasks/0"), "app");
        assertThat(app.path("exitCode").asInt()).as(ns.yaml(ns.ferry(KIND, "exit3").get())).isEqualTo(3);
        assertThat(app.path("lastStatus").asText()).isEqualTo("STOPPED");
    }

    @Test
    void theEssentialContainerExitingStopsItsSiblingAndThePodGoes(E2ENamespace ns) {
        ns.apply(taskDefinition("pair", """
                    - name: app
                      image: busybox:1.36
                      entryPoint: ["sh", "-c"]
                      command: ["sleep 5; exit 0"]
                      memory: 64
                    - name: sidecar
                      image: busybox:1.36
                      entryPoint: ["sleep"]
                      command: ["3600"]
                      essential: false
                      memory: 64
                      stopTimeout: 2
                """));
        ns.apply(task("pair", "pair"));

        E2E.await().alias("pod pair-0 created").until(() -> pod(ns, "pair-0") != null);
        E2E.await().alias("pod pair-0 deleted by Ferry after the essential container exited")
                .until(() -> pod(ns, "pair-0") == null);
        JsonNode task = awaitStopped(ns, "pair");

        assertThat(task.at("/status/stopCode").asText()).isEqualTo("EssentialContainerExited");
        JsonNode detail = task.at("/status/tasks/0");
        assertThat(container(detail, "app").path("exitCode").asInt()).isZero();
        assertThat(container(detail, "sidecar").path("lastStatus").asText()).isEqualTo("STOPPED");
    }

    @Test
    void anImageThatDoesNotExistFailsToStart(E2ENamespace ns) {
        ns.apply(taskDefinition("noimage", """
                    - name: app
                      image: registry.invalid/ferry/does-not-exist:0.0.0
                      memory: 64
                """));
        ns.apply(task("noimage", "noimage"));

        JsonNode task = awaitStopped(ns, "noimage");

        assertThat(task.at("/status/stopCode").asText()).as(ns.yaml(ns.ferry(KIND, "noimage").get()))
                .isEqualTo("TaskFailedToStart");
        assertThat(task.at("/status/stoppedReason").asText()).startsWith("CannotPullContainerError: app: ");
    }

    private static String taskDefinition(String family, String containers) {
        return """
                apiVersion: ecs.ferry.dev/v1alpha1
                kind: TaskDefinition
                metadata:
                  name: %s
                spec:
                  family: %s
                  containerDefinitions:
                %s""".formatted(family, family, containers);
    }

    private static String task(String name, String taskDefinition) {
        return """
                apiVersion: ecs.ferry.dev/v1alpha1
                kind: Task
                metadata:
                  name: %s
                spec:
                  taskDefinition: %s
                """.formatted(name, taskDefinition);
    }

    private static io.fabric8.kubernetes.api.model.Pod pod(E2ENamespace ns, String name) {
        return ns.client().pods().inNamespace(ns.name()).withName(name).get();
    }

    private static JsonNode awaitStopped(E2ENamespace ns, String name) {
        E2E.await(java.time.Duration.ofMinutes(3)).alias("Task " + name + " STOPPED").untilAsserted(() -> {
            GenericKubernetesResource current = ns.ferry(KIND, name).get();
            assertThat(current).as("Task %s", name).isNotNull();
            assertThat(ns.json(current).at("/status/lastStatus").asText()).as("status in\n%s", ns.yaml(current))
                    .isEqualTo("STOPPED");
        });
        return ns.ferryJson(KIND, name);
    }

    private static JsonNode container(JsonNode taskDetail, String name) {
        return StreamSupport.stream(taskDetail.path("containers").spliterator(), false)
                .filter(c -> name.equals(c.path("name").asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no container " + name + " in " + taskDetail));
    }
}
