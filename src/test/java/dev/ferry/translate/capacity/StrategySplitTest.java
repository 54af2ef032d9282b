package dev.ferry.translate.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.api.v1alpha1.common.CapacityProviderStrategyItem;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrategySplitTest {

    static CapacityProviderStrategyItem item(String provider, Integer weight, Integer base) {
        CapacityProviderStrategyItem item = new CapacityProviderStrategyItem();
        item.capacityProvider = provider;
        item.weight = weight;
        item.base = base;
        return item;
    }

    @Test
    void baseTasksGoFirstThenWeightsSplitTheRest() {
        // 1 FARGATE base + 1:3 FARGATE:FARGATE_SPOT, the documented ECS example
        var strategy = List.of(item("FARGATE", 1, 1), item("FARGATE_SPOT", 3, null));

        List<String> nine = StrategySplit.assign(9, strategy, "spec").value();

        assertThat(nine.get(0)).isEqualTo("FARGATE");
        assertThat(Collections.frequency(nine, "FARGATE")).isEqualTo(3);
        assertThat(Collections.frequency(nine, "FARGATE_SPOT")).isEqualTo(6);
    }

    @Test
    void theSplitStaysWithinOneTaskOfTheWeightsAtEveryCount() {
        var strategy = List.of(item("A", 1, null), item("B", 3, null));

        for (int count = 1; count <= 40; count++) {
            List<String> tasks = StrategySplit.assign(count, strategy, "spec").value();
            double exactB = count * 0.75;
            assertThat(Math.abs(Collections.frequency(tasks, "B") - exactB)).isLessThanOrEqualTo(1.0);
        }
    }

    @Test
    void weightZeroGetsNothingBeyondBase() {
        var strategy = List.of(item("A", 0, 2), item("B", 1, null));

        assertThat(StrategySplit.assign(5, strategy, "spec").value()).containsExactly("A", "A", "B", "B", "B");
    }

    @Test
    void aSingleProviderWithoutWeightTakesEveryTask() {
        assertThat(StrategySplit.assign(3, List.of(item("FARGATE", null, null)), "spec").value())
                .containsExactly("FARGATE", "FARGATE", "FARGATE");
    }

    @Test
    void onlyZeroWeightsBeyondBaseIsAViolation() {
        var result = StrategySplit.assign(3, List.of(item("A", 0, 1), item("B", 0, null)), "spec.capacityProviderStrategy");

        assertThat(result.isValid()).isFalse();
        assertThat(result.violations()).singleElement().satisfies(v -> assertThat(v.field()).isEqualTo("spec.capacityProviderStrategy"));
    }

    @Test
    void theSplitIsDeterministic() {
        var strategy = List.of(item("A", 2, null), item("B", 2, null), item("C", 1, null));

        assertThat(StrategySplit.assign(7, strategy, "spec").value()).isEqualTo(StrategySplit.assign(7, strategy, "spec").value());
    }
}
