package dev.ferry.translate.task;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.api.v1alpha1.common.ContainerOverride;
import dev.ferry.api.v1alpha1.common.EnvironmentFile;
import dev.ferry.api.v1alpha1.common.EphemeralStorage;
import dev.ferry.api.v1alpha1.common.InferenceAcceleratorOverride;
import dev.ferry.api.v1alpha1.common.KeyValuePair;
import dev.ferry.api.v1alpha1.common.TaskOverride;
import dev.ferry.api.v1alpha1.taskdefinition.ContainerDefinition;
import dev.ferry.api.v1alpha1.taskdefinition.TaskDefinitionSpec;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OverridesTest {

    private static TaskDefinitionSpec revision() {
        TaskDefinitionSpec spec = new TaskDefinitionSpec();
        spec.family = "migrate";
        spec.cpu = "256";
        spec.memory = "512";
        spec.taskRoleArn = "arn:aws:iam::123456789012:role/app";
        ContainerDefinition app = new ContainerDefinition();
        app.name = "app";
        app.image = "app:1";
        app.command = List.of("serve");
        app.environment = new ArrayList<>(List.of(new KeyValuePair("MODE", "web"), new KeyValuePair("LOG", "info")));
        EnvironmentFile file = new EnvironmentFile();
        file.value = "arn:aws:s3:::bucket/base.env";
        app.environmentFiles = new ArrayList<>(List.of(file));
        app.cpu = 128;
        app.memory = 256;
        ContainerDefinition sidecar = new ContainerDefinition();
        sidecar.name = "sidecar";
        sidecar.image = "envoy:1";
        spec.containerDefinitions = new ArrayList<>(List.of(app, sidecar));
        return spec;
    }

    private static ContainerOverride override(String name) {
        ContainerOverride o = new ContainerOverride();
        o.name = name;
        return o;
    }

    @Test
    void containerOverridesReplaceCommandAndMergeEnvironmentByNameWithTheOverrideWinning() {
        ContainerOverride app = override("app");
        app.command = List.of("migrate", "--up");
        app.environment = List.of(new KeyValuePair("MODE", "job"), new KeyValuePair("BATCH", "100"));
        EnvironmentFile extra = new EnvironmentFile();
        extra.value = "arn:aws:s3:::bucket/job.env";
        app.environmentFiles = List.of(extra);
        app.cpu = 512;
        app.memory = 1024;
        app.memoryReservation = 768;
        TaskOverride overrides = new TaskOverride();
        overrides.containerOverrides = List.of(app);

        Overrides.Applied applied = Overrides.apply(revision(), overrides);

        assertThat(applied.isValid()).isTrue();
        ContainerDefinition c = applied.spec().containerDefinitions.get(0);
        assertThat(c.command).containsExactly("migrate", "--up");
        assertThat(c.environment).extracting(p -> p.name + "=" + p.value)
                .containsExactly("MODE=job", "LOG=info", "BATCH=100");
        assertThat(c.environmentFiles).extracting(f -> f.value)
                .containsExactly("arn:aws:s3:::bucket/base.env", "arn:aws:s3:::bucket/job.env");
        assertThat(c.cpu).isEqualTo(512);
        assertThat(c.memory).isEqualTo(1024);
        assertThat(c.memoryReservation).isEqualTo(768);
        assertThat(applied.spec().containerDefinitions.get(1).command).isNull();
    }

    @Test
    void theRevisionItselfIsNotModified() {
        TaskDefinitionSpec revision = revision();
        ContainerOverride app = override("app");
        app.command = List.of("other");
        app.environment = List.of(new KeyValuePair("MODE", "job"));
        TaskOverride overrides = new TaskOverride();
        overrides.containerOverrides = List.of(app);
        overrides.cpu = "1024";

        Overrides.apply(revision, overrides);

        assertThat(revision.cpu).isEqualTo("256");
        assertThat(revision.containerDefinitions.get(0).command).containsExactly("serve");
        assertThat(revision.containerDefinitions.get(0).environment).extracting(p -> p.value).containsExactly("web", "info");
    }

    @Test
    void taskLevelOverridesReplaceCpuMemoryEphemeralStorageAndTaskRole() {
        TaskOverride overrides = new TaskOverride();
        overrides.cpu = "1024";
        overrides.memory = "2048";
        overrides.ephemeralStorage = new EphemeralStorage();
        overrides.ephemeralStorage.sizeInGiB = 50;
        overrides.taskRoleArn = "arn:aws:iam::123456789012:role/migrator";

        TaskDefinitionSpec spec = Overrides.apply(revision(), overrides).spec();

        assertThat(spec.cpu).isEqualTo("1024");
        assertThat(spec.memory).isEqualTo("2048");
        assertThat(spec.ephemeralStorage.sizeInGiB).isEqualTo(50);
        assertThat(spec.taskRoleArn).isEqualTo("arn:aws:iam::123456789012:role/migrator");
    }

    @Test
    void anOverrideNamingNoContainerIsAViolationNamingIt() {
        TaskOverride overrides = new TaskOverride();
        overrides.containerOverrides = List.of(override("worker"));

        Overrides.Applied applied = Overrides.apply(revision(), overrides);

        assertThat(applied.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("spec.overrides.containerOverrides[worker]");
            assertThat(v.message()).contains("app, sidecar");
        });
    }

    @Test
    void executionRoleAndInferenceAcceleratorOverridesAreReported() {
        TaskOverride overrides = new TaskOverride();
        overrides.executionRoleArn = "arn:aws:iam::123456789012:role/exec";
        overrides.inferenceAcceleratorOverrides = List.of(new InferenceAcceleratorOverride());

        Overrides.Applied applied = Overrides.apply(revision(), overrides);

        assertThat(applied.isValid()).isTrue();
        assertThat(applied.unsupported()).extracting(u -> u.field).containsExactly(
                "spec.overrides.executionRoleArn", "spec.overrides.inferenceAcceleratorOverrides");
    }

    @Test
    void noOverridesGiveAnEqualCopy() {
        TaskDefinitionSpec revision = revision();
        Overrides.Applied applied = Overrides.apply(revision, null);
        assertThat(applied.spec()).isNotSameAs(revision).usingRecursiveComparison().isEqualTo(revision);
    }
}
