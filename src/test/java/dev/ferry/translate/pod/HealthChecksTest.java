package dev.ferry.translate.pod;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.api.v1alpha1.taskdefinition.HealthCheck;
import dev.ferry.translate.Violation;
import io.fabric8.kubernetes.api.model.Probe;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HealthChecksTest {

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(delimiter = ';', value = {
            "CMD|/bin/check;EXEC;/bin/check",
            "CMD|/bin/check|--port|8080;EXEC;/bin/check|--port|8080",
            "CMD-SHELL|curl -f localhost || exit 1;SHELL;/bin/sh|-c|curl -f localhost || exit 1",
            // Docker appends every element after CMD-SHELL to the shell command line
            "CMD-SHELL|echo $0|zero;SHELL;/bin/sh|-c|echo $0|zero",
            "NONE;NONE;",
            "/healthcheck;UNKNOWN;",
            "cmd|/bin/check;UNKNOWN;",
            "CMD;EMPTY;",
            "CMD-SHELL;EMPTY;"})
    void commandTypeDecidesHowTheCheckRuns(String command, HealthChecks.Kind kind, String probeCommand) {
        HealthChecks.Check check = HealthChecks.read(healthCheck(command.split("\\|")));

        assertThat(check.kind()).isEqualTo(kind);
        assertThat(check.command()).isEqualTo(probeCommand == null ? List.of() : List.of(probeCommand.split("\\|")));
        assertThat(check.runs()).isEqualTo(kind == HealthChecks.Kind.EXEC || kind == HealthChecks.Kind.SHELL);
    }

    @Test
    void cmdShellRunsInCmdOnWindows() {
        HealthChecks.Check check = HealthChecks.read(healthCheck("CMD-SHELL", "curl -f http://localhost/"), true);

        assertThat(check.command()).containsExactly("cmd", "/S", "/C", "curl -f http://localhost/");
    }

    @Test
    void noCommandIsACheckThatCannotPass() {
        assertThat(HealthChecks.read(new HealthCheck()).kind()).isEqualTo(HealthChecks.Kind.EMPTY);
    }

    @Test
    void absentValuesTakeEcsDefaults() {
        HealthChecks.Check check = HealthChecks.read(healthCheck("CMD", "/x"));

        assertThat(check.interval()).isEqualTo(30);
        assertThat(check.timeout()).isEqualTo(5);
        assertThat(check.retries()).isEqualTo(3);
        assertThat(check.startPeriod()).isZero();
    }

    @ParameterizedTest(name = "startPeriod {0}, interval {1}, retries {2} → {3}")
    @CsvSource({
            "0, 30, 3, 3",
            "40, 30, 3, 5",
            "45, 10, 3, 8",
            "30, 10, 2, 5",
            "1, 5, 5, 6",
            "300, 5, 10, 70"})
    void startupProbeAllowsTheStartPeriodsChecksPlusRetries(int startPeriod, int interval, int retries, int expected) {
        HealthCheck hc = healthCheck("CMD", "/x");
        hc.startPeriod = startPeriod;
        hc.interval = interval;
        hc.retries = retries;

        assertThat(HealthChecks.read(hc).startupFailureThreshold()).isEqualTo(expected);
    }

    @Test
    void probeSetsEveryFieldFromTheCheck() {
        HealthCheck hc = healthCheck("CMD-SHELL", "true");
        hc.interval = 12;
        hc.timeout = 7;

        Probe probe = HealthChecks.probe(HealthChecks.read(hc), 4);

        assertThat(probe.getExec().getCommand()).containsExactly("/bin/sh", "-c", "true");
        assertThat(probe.getPeriodSeconds()).isEqualTo(12);
        assertThat(probe.getTimeoutSeconds()).isEqualTo(7);
        assertThat(probe.getFailureThreshold()).isEqualTo(4);
        assertThat(probe.getSuccessThreshold()).isEqualTo(1);
        assertThat(probe.getInitialDelaySeconds()).isZero();
        assertThat(probe.getHttpGet()).isNull();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "interval, 4", "interval, 301",
            "timeout, 1", "timeout, 61",
            "retries, 0", "retries, 11",
            "startPeriod, -1", "startPeriod, 301"})
    void valuesOutsideEcsLimitsAreViolationsOfTheirField(String field, int value) throws Exception {
        HealthCheck hc = healthCheck("CMD", "/x");
        HealthCheck.class.getField(field).set(hc, value);

        List<Violation> violations = HealthChecks.outOfRange(hc, "spec.containerDefinitions[a].healthCheck");

        assertThat(violations).extracting(Violation::field)
                .containsExactly("spec.containerDefinitions[a].healthCheck." + field);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"interval, 5", "interval, 300", "timeout, 2", "timeout, 60", "retries, 1", "retries, 10",
            "startPeriod, 0", "startPeriod, 300"})
    void valuesAtEcsLimitsAreAccepted(String field, int value) throws Exception {
        HealthCheck hc = healthCheck("CMD", "/x");
        HealthCheck.class.getField(field).set(hc, value);

        assertThat(HealthChecks.outOfRange(hc, "p")).isEmpty();
    }

    private static HealthCheck healthCheck(String... command) {
        HealthCheck hc = new HealthCheck();
        hc.command = Arrays.asList(command);
        return hc;
    }
}
