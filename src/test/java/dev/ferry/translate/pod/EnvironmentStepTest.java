package dev.ferry.translate.pod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.ferry.api.v1alpha1.common.EnvironmentFile;
import dev.ferry.api.v1alpha1.common.KeyValuePair;
import dev.ferry.api.v1alpha1.taskdefinition.ContainerDefinition;
import dev.ferry.api.v1alpha1.taskdefinition.Secret;
import dev.ferry.api.v1alpha1.taskdefinition.TaskDefinitionSpec;
import dev.ferry.translate.Arns;
import io.fabric8.kubernetes.api.model.EnvVar;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Rules of the environment step that the golden fixtures do not show. */
class EnvironmentStepTest {
    private static final String SM = "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf";

    @Test
    void wholeSecretAndJsonKeyNamedValueOfOneVersionAreAViolation() {
        ContainerDefinition app = container("app");
        app.secrets = List.of(secret("WHOLE", SM), secret("KEYED", SM + ":value::"));
        PodTranslation t = translate(spec(app), ClusterPolicy.defaults(), PodFixtures.SCOPE);
        assertThat(t.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("spec.containerDefinitions[app].secrets[1].valueFrom");
            assertThat(v.message()).contains("key \"value\"", "not both");
        });
    }

    @Test
    void theSameSecretKeyInTwoContainersIsOneExternalSecretEntry() {
        ContainerDefinition a = container("a");
        a.secrets = List.of(secret("PASSWORD", SM + ":password::"));
        ContainerDefinition b = container("b");
        b.secrets = List.of(secret("DB_PASSWORD", SM + ":password::"));
        ClusterPolicy policy = new ClusterPolicy(false, false, List.of(),
                Optional.of(new ClusterPolicy.SecretStore("aws", "SecretStore")));
        PodTranslation t = translate(spec(a, b), policy, PodFixtures.SCOPE);
        assertThat(t.companions()).singleElement().satisfies(es -> {
            assertThat(es.getKind()).isEqualTo("ExternalSecret");
            assertThat(PodFixtures.YAML.valueToTree(es).at("/spec/data")).hasSize(1);
        });
    }

    @Test
    void withoutAnExternalSecretsStoreNoCompanionIsEmitted() {
        ContainerDefinition app = container("app");
        app.secrets = List.of(secret("PASSWORD", SM + ":password::"));
        assertThat(translate(spec(app), ClusterPolicy.defaults(), PodFixtures.SCOPE).companions()).isEmpty();
    }

    @Test
    void regionVariablesAreLeftOutWhenTheClusterNamesNoRegion() {
        ContainerDefinition app = container("app");
        app.environment = List.of(new KeyValuePair("A", "1"));
        PodTranslation t = translate(spec(app), ClusterPolicy.defaults(), new Arns.Scope("aws", "", "123456789012"));
        assertThat(t.template().getSpec().getContainers().get(0).getEnv()).extracting(EnvVar::getName)
                .containsExactly("A");
        assertThat(t.unsupported()).singleElement()
                .satisfies(u -> assertThat(u.reason).contains("Cluster names no region"));
    }

    @Test
    void anEnvironmentFileThatIsNotAnS3ObjectArnIsAViolationOnItsValue() {
        ContainerDefinition app = container("app");
        EnvironmentFile file = new EnvironmentFile();
        file.value = "s3://bucket/app.env";
        app.environmentFiles = List.of(file);
        PodTranslation t = translate(spec(app), ClusterPolicy.defaults(), PodFixtures.SCOPE);
        assertThat(t.violations()).singleElement()
                .satisfies(v -> assertThat(v.field()).isEqualTo("spec.containerDefinitions[app].environmentFiles[0].value"));
    }

    @Test
    void aContainerWithoutEnvironmentStillSeesTheRegionAndNoServiceLinks() {
        PodTranslation t = translate(spec(container("app")), ClusterPolicy.defaults(), PodFixtures.SCOPE);
        assertThat(t.template().getSpec().getContainers().get(0).getEnv()).extracting(EnvVar::getName, EnvVar::getValue)
                .containsExactly(tuple("AWS_REGION", "us-east-1"),
                        tuple("AWS_DEFAULT_REGION", "us-east-1"));
        assertThat(t.template().getSpec().getEnableServiceLinks()).isFalse();
    }

    private static PodTranslation translate(TaskDefinitionSpec spec, ClusterPolicy policy, Arns.Scope scope) {
        return PodTemplates.translate(new TaskInputs(spec, 1, Workload.SERVICE, Capacity.plain("EC2"), policy,
                Platform.LATEST, scope));
    }

    static TaskDefinitionSpec spec(ContainerDefinition... containers) {
        TaskDefinitionSpec spec = new TaskDefinitionSpec();
        spec.family = "test";
        spec.containerDefinitions = List.of(containers);
        return spec;
    }

    static ContainerDefinition container(String name) {
        ContainerDefinition c = new ContainerDefinition();
        c.name = name;
        c.image = "example/" + name + ":1";
        c.memory = 512;
        return c;
    }

    private static Secret secret(String name, String valueFrom) {
        Secret s = new Secret();
        s.name = name;
        s.valueFrom = valueFrom;
        return s;
    }
}
