package dev.ferry.translate.pod;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.translate.secrets.SecretKeyReference;
import dev.ferry.translate.secrets.SecretReferences;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExternalSecretsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf:password::|arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf",
            "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db|arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db",
            "arn:aws-cn:ssm:cn-north-1:123456789012:parameter/prod/db/password|arn:aws-cn:ssm:cn-north-1:123456789012:parameter/prod/db/password",
            "arn:aws:ssm:us-east-1:123456789012:parameter/flat_name|arn:aws:ssm:us-east-1:123456789012:parameter/flat_name",
            "/prod/db/password|/prod/db/password",
            "flat_name|flat_name",
    })
    void remoteKeyIsTheReferenceWithoutJsonKeyAndVersion(String valueFrom, String key) {
        SecretKeyReference ref = SecretReferences.secret("f", valueFrom).value();
        assertThat(ExternalSecrets.remoteKey(ref.source())).isEqualTo(key);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "nginx:1.27|https://index.docker.io/v1/",
            "someorg/tools:latest|https://index.docker.io/v1/",
            "docker.io/library/nginx|https://index.docker.io/v1/",
            "registry.example.com/team/app:1|registry.example.com",
            "localhost:5000/app|localhost:5000",
            "localhost/app|localhost",
            "123456789012.dkr.ecr.us-east-1.amazonaws.com/shop:7|123456789012.dkr.ecr.us-east-1.amazonaws.com",
            "ghcr.io/org/app@sha256:abc|ghcr.io",
    })
    void registryIsTheImageHostOrDockerHub(String image, String registry) {
        assertThat(ExternalSecrets.registry(image)).isEqualTo(registry);
    }
}
