package dev.ferry.translate.pod;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.api.v1alpha1.common.PlacementConstraint;
import dev.ferry.api.v1alpha1.taskdefinition.ContainerDefinition;
import dev.ferry.api.v1alpha1.taskdefinition.TaskDefinitionSpec;
import io.fabric8.kubernetes.api.model.Affinity;
import io.fabric8.kubernetes.api.model.AffinityBuilder;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlacementStepTest {

    @Test
    void theCapacityProvidersAffinityIsCopiedNotChanged() {
        Affinity affinity = new AffinityBuilder().withNewNodeAffinity().withNewRequiredDuringSchedulingIgnoredDuringExecution()
                .addNewNodeSelectorTerm().addNewMatchExpression().withKey("pool").withOperator("In").withValues("a")
                .endMatchExpression().endNodeSelectorTerm().endRequiredDuringSchedulingIgnoredDuringExecution()
                .endNodeAffinity().build();
        Affinity before = new AffinityBuilder(affinity).build();
        Capacity capacity = new Capacity("pool-a", false, Map.of(), List.of(), Optional.of(affinity), Optional.empty(),
                Optional.empty(), Map.of(), Map.of());

        PodTranslation first = PodTemplates.translate(inputs(capacity));
        PodTranslation second = PodTemplates.translate(inputs(capacity));

        assertThat(affinity).isEqualTo(before);
        assertThat(second.template()).isEqualTo(first.template());
        assertThat(first.template().getSpec().getAffinity().getNodeAffinity()
                .getRequiredDuringSchedulingIgnoredDuringExecution().getNodeSelectorTerms().get(0).getMatchExpressions())
                .hasSize(2);
    }

    @Test
    void capacityPodLabelsWinOverDockerLabelsAndTagsAndFerrysOwnLabelsWinOverAll() {
        Capacity capacity = new Capacity("spot", false, Map.of(), List.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Map.of("pool", "spot", "ecs.ferry.dev/revision", "7"), Map.of());
        TaskDefinitionSpec spec = TestTasks.spec("""
                family: labelled
                tags: [{key: pool, value: tagged}, {key: team, value: shop}, {key: ecs.ferry.dev/family, value: x}]
                containerDefinitions:
                  - name: app
                    image: app:1
                    memory: 64
                    dockerLabels: {pool: on-demand, app: web, app.kubernetes.io/managed-by: me}
                """);
        PodTranslation t = PodTemplates.translate(new TaskInputs(spec, 3, Workload.SERVICE, capacity,
                ClusterPolicy.defaults(), Platform.LATEST, PodFixtures.SCOPE));

        assertThat(t.template().getMetadata().getLabels()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "pool", "spot",
                "app", "web",
                "team", "shop",
                "app.kubernetes.io/managed-by", "ferry",
                "ecs.ferry.dev/family", "labelled",
                "ecs.ferry.dev/revision", "3"));
    }

    private static TaskInputs inputs(Capacity capacity) {
        ContainerDefinition container = new ContainerDefinition();
        container.name = "app";
        container.image = "app:1";
        container.memory = 64;
        PlacementConstraint constraint = new PlacementConstraint();
        constraint.type = PlacementConstraint.Type.MEMBER_OF;
        constraint.expression = "attribute:ecs.availability-zone == us-east-1a";
        TaskDefinitionSpec spec = new TaskDefinitionSpec();
        spec.family = "f";
        spec.containerDefinitions = List.of(container);
        spec.placementConstraints = List.of(constraint);
        return new TaskInputs(spec, 1, Workload.SERVICE, capacity, ClusterPolicy.defaults(), Platform.LATEST,
                PodFixtures.SCOPE);
    }
}
