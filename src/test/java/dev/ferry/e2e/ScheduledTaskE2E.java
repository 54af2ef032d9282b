package dev.ferry.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ferry.translate.Labels;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A ScheduledTask becomes a CronJob that a real API server accepts (schema, defaulting, validation of the pod
 * template), with the task definition's dependsOn ordering in the pod template as the server stored it.
 */
@FerryE2E(operator = true)
class ScheduledTaskE2E {

    private static final String TASK_DEFINITION = """
            apiVersion: ecs.ferry.dev/v1alpha1
            kind: TaskDefinition
            metadata:
              name: ordered
            spec:
              family: ordered
              containerDefinitions:
                - name: migrate
                  image: busybox:1.36
                  essential: false
                  memory: 64
                  command: ["sh", "-c", "echo migrated"]
                - name: proxy
                  image: busybox:1.36
                  essential: true
                  memory: 64
                  command: ["sh", "-c", "touch /tmp/ready && sleep 3600"]
                  healthCheck:
                    command: ["CMD-SHELL", "test -f /tmp/ready"]
                    interval: 5
                    timeout: 2
                    retries: 3
                - name: app
                  image: busybox:1.36
                  essential: true
                  memory: 64
                  command: ["sh", "-c", "echo report done"]
                  dependsOn:
                    - {containerName: migrate, condition: SUCCESS}
                    - {containerName: proxy, condition: HEALTHY}
            """;

    private static final String SCHEDULED_TASK = """
            apiVersion: ecs.ferry.dev/v1alpha1
            kind: ScheduledTask
            metadata:
              name: ordered-nightly
            spec:
              scheduleExpression: cron(30 2 ? * MON-FRI *)
              state: DISABLED
              ecsParameters:
                TaskDefinitionArn: ordered
            """;

    @Test
    void scheduledTaskBecomesAcceptedCronJobWithDependsOnOrdering(E2ENamespace ns) {
        ns.apply(TASK_DEFINITION);
        ns.apply(SCHEDULED_TASK);

        E2E.await().alias("ordered-nightly Ready and its CronJob created").untilAsserted(() -> {
            JsonNode st = ns.ferryJson("ScheduledTask", "ordered-nightly");
            JsonNode ready = condition(st, "Ready");
            assertThat(ready.path("status").asText()).as("Ready in %s", st.path("status")).isEqualTo("True");
            assertThat(cronJob(ns)).as("CronJob ordered-nightly").isNotNull();
        });

        CronJob cronJob = cronJob(ns);
        assertThat(cronJob.getSpec().getSchedule()).isEqualTo("30 2 * * MON-FRI");
        assertThat(cronJob.getSpec().getSuspend()).as("state DISABLED suspends").isTrue();
        assertThat(cronJob.getMetadata().getLabels()).containsEntry(Labels.SCHEDULED_TASK, "ordered-nightly");
        PodSpec pod = cronJob.getSpec().getJobTemplate().getSpec().getTemplate().getSpec();
        assertThat(pod.getContainers()).extracting(Container::getName).containsExactly("app");
        List<String> init = pod.getInitContainers().stream().map(Container::getName).toList();
        assertThat(init).as("migrate (SUCCESS) runs to completion before the sidecar starts").startsWith("migrate");
        if (init.contains("proxy")) {
            Container proxy = pod.getInitContainers().get(init.indexOf("proxy"));
            assertThat(proxy.getRestartPolicy()).as("proxy is a native sidecar").isEqualTo("Always");
            assertThat(proxy.getStartupProbe()).as("HEALTHY: app starts once proxy's startup probe passes").isNotNull();
        }
        assertThat(pod.getRestartPolicy()).isEqualTo("Never");
        assertThat(cronJob.getSpec().getJobTemplate().getSpec().getBackoffLimit()).isZero();
    }

    private static CronJob cronJob(E2ENamespace ns) {
        return ns.client().batch().v1().cronjobs().inNamespace(ns.name()).withName("ordered-nightly").get();
    }

    private static JsonNode condition(JsonNode resource, String type) {
        for (JsonNode c : resource.path("status").path("conditions")) {
            if (type.equals(c.path("type").asText())) {
                return c;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }
}
