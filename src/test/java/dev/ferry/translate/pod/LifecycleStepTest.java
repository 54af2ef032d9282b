package dev.ferry.translate.pod;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LifecycleStepTest {

    /** One container per value, {@code -} for a container without stopTimeout. */
    @ParameterizedTest(name = "stopTimeouts {0} → {1}")
    @CsvSource({
            "-, 30",
            "10 -, 30",
            "10, 10",
            "10 10, 10",
            "0, 0",
            "45 10 -, 45",
            "300, 300",
    })
    void gracePeriodIsTheLongestStopTimeoutEachDefaultingToThirty(String timeouts, long grace) {
        StringBuilder containers = new StringBuilder();
        String[] values = timeouts.split(" ");
        for (int i = 0; i < values.length; i++) {
            containers.append("  - {name: c").append(i).append(", image: x, memory: 64")
                    .append(values[i].equals("-") ? "" : ", stopTimeout: " + values[i]).append("}\n");
        }
        PodTranslation t = TestTasks.ec2Service("family: stop\ncontainerDefinitions:\n" + containers);
        assertThat(t.template().getSpec().getTerminationGracePeriodSeconds()).isEqualTo(grace);
    }

    @ParameterizedTest(name = "{0} on Fargate")
    @CsvSource({"1", "121"})
    void serverlessStopTimeoutOutsideTwoToOneHundredTwentyIsAViolation(int timeout) {
        PodTranslation t = TestTasks.translate("""
                family: stop
                networkMode: awsvpc
                cpu: "256"
                memory: "512"
                containerDefinitions:
                  - {name: a, image: a, stopTimeout: %d}
                """.formatted(timeout), Workload.SERVICE, Capacity.serverless("FARGATE"));
        assertThat(TestTasks.violationFields(t)).containsExactly("spec.containerDefinitions[a].stopTimeout");
    }

    @ParameterizedTest(name = "{0}, restart policy enabled {1} → {2}")
    @CsvSource({
            "SERVICE, false, Always",
            "SERVICE, true, Always",
            "TASK, false, Never",
            "TASK, true, OnFailure",
    })
    void podRestartPolicyFollowsTheWorkloadAndTheContainerRestartPolicy(Workload workload, boolean enabled,
            String policy) {
        PodTranslation t = TestTasks.translate("""
                family: restart
                containerDefinitions:
                  - {name: a, image: a, memory: 64, restartPolicy: {enabled: %s, ignoredExitCodes: [0]}}
                """.formatted(enabled), workload, Capacity.plain("EC2"));
        assertThat(t.template().getSpec().getRestartPolicy()).isEqualTo(policy);
    }

    @Test
    void aTaskWhoseOnlyContainerRestartsOnNonZeroExitCodesIsExact() {
        PodTranslation t = TestTasks.translate("""
                family: exact
                containerDefinitions:
                  - {name: a, image: a, memory: 64, restartPolicy: {enabled: true, ignoredExitCodes: [0]}}
                """, Workload.TASK, Capacity.plain("EC2"));
        assertThat(TestTasks.unsupportedFields(t, new LifecycleStep().fields())).isEmpty();
    }

    @Test
    void aNativeSidecarRestartsOnItsOwnSoItsRestartPolicyLeavesTheTaskPodAtNever() {
        PodTranslation t = TestTasks.translate("""
                family: sidecar
                memory: "512"
                containerDefinitions:
                  - {name: app, image: a, dependsOn: [{containerName: agent, condition: START}]}
                  - {name: agent, image: g, restartPolicy: {enabled: true, ignoredExitCodes: [0]}}
                """, Workload.TASK, Capacity.plain("EC2"));
        assertThat(t.template().getSpec().getRestartPolicy()).as("app has no restart policy").isEqualTo("Never");
        assertThat(t.template().getSpec().getInitContainers()).singleElement()
                .satisfies(agent -> assertThat(agent.getRestartPolicy()).isEqualTo("Always"));
        assertThat(TestTasks.unsupportedFields(t, new LifecycleStep().fields()))
                .as("the sidecar restarts after exit 0 too")
                .containsExactly("spec.containerDefinitions[agent].restartPolicy.ignoredExitCodes");
    }

    @Test
    void onFailureForARegularContainerIsNotReportedAsRestartingTheSidecars() {
        PodTranslation t = TestTasks.translate("""
                family: sidecar
                memory: "512"
                containerDefinitions:
                  - {name: app, image: a, restartPolicy: {enabled: true, ignoredExitCodes: [0]},
                     dependsOn: [{containerName: agent, condition: START}]}
                  - {name: agent, image: g}
                  - {name: helper, image: h, essential: false}
                """, Workload.TASK, Capacity.plain("EC2"));
        assertThat(t.template().getSpec().getRestartPolicy()).isEqualTo("OnFailure");
        assertThat(TestTasks.unsupported(t, "spec.containerDefinitions[app].restartPolicy.enabled").reason)
                .contains("so helper, which has no restart policy, also restarts")
                .doesNotContain("agent");
    }
}
