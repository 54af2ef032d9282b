package dev.ferry.translate.pod;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HealthCheckStepTest {

    /**
     * Only an essential container's health counts on ECS; a Service replaces an unhealthy task (→ liveness), a
     * standalone task runs on regardless (→ readiness only, which records health without acting on it).
     */
    @ParameterizedTest(name = "{0}, essential {1}, startPeriod {2} → liveness {3}, readiness {4}, startup {5}")
    @CsvSource({
            "SERVICE, true, 0, true, true, false",
            "SERVICE, true, 30, true, true, true",
            "SERVICE, false, 0, false, false, false",
            "SERVICE, false, 30, false, false, false",
            "TASK, true, 0, false, true, false",
            "TASK, true, 30, false, true, false",
            "TASK, false, 30, false, false, false"})
    void probesFollowEssentialAndWorkload(Workload workload, boolean essential, int startPeriod, boolean liveness,
            boolean readiness, boolean startup) {
        PodTranslation t = TestTasks.translate("""
                family: f
                memory: "512"
                containerDefinitions:
                  - {name: main, image: i}
                  - {name: c, image: i, essential: %s, healthCheck: {command: [CMD, /check], startPeriod: %d}}
                """.formatted(essential, startPeriod), workload, Platform.LATEST, Capacity.plain("EC2"));

        Container c = t.template().getSpec().getContainers().get(1);
        assertThat(c.getLivenessProbe() != null).as("liveness").isEqualTo(liveness);
        assertThat(c.getReadinessProbe() != null).as("readiness").isEqualTo(readiness);
        assertThat(c.getStartupProbe() != null).as("startup").isEqualTo(startup);
        assertThat(TestTasks.unsupportedFields(t, "containerDefinitions[].healthCheck"))
                .containsExactlyElementsOf(essential
                        ? java.util.List.of() : java.util.List.of("spec.containerDefinitions[c].healthCheck"));
    }
}
