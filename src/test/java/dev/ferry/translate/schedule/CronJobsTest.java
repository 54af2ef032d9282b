package dev.ferry.translate.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.api.v1alpha1.scheduledtask.EcsParameters;
import dev.ferry.api.v1alpha1.scheduledtask.ScheduledTaskSpec;
import dev.ferry.api.v1alpha1.taskdefinition.ContainerDefinition;
import dev.ferry.api.v1alpha1.taskdefinition.TaskDefinitionSpec;
import dev.ferry.translate.Arns;
import dev.ferry.translate.pod.Platform;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CronJobsTest {
    private static CronJobs.Translation translate(String expression, String zone, Platform platform) {
        ScheduledTaskSpec spec = new ScheduledTaskSpec();
        spec.scheduleExpression = expression;
        spec.scheduleExpressionTimezone = zone;
        spec.ecsParameters = new EcsParameters();
        spec.ecsParameters.taskDefinitionArn = "app";
        TaskDefinitionSpec td = new TaskDefinitionSpec();
        td.family = "app";
        ContainerDefinition c = new ContainerDefinition();
        c.name = "app";
        c.image = "busybox:1.36";
        c.memory = 64;
        td.containerDefinitions = List.of(c);
        return CronJobs.cronJob(new CronJobs.Inputs("job", spec, td, 2, Optional.empty(), platform,
                Arns.Scope.of("us-east-1", "000000000000")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "cron(0 12 ? * 1 *)       | 0 12 * * 0",
            "cron(0 12 ? * 7 *)       | 0 12 * * 6",
            "cron(0 12 ? * 2-6 *)     | 0 12 * * 1-5",
            "cron(0 12 ? * SUN,SAT *) | 0 12 * * SUN,SAT",
            "cron(0/15 * * * ? *)     | 0-59/15 * * * *",
            "rate(1 hour)             | 0 * * * *",
            "rate(1 day)              | 0 0 * * *"})
    void eventBridgeScheduleBecomesTheCronJobSchedule(String expression, String cron) {
        CronJob cronJob = translate(expression, null, Platform.LATEST).cronJob();
        assertThat(cronJob.getSpec().getSchedule()).isEqualTo(cron);
        assertThat(cronJob.getSpec().getTimeZone()).isEqualTo("Etc/UTC");
    }

    @Test
    void timeZoneIsLeftOutBefore127AndReportedWhenNotUtc() {
        assertThat(translate("cron(0 1 * * ? *)", null, new Platform(1, 26)).cronJob().getSpec().getTimeZone()).isNull();
        CronJobs.Translation berlin = translate("cron(0 1 * * ? *)", "Europe/Berlin", new Platform(1, 26));
        assertThat(berlin.cronJob()).isNull();
        assertThat(berlin.violations()).singleElement()
                .satisfies(v -> assertThat(v.field()).isEqualTo(CronJobs.TIME_ZONE_FIELD));
        assertThat(translate("cron(0 1 * * ? *)", "Europe/Berlin", new Platform(1, 27)).cronJob().getSpec()
                .getTimeZone()).isEqualTo("Europe/Berlin");
    }

    @Test
    void unrepresentableExpressionGivesNoCronJobAndNamesTheField() {
        CronJobs.Translation t = translate("cron(0 12 L * ? *)", null, Platform.LATEST);
        assertThat(t.cronJob()).isNull();
        assertThat(t.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("spec.scheduleExpression");
            assertThat(v.message()).contains("L (the last day of the month)");
        });
    }

    @Test
    void longScheduledTaskNamesGiveCronJobNamesOfAtMost52Characters() {
        String name = CronJobs.cronJobName("a".repeat(60));
        assertThat(name).hasSizeLessThanOrEqualTo(52).isEqualTo(CronJobs.cronJobName("a".repeat(60)));
        assertThat(CronJobs.cronJobName("nightly")).isEqualTo("nightly");
    }
}
