package dev.ferry.translate.pod;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.translate.Arns;
import dev.ferry.translate.Names;
import dev.ferry.translate.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TaskRolesTest {
    private static final Arns.Scope SCOPE = new Arns.Scope("aws-cn", "cn-north-1", "210987654321");
    private static final String FIELD = "spec.taskRoleArn";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "arn:aws:iam::123456789012:role/ecsTaskRole|ecsTaskRole",
            "arn:aws:iam::123456789012:role/service-role/Reporting_TaskRole|Reporting_TaskRole",
            "arn:aws-us-gov:iam::123456789012:role/a/b/c/app+role=1,x.y@z|app+role=1,x.y@z",
    })
    void roleArnKeepsTheArnAndTakesTheNameAfterThePath(String arn, String name) {
        TaskRoles.TaskRole role = TaskRoles.role(FIELD, arn, SCOPE).value();
        assertThat(role.arn()).isEqualTo(arn);
        assertThat(role.name()).isEqualTo(name);
    }

    @Test
    void roleNameIsCompletedWithTheClustersPartitionAndAccount() {
        TaskRoles.TaskRole role = TaskRoles.role(FIELD, "app-task-role", SCOPE).value();
        assertThat(role.arn()).isEqualTo("arn:aws-cn:iam::210987654321:role/app-task-role");
    }

    @Test
    void serviceAccountNameIsTheSanitisedRoleNameAndAHashOfTheArn() {
        String arn = "arn:aws:iam::123456789012:role/Reporting_TaskRole";
        assertThat(TaskRoles.role(FIELD, arn, SCOPE).value().serviceAccountName())
                .isEqualTo("ecs-task-reporting-taskrole-" + Names.hash(arn));
    }

    @Test
    void sameRoleNameInAnotherAccountGetsAnotherServiceAccount() {
        String a = TaskRoles.role(FIELD, "arn:aws:iam::111111111111:role/app", SCOPE).value().serviceAccountName();
        String b = TaskRoles.role(FIELD, "arn:aws:iam::222222222222:role/app", SCOPE).value().serviceAccountName();
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void longRoleNamesStayAValidServiceAccountName() {
        String name = TaskRoles.role(FIELD, "R".repeat(64), SCOPE).value().serviceAccountName();
        assertThat(name).hasSizeLessThanOrEqualTo(63).matches("[a-z0-9]([a-z0-9-]*[a-z0-9])?");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{{task-role-arn}}", "<TASK_ROLE_ARN>", "arn:aws:iam::{{ must_env `AWS_ACCOUNT_ID` }}:role/x",
            "arn:${AWS::Partition}:iam::123456789012:role/x"})
    void templatePlaceholdersAreViolations(String value) {
        Result<TaskRoles.TaskRole> result = TaskRoles.role(FIELD, value, SCOPE);
        assertThat(result.violations()).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("placeholder"))
                .satisfies(v -> assertThat(v.field()).isEqualTo(FIELD));
    }

    @Test
    void aPlaceholderAccountIsNamed() {
        assertThat(TaskRoles.role(FIELD, "arn:aws:iam::XXXXXXXXXXXX:role/ecs_task_iam_role", SCOPE).violations())
                .singleElement().satisfies(v -> assertThat(v.message()).contains("\"XXXXXXXXXXXX\" is not a 12-digit"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"arn:aws:iam::XXXXXXXXXXXX:role/ecs_task_iam_role", "arn:aws:iam::123456789012:user/bob",
            "arn:aws:sts::123456789012:assumed-role/x/y", "arn:aws:iam:us-east-1:123456789012:role/x", "role with space",
            "arn:aws:iam::123456789012:role/"})
    void malformedRolesAreViolationsNamingTheField(String value) {
        Result<TaskRoles.TaskRole> result = TaskRoles.role(FIELD, value, SCOPE);
        assertThat(result.isValid()).isFalse();
        assertThat(result.violations()).singleElement().satisfies(v -> assertThat(v.field()).isEqualTo(FIELD));
    }
}
