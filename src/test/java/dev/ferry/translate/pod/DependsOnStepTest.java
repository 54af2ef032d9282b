package dev.ferry.translate.pod;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.translate.Violation;
import io.fabric8.kubernetes.api.model.Container;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DependsOnStepTest {
    /** Where this step reports: its own fields, and essential for a container that runs as a native sidecar. */
    static final List<String> OWN = List.of("containerDefinitions[].dependsOn", "containerDefinitions[].startTimeout",
            "containerDefinitions[].essential");

    @Test
    void initOrderPutsEveryContainerAfterItsDependenciesAndKeepsDefinitionOrderForTies() {
        PodTranslation t = TestTasks.translate("""
                family: f
                memory: "512"
                containerDefinitions:
                  - {name: x, image: i, dependsOn: [{containerName: p, condition: START},
                      {containerName: q, condition: START}, {containerName: r, condition: START}]}
                  - {name: p, image: i}
                  - {name: q, image: i, dependsOn: [{containerName: r, condition: START}]}
                  - {name: r, image: i}
                """, Workload.SERVICE, Platform.LATEST, Capacity.plain("EC2"));

        assertThat(names(t.template().getSpec().getInitContainers())).containsExactly("p", "r", "q");
        assertThat(names(t.template().getSpec().getContainers())).containsExactly("x");
    }

    @Test
    void containerDependedOnWithStartAndSuccessRunsToCompletionFirst() {
        PodTranslation t = TestTasks.translate("""
                family: f
                memory: "512"
                containerDefinitions:
                  - {name: a, image: i, dependsOn: [{containerName: setup, condition: START}]}
                  - {name: b, image: i, dependsOn: [{containerName: setup, condition: SUCCESS}]}
                  - {name: setup, image: i, essential: false}
                """, Workload.SERVICE, Platform.LATEST, Capacity.plain("EC2"));

        Container setup = t.template().getSpec().getInitContainers().get(0);
        assertThat(setup.getName()).isEqualTo("setup");
        assertThat(setup.getRestartPolicy()).as("a regular init container, not a sidecar").isNull();
        assertThat(TestTasks.unsupportedFields(t, OWN))
                .containsExactly("spec.containerDefinitions[a].dependsOn[0].condition");
    }

    @ParameterizedTest(name = "Kubernetes {0}")
    @CsvSource({"1.26, false", "1.28, false", "1.29, true", "1.33, true"})
    void startDependenciesBecomeNativeSidecarsFromKubernetes129(String version, boolean sidecar) {
        PodTranslation t = TestTasks.translate("""
                family: f
                memory: "512"
                containerDefinitions:
                  - {name: app, image: i, dependsOn: [{containerName: agent, condition: START}]}
                  - {name: agent, image: i}
                """, Workload.SERVICE, PodFixtures.platform(version), Capacity.plain("EC2"));

        if (sidecar) {
            assertThat(names(t.template().getSpec().getInitContainers())).containsExactly("agent");
            assertThat(t.template().getSpec().getInitContainers().get(0).getRestartPolicy()).isEqualTo("Always");
            assertThat(TestTasks.unsupportedFields(t, OWN)).isEmpty();
        } else {
            assertThat(t.template().getSpec().getInitContainers()).isNull();
            assertThat(names(t.template().getSpec().getContainers())).containsExactly("app", "agent");
            assertThat(TestTasks.unsupportedFields(t, OWN)).containsExactly("spec.containerDefinitions[app].dependsOn");
            assertThat(TestTasks.unsupported(t, "spec.containerDefinitions[app].dependsOn").reason)
                    .contains("server is " + version);
        }
    }

    @Test
    void everyDisjointCycleIsAViolationOnItsFirstContainer() {
        PodTranslation t = TestTasks.translate("""
                family: f
                memory: "512"
                containerDefinitions:
                  - {name: a, image: i, dependsOn: [{containerName: b, condition: START}], healthCheck: {command: [CMD, x]}}
                  - {name: b, image: i, dependsOn: [{containerName: a, condition: HEALTHY}]}
                  - {name: c, image: i, dependsOn: [{containerName: d, condition: START}]}
                  - {name: d, image: i, dependsOn: [{containerName: c, condition: START}]}
                  - {name: e, image: i, dependsOn: [{containerName: a, condition: START}]}
                """, Workload.SERVICE, Platform.LATEST, Capacity.plain("EC2"));

        assertThat(t.isValid()).isFalse();
        assertThat(t.violations()).extracting(Violation::field).containsExactly(
                "spec.containerDefinitions[a].dependsOn", "spec.containerDefinitions[c].dependsOn");
        assertThat(t.violations().get(0).message()).contains("a → b → a");
    }

    @ParameterizedTest(name = "serverless {0}, startTimeout {1} → valid {2}")
    @CsvSource({"true, 1, false", "true, 2, true", "true, 120, true", "true, 121, false",
            "false, 1, true", "false, 600, true", "false, -1, false"})
    void startTimeoutBoundsApplyOnServerlessCapacity(boolean serverless, int startTimeout, boolean valid) {
        PodTranslation t = TestTasks.translate("""
                family: f
                cpu: "256"
                memory: "512"
                containerDefinitions:
                  - {name: app, image: i, startTimeout: %d}
                """.formatted(startTimeout), Workload.SERVICE, Platform.LATEST,
                serverless ? Capacity.serverless("FARGATE") : Capacity.plain("EC2"));

        assertThat(t.isValid()).isEqualTo(valid);
        if (!valid) {
            assertThat(t.violations()).extracting(Violation::field)
                    .containsExactly("spec.containerDefinitions[app].startTimeout");
        }
    }

    @Test
    void startTimeoutOfAContainerNobodyDependsOnIsIgnoredAsOnEcs() {
        PodTranslation t = TestTasks.translate("""
                family: f
                memory: "512"
                containerDefinitions:
                  - {name: app, image: i, startTimeout: 60}
                  - {name: agent, image: i, startTimeout: 60}
                  - {name: web, image: i, dependsOn: [{containerName: agent, condition: START}]}
                """, Workload.SERVICE, Platform.LATEST, Capacity.plain("EC2"));

        assertThat(TestTasks.unsupportedFields(t, OWN)).isEmpty();
        assertThat(t.template().getSpec().getInitContainers().get(0).getStartupProbe()).isNull();
    }

    @Test
    void healthyDependencyOnANonEssentialContainerStillGatesItsDependants() {
        PodTranslation t = TestTasks.translate("""
                family: f
                memory: "512"
                containerDefinitions:
                  - {name: app, image: i, dependsOn: [{containerName: cache, condition: HEALTHY}]}
                  - {name: cache, image: i, essential: false, healthCheck: {command: [CMD-SHELL, ping], retries: 4}}
                """, Workload.SERVICE, Platform.LATEST, Capacity.plain("EC2"));

        Container cache = t.template().getSpec().getInitContainers().get(0);
        assertThat(cache.getStartupProbe().getFailureThreshold()).isEqualTo(4);
        assertThat(cache.getLivenessProbe()).as("a non-essential container's health never acts on ECS").isNull();
        assertThat(cache.getReadinessProbe()).isNull();
    }

    @Test
    void initContainersCarryNoProbes() {
        PodTranslation t = TestTasks.translate("""
                family: f
                memory: "512"
                containerDefinitions:
                  - {name: app, image: i, dependsOn: [{containerName: job, condition: COMPLETE}]}
                  - {name: job, image: i, essential: false, healthCheck: {command: [CMD, x]}}
                """, Workload.SERVICE, Platform.LATEST, Capacity.plain("EC2"));

        Container job = t.template().getSpec().getInitContainers().get(0);
        assertThat(job.getLivenessProbe()).isNull();
        assertThat(job.getReadinessProbe()).isNull();
        assertThat(job.getStartupProbe()).isNull();
        assertThat(TestTasks.unsupportedFields(t, OWN)).contains(
                "spec.containerDefinitions[app].dependsOn[0].condition");
    }

    @ParameterizedTest(name = "{0}, restart policy on app {1} → {2}")
    @CsvSource({"TASK, false, the pod fails", "TASK, true, it is restarted", "SERVICE, false, it is restarted"})
    void completeDependencyReportSaysWhatThePodsRestartPolicyDoesWithAFailedInitContainer(Workload workload,
            boolean restartPolicy, String outcome) {
        PodTranslation t = TestTasks.translate("""
                family: f
                memory: "512"
                containerDefinitions:
                  - {name: app, image: i, restartPolicy: {enabled: %s, ignoredExitCodes: [0]},
                     dependsOn: [{containerName: job, condition: COMPLETE}]}
                  - {name: job, image: i, essential: false}
                """.formatted(restartPolicy), workload, Platform.LATEST, Capacity.plain("EC2"));

        assertThat(t.template().getSpec().getRestartPolicy())
                .isEqualTo(workload == Workload.SERVICE ? "Always" : restartPolicy ? "OnFailure" : "Never");
        assertThat(TestTasks.unsupported(t, "spec.containerDefinitions[app].dependsOn[0].condition").reason)
                .contains("If it exits with another code, " + outcome + " instead of app starting");
    }

    @ParameterizedTest(name = "essential {0}, restart policy {1}")
    @CsvSource({"true, false, true", "true, true, true", "false, false, true", "false, true, false"})
    void aTaskSidecarIsReportedWhereEcsWouldNotRestartIt(boolean essential, boolean restartPolicy, boolean reported) {
        PodTranslation t = TestTasks.translate("""
                family: f
                memory: "512"
                containerDefinitions:
                  - {name: app, image: i, dependsOn: [{containerName: agent, condition: START}]}
                  - {name: agent, image: i, essential: %s, restartPolicy: {enabled: %s}}
                """.formatted(essential, restartPolicy), Workload.TASK, Platform.LATEST, Capacity.plain("EC2"));

        List<String> fields = TestTasks.unsupportedFields(t, "containerDefinitions[].essential");
        if (!reported) {
            assertThat(fields).as("ECS restarts a container with a restart policy in place too").isEmpty();
            return;
        }
        assertThat(fields).containsExactly("spec.containerDefinitions[agent].essential");
        String reason = TestTasks.unsupported(t, "spec.containerDefinitions[agent].essential").reason;
        assertThat(reason.contains("restarts it whenever it exits")).as(reason).isEqualTo(!restartPolicy);
        assertThat(reason.contains("the pod ends when its regular containers have ended")).as(reason)
                .isEqualTo(essential);
    }

    static List<String> names(List<Container> containers) {
        return containers.stream().map(Container::getName).toList();
    }
}
