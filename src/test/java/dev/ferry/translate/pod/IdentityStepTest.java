package dev.ferry.translate.pod;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.api.v1alpha1.taskdefinition.TaskDefinitionSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentityStepTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void aBlankTaskRoleIsNoRole(String blank) {
        TaskDefinitionSpec spec = EnvironmentStepTest.spec(EnvironmentStepTest.container("app"));
        spec.taskRoleArn = blank;
        spec.executionRoleArn = blank;
        PodTranslation t = PodTemplates.translate(new TaskInputs(spec, 1, Workload.TASK, Capacity.plain("EC2"),
                ClusterPolicy.defaults(), Platform.LATEST, PodFixtures.SCOPE));
        assertThat(t.companions()).isEmpty();
        assertThat(t.template().getSpec().getServiceAccountName()).isNull();
        assertThat(t.template().getSpec().getAutomountServiceAccountToken()).isFalse();
        assertThat(t.unsupported()).noneMatch(u -> u.field.equals("spec.executionRoleArn"));
    }
}
