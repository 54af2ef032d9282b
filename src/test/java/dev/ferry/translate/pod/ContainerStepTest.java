package dev.ferry.translate.pod;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ContainerStepTest {

    @Test
    void essentialContainersAnnotationReadsBackAsKubernetesNamesInDefinitionOrder() {
        PodTranslation t = TestTasks.translate("""
                family: ess
                containerDefinitions:
                  - {name: Side_Car, image: s, memory: 64}
                  - {name: helper, image: h, memory: 64, essential: false}
                  - {name: app, image: a, memory: 64, essential: true}
                """, Workload.TASK, Capacity.plain("EC2"));
        Map<String, String> annotations = t.template().getMetadata().getAnnotations();
        assertThat(ContainerStep.essentialContainers(annotations))
                .containsExactly(PodDraft.containerName("Side_Car"), "app");
        assertThat(annotations.get(ContainerStep.CONTAINER_NAMES))
                .isEqualTo("{\"" + PodDraft.containerName("Side_Car") + "\":\"Side_Car\"}");
    }

    @Test
    void noRenameNoContainerNamesAnnotation() {
        PodTranslation t = TestTasks.ec2Service("""
                family: plain
                containerDefinitions:
                  - {name: app, image: a, memory: 64}
                """);
        assertThat(t.template().getMetadata().getAnnotations()).doesNotContainKey(ContainerStep.CONTAINER_NAMES);
    }

    @Test
    void essentialContainersOfAPodWithoutTheAnnotationIsEmpty() {
        assertThat(ContainerStep.essentialContainers(Map.of())).isEmpty();
        assertThat(ContainerStep.essentialContainers(null)).isEmpty();
    }

    @Test
    void aMissingImageIsAViolation() {
        PodTranslation t = TestTasks.ec2Service("""
                family: noimage
                containerDefinitions:
                  - {name: app, image: " ", memory: 64}
                """);
        assertThat(TestTasks.violationFields(t)).containsExactly("spec.containerDefinitions[app].image");
    }

    @Test
    void emptyEntryPointAndCommandKeepTheImageDefaults() {
        PodTranslation t = TestTasks.ec2Service("""
                family: defaults
                containerDefinitions:
                  - {name: app, image: a, memory: 64, entryPoint: [], command: []}
                """);
        assertThat(TestTasks.container(t, "app").getCommand()).isNullOrEmpty();
        assertThat(TestTasks.container(t, "app").getArgs()).isNullOrEmpty();
    }

    @Test
    void nonEssentialContainerOfAServiceIsReportedUnlessItRunsToCompletionAsAnInitContainer() {
        PodTranslation t = TestTasks.ec2Service("""
                family: ess
                memory: "512"
                containerDefinitions:
                  - {name: app, image: a, dependsOn: [{containerName: migrate, condition: SUCCESS}]}
                  - {name: migrate, image: m, essential: false}
                  - {name: helper, image: h, essential: false}
                """);
        assertThat(t.template().getSpec().getInitContainers()).extracting(c -> c.getName()).containsExactly("migrate");
        assertThat(TestTasks.unsupportedFields(t, "containerDefinitions[].essential"))
                .as("the kubelet restarts helper in place; migrate runs once, as on ECS")
                .containsExactly("spec.containerDefinitions[helper].essential");
    }

    @Test
    void versionConsistencyIsReportedOnlyWhenEnabledForATag() {
        PodTranslation t = TestTasks.ec2Service("""
                family: vc
                containerDefinitions:
                  - {name: tag, image: "a:1", memory: 64, versionConsistency: enabled}
                  - {name: digest, image: "a@sha256:00", memory: 64, versionConsistency: enabled}
                  - {name: off, image: "a:1", memory: 64, versionConsistency: disabled}
                  - {name: unset, image: "a:1", memory: 64}
                """);
        assertThat(TestTasks.unsupportedFields(t, new ContainerStep().fields()))
                .containsExactly("spec.containerDefinitions[tag].versionConsistency");
    }
}
