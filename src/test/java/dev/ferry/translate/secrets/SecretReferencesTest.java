package dev.ferry.translate.secrets;

import dev.ferry.translate.Names;
import dev.ferry.translate.Result;
import dev.ferry.translate.Violation;
import dev.ferry.translate.secrets.SecretSource.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SecretReferencesTest {
    private static final String FIELD = "spec.containerDefinitions[0].secrets[0].valueFrom";
    private static final String SM = "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf";
    private static final String DNS_LABEL = "[a-z0-9]([a-z0-9-]*[a-z0-9])?";

    private static SecretKeyReference valid(String valueFrom) {
        Result<SecretKeyReference> result = SecretReferences.secret(FIELD, valueFrom);
        assertThat(result.violations()).isEmpty();
        return result.value();
    }

    private static void assertInvalid(Result<?> result, String field, String fragment) {
        assertThat(result.isValid()).isFalse();
        assertThat(result.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo(field);
            assertThat(v.message()).contains(fragment);
        });
    }

    // ------------------------------------------------------------------ Secrets Manager

    @Test
    void secretsManagerArnWithJsonKeyMapsToSecretNamedAfterTheSecretAndKeyNamedAfterTheJsonKey() {
        SecretKeyReference ref = valid(SM + ":password::");
        assertThat(ref.secretName()).isEqualTo("ecs-sm-prod-db-abcdef-"
                + Names.hash("aws", "us-east-1", "123456789012", "prod/db-AbCdEf", "AWSCURRENT", ""));
        assertThat(ref.key()).isEqualTo("password");
        assertThat(ref.jsonKey()).isEqualTo("password");
        assertThat(ref.keyRenamed()).isFalse();
        assertThat(ref.source()).isEqualTo(new SecretSource(Store.SECRETS_MANAGER, "aws", "us-east-1",
                "123456789012", "prod/db-AbCdEf", "AWSCURRENT", ""));
    }

    @Test
    void secretNameIsStableAcrossReleases() {
        // Users create these Secrets by name, so the rule must not drift. Independently computed:
        // printf %s "aws|us-east-1|123456789012|prod/db-AbCdEf|AWSCURRENT|" | sha256sum
        assertThat(valid(SM + ":password::").secretName()).isEqualTo("ecs-sm-prod-db-abcdef-2e28110a46");
        assertThat(valid("/prod/db/password").secretName()).isEqualTo("ecs-ssm-prod-db-password-aeacc5cf26");
        // The examples in docs/mapping/secrets.md:
        assertThat(SecretReferences.repositoryCredentials("f", "registry/dockerhub").value().secretName())
                .isEqualTo("ecs-pull-registry-dockerhub-dc6da6e058");
        assertThat(SecretReferences.environmentFile("f", "arn:aws:s3:::my-bucket/envs/app.env").value()
                .configMapName()).isEqualTo("ecs-env-envs-app-env-6d88e64326");
    }

    @Test
    void wholeSecretUsesKeyValue() {
        SecretKeyReference ref = valid(SM);
        assertThat(ref.key()).isEqualTo("value");
        assertThat(ref.jsonKey()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {SM, SM + ":", SM + ":::", SM + "::AWSCURRENT:", SM + ":username::"})
    void referencesWithoutVersionMeanAwsCurrentAndShareOneSecret(String valueFrom) {
        assertThat(valid(valueFrom).secretName()).isEqualTo(valid(SM).secretName());
    }

    @Test
    void differentVersionsOfOneSecretAreDifferentKubernetesSecrets() {
        String current = valid(SM + ":password::").secretName();
        String previous = valid(SM + ":password:AWSPREVIOUS:").secretName();
        String byId = valid(SM + ":password::0f1e2d3c-aaaa-bbbb-cccc-1234567890ab").secretName();
        assertThat(previous).startsWith("ecs-sm-prod-db-abcdef-");
        assertThat(java.util.Set.of(current, previous, byId)).hasSize(3);
        assertThat(valid(SM + ":password:AWSPREVIOUS:").source().versionStage()).isEqualTo("AWSPREVIOUS");
        assertThat(valid(SM + "::AWSPREVIOUS:").source().versionId()).isEmpty();
    }

    @Test
    void sameSecretNameInAnotherRegionIsAnotherKubernetesSecret() {
        assertThat(valid(SM).secretName())
                .isNotEqualTo(valid(SM.replace("us-east-1", "eu-west-1")).secretName());
    }

    @ParameterizedTest
    @ValueSource(strings = {"db password", "user/name", "..", ".", "..hidden", "ä"})
    void jsonKeyThatIsNotAValidSecretKeyIsHashed(String jsonKey) {
        SecretKeyReference ref = valid(SM + ":" + jsonKey + "::");
        assertThat(ref.key()).isEqualTo("k-" + Names.hash(jsonKey));
        assertThat(ref.jsonKey()).isEqualTo(jsonKey);
        assertThat(ref.keyRenamed()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"DB_PASSWORD", "db.password", "db-password", ".dotfile"})
    void jsonKeyThatIsAValidSecretKeyIsKept(String jsonKey) {
        assertThat(valid(SM + ":" + jsonKey + "::").key()).isEqualTo(jsonKey);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "arn:aws-cn:secretsmanager:cn-north-1:123456789012:secret:app-AbCdEf     | aws-cn",
            "arn:aws-us-gov:secretsmanager:us-gov-west-1:123456789012:secret:app-AbCdEf | aws-us-gov",
            "arn:aws:secretsmanager:ap-southeast-2:123456789012:secret:app-AbCdEf   | aws",
    })
    void partitionsAreParsedNotAssumed(String valueFrom, String partition) {
        SecretKeyReference ref = valid(valueFrom);
        assertThat(ref.source().partition()).isEqualTo(partition);
        assertThat(ref.secretName()).startsWith("ecs-sm-app-abcdef-");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "arn:aws:secretsmanager:us-east-1:123456789012:secret:db:password:AWSPREVIOUS:0f1e2d3c | gives both a version stage (AWSPREVIOUS) and a version id (0f1e2d3c); give only one of them",
            "arn:aws:secretsmanager:us-east-1:123456789012:secret:db:k:s::extra                     | has 11 colon-separated parts; a Secrets Manager reference has at most 10",
            "arn:aws:secretsmanager:us-east-1:123456789012:db                                       | is not a Secrets Manager secret ARN",
            "arn:aws:secretsmanager:us-east-1:123456789012:secret                                   | is not a Secrets Manager secret ARN",
            "arn:aws:secretsmanager:us-east-1:123456789012:secret:                                  | is not a valid Secrets Manager secret name",
            "arn:aws:secretsmanager:us-east-1:123456789012:secret:my secret                         | is not a valid Secrets Manager secret name",
            "arn:azure:secretsmanager:us-east-1:123456789012:secret:db                              | \"azure\" is not an AWS partition",
            "arn:aws:secretsmanager:useast1:123456789012:secret:db                                  | \"useast1\" is not an AWS region",
            "arn:aws:secretsmanager:us-east-1:12345:secret:db                                       | \"12345\" is not a 12-digit AWS account id",
            "arn:aws:s3:::bucket/key                                                                | is an ARN of service \"s3\"; ECS reads secrets only from Secrets Manager",
            "arn:aws:ssm                                                                            | is not a complete ARN",
    })
    void invalidSecretsManagerReferenceIsRejected(String valueFrom, String message) {
        assertInvalid(SecretReferences.secret(FIELD, valueFrom), FIELD, message);
    }

    // ------------------------------------------------------------------ SSM

    @Test
    void ssmParameterArnMapsToWholeValueOfAnSsmSecret() {
        SecretKeyReference ref = valid("arn:aws:ssm:us-east-1:123456789012:parameter/prod/db/password");
        assertThat(ref.source()).isEqualTo(new SecretSource(Store.SSM_PARAMETER, "aws", "us-east-1",
                "123456789012", "/prod/db/password", "", ""));
        assertThat(ref.secretName()).isEqualTo("ecs-ssm-prod-db-password-"
                + Names.hash("aws", "us-east-1", "123456789012", "/prod/db/password", "", ""));
        assertThat(ref.key()).isEqualTo("value");
    }

    @Test
    void ssmArnOfFlatParameterKeepsTheNameWithoutSlash() {
        assertThat(valid("arn:aws:ssm:us-east-1:123456789012:parameter/db_password").source().name())
                .isEqualTo("db_password");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/prod/db/password", "db_password", "ecs-cwagent-sidecar-ec2", "/aws/reference/secretsmanager/db"})
    void bareNameIsAnSsmParameterInTheTasksRegion(String name) {
        SecretKeyReference ref = valid(name);
        assertThat(ref.source()).isEqualTo(new SecretSource(Store.SSM_PARAMETER, "", "", "", name, "", ""));
        assertThat(ref.secretName()).startsWith("ecs-ssm-").matches(DNS_LABEL);
        assertThat(ref.key()).isEqualTo("value");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "arn:aws:ssm:us-east-1:123456789012:db                   | is not an SSM parameter ARN",
            "arn:aws:ssm:us-east-1:123456789012:parameter/db:3       | has a suffix after the parameter name",
            "arn:aws:ssm:us-east-1:123456789012:parameter/my param   | is not a valid SSM parameter name",
            "db:3                                                    | an SSM parameter name has no ':'",
            "my param                                                | is not a valid SSM parameter name",
            "$$$SSM_PARAMETER_NAME$$$                                | looks like an unrendered template placeholder",
            "{{ssm-cwagent-config}}                                  | looks like an unrendered template placeholder",
            "arn:${AWS::Partition}:ssm:us-east-1:123:parameter/x     | looks like an unrendered template placeholder",
            "<SECRET_ARN>                                            | looks like an unrendered template placeholder",
            "arn:${Partition}:secretsmanager:${Region}:${Account}:secret:${SecretId} | looks like an unrendered template placeholder",
    })
    void invalidParameterReferenceIsRejected(String valueFrom, String message) {
        assertInvalid(SecretReferences.secret(FIELD, valueFrom), FIELD, message);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = " ")
    void emptyReferenceIsRejected(String valueFrom) {
        assertInvalid(SecretReferences.secret(FIELD, valueFrom), FIELD, "is empty; give a Secrets Manager secret ARN");
    }

    @Test
    void longNamesStillGiveDns1123LabelsAndStayDistinct() {
        String base = "arn:aws:secretsmanager:us-east-1:123456789012:secret:" + "Team_A/".repeat(40);
        String a = valid(base + "one").secretName();
        String b = valid(base + "two").secretName();
        assertThat(a).hasSizeLessThanOrEqualTo(63).matches(DNS_LABEL);
        assertThat(a).isNotEqualTo(b);
    }

    // ------------------------------------------------------------------ repositoryCredentials

    @Test
    void repositoryCredentialsMapToADockerConfigJsonSecret() {
        String field = "spec.containerDefinitions[0].repositoryCredentials.credentialsParameter";
        Result<SecretKeyReference> result = SecretReferences.repositoryCredentials(field,
                "arn:aws:secretsmanager:us-east-1:123456789012:secret:registry/dockerhub-AbCdEf");
        assertThat(result.value().secretName()).isEqualTo("ecs-pull-registry-dockerhub-abcdef-"
                + Names.hash("aws", "us-east-1", "123456789012", "registry/dockerhub-AbCdEf", "AWSCURRENT", ""));
        assertThat(result.value().key()).isEqualTo(".dockerconfigjson");
        assertThat(result.value().source().store()).isEqualTo(Store.SECRETS_MANAGER);
    }

    @Test
    void repositoryCredentialsMayNameTheSecretInTheTasksRegion() {
        SecretKeyReference ref = SecretReferences.repositoryCredentials("f", "registry/dockerhub").value();
        assertThat(ref.source()).isEqualTo(new SecretSource(Store.SECRETS_MANAGER, "", "", "", "registry/dockerhub",
                "AWSCURRENT", ""));
        assertThat(ref.secretName()).startsWith("ecs-pull-registry-dockerhub-");
    }

    @Test
    void pullSecretAndEnvSecretOfTheSameSecretDoNotCollide() {
        assertThat(SecretReferences.repositoryCredentials("f", SM).value().secretName())
                .isNotEqualTo(valid(SM).secretName());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "$$$REPOSITORY_CREDENTIALS$$$                                                 | unrendered template placeholder",
            "arn:aws:secretsmanager:us-east-1:123456789012:secret:registry:username::     | has a json-key or version suffix",
            "arn:aws:ssm:us-east-1:123456789012:parameter/registry                        | is not a Secrets Manager secret ARN",
            "arn:aws:secretsmanager:us-east-1:1234:secret:registry                        | is not a 12-digit AWS account id",
            "my registry                                                                  | is not a valid Secrets Manager secret name",
    })
    void invalidRepositoryCredentialsAreRejected(String value, String message) {
        assertInvalid(SecretReferences.repositoryCredentials("f", value), "f", message);
    }

    // ------------------------------------------------------------------ environmentFiles

    @Test
    void environmentFileMapsToConfigMapNamedAfterTheKey() {
        String field = "spec.containerDefinitions[0].environmentFiles[0].value";
        Result<EnvironmentFileReference> result = SecretReferences.environmentFile(field,
                "arn:aws:s3:::my-bucket/envs/App.env");
        assertThat(result.value()).isEqualTo(new EnvironmentFileReference("aws", "my-bucket", "envs/App.env",
                "ecs-env-envs-app-env-" + Names.hash("aws", "my-bucket", "envs/App.env")));
    }

    @Test
    void sameKeyInAnotherBucketIsAnotherConfigMap() {
        assertThat(SecretReferences.environmentFile("f", "arn:aws:s3:::bucket-a/app.env").value().configMapName())
                .isNotEqualTo(SecretReferences.environmentFile("f", "arn:aws:s3:::bucket-b/app.env").value()
                        .configMapName());
    }

    @Test
    void objectKeysMayContainColons() {
        EnvironmentFileReference ref = SecretReferences.environmentFile("f",
                "arn:aws-cn:s3:::my.bucket/2024:01/x.env").value();
        assertThat(ref.partition()).isEqualTo("aws-cn");
        assertThat(ref.key()).isEqualTo("2024:01/x.env");
        assertThat(ref.configMapName()).matches(DNS_LABEL).startsWith("ecs-env-2024-01-x-env-");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "arn:aws:s3:::my-bucket/app.txt              | ECS environment files must have the .env extension",
            "arn:aws:s3:::my-bucket                      | names a bucket, not an object",
            "arn:aws:s3:::my-bucket/                     | names a bucket, not an object",
            "arn:aws:s3:::My_Bucket/app.env              | \"My_Bucket\" is not a valid S3 bucket name",
            "arn:aws:s3:us-east-1::my-bucket/app.env     | is not an S3 object ARN",
            "arn:aws:ssm:us-east-1:123456789012:parameter/x | is not an S3 object ARN",
            "s3://my-bucket/app.env                      | is not an S3 object ARN",
            "arn:nope:s3:::my-bucket/app.env             | \"nope\" is not an AWS partition",
            "arn:aws:s3:::${Bucket}/app.env              | unrendered template placeholder",
    })
    void invalidEnvironmentFileIsRejected(String value, String message) {
        assertInvalid(SecretReferences.environmentFile("f", value), "f", message);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void emptyEnvironmentFileIsRejected(String value) {
        assertThat(SecretReferences.environmentFile("f", value).violations()).extracting(Violation::message)
                .singleElement().asString().startsWith("is empty; give the ARN of an S3 object");
    }
}
