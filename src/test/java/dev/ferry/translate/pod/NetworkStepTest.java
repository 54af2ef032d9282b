package dev.ferry.translate.pod;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NetworkStepTest {

    /** ECS's default network mode is awsvpc on Fargate and bridge on EC2; awsvpc takes no hostname. */
    @ParameterizedTest(name = "serverless {0}, networkMode {1} → hostname {2}")
    @CsvSource({"true, '', ", "true, awsvpc, ", "false, '', db", "false, bridge, db", "false, awsvpc, "})
    void hostnameFollowsTheNetworkModeTheTaskRunsWith(boolean serverless, String networkMode, String hostname) {
        PodTranslation t = TestTasks.translate("""
                family: net
                cpu: "256"
                memory: "512"
                %s
                containerDefinitions:
                  - {name: app, image: a, hostname: db}
                """.formatted(networkMode.isEmpty() ? "" : "networkMode: " + networkMode), Workload.SERVICE,
                serverless ? Capacity.serverless("FARGATE") : Capacity.plain("EC2"));
        assertThat(t.template().getSpec().getHostname()).isEqualTo(hostname);
        assertThat(TestTasks.unsupportedFields(t, "containerDefinitions[].hostname"))
                .isEqualTo(hostname == null ? java.util.List.of("spec.containerDefinitions[app].hostname")
                        : java.util.List.of());
    }
}
