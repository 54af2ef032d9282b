package dev.ferry.reconcile.status;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.reconcile.status.Conditions.Desired;
import io.fabric8.kubernetes.api.model.Condition;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConditionsTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant T1 = Instant.parse("2026-01-01T01:00:00Z");

    @Test
    void transitionTimeStaysWhenTheStatusDoesNotChange() {
        List<Condition> first = Conditions.with(List.of(), Desired.ready("A", "one"), 1, T0);
        List<Condition> second = Conditions.with(first, Desired.ready("B", "two"), 2, T1);

        Condition ready = Conditions.find(second, Conditions.READY).orElseThrow();
        assertThat(ready.getLastTransitionTime()).isEqualTo("2026-01-01T00:00:00Z");
        assertThat(ready.getReason()).isEqualTo("B");
        assertThat(ready.getObservedGeneration()).isEqualTo(2L);
    }

    @Test
    void transitionTimeMovesWhenTheStatusFlips() {
        List<Condition> first = Conditions.with(List.of(), Desired.ready("A", "one"), 1, T0);
        List<Condition> second = Conditions.with(first, Desired.notReady(Conditions.INVALID_SPEC, "bad"), 2, T1);

        Condition ready = Conditions.find(second, Conditions.READY).orElseThrow();
        assertThat(ready.getStatus()).isEqualTo("False");
        assertThat(ready.getLastTransitionTime()).isEqualTo("2026-01-01T01:00:00Z");
    }

    @Test
    void otherConditionTypesAreKept() {
        List<Condition> withProgressing = Conditions.with(List.of(),
                new Desired(Conditions.PROGRESSING, true, "Rolling", "m"), 1, T0);
        List<Condition> both = Conditions.with(withProgressing, Desired.ready("A", "m"), 1, T0);

        assertThat(both).extracting(Condition::getType).containsExactly("Progressing", "Ready");
    }

    @Test
    void changesDetectsReasonAndMessageChanges() {
        List<Condition> current = Conditions.with(List.of(), Desired.ready("A", "m"), 1, T0);

        assertThat(Conditions.changes(current, Desired.ready("A", "m"))).isFalse();
        assertThat(Conditions.changes(current, Desired.ready("A", "other"))).isTrue();
        assertThat(Conditions.changes(current, Desired.notReady("A", "m"))).isTrue();
        assertThat(Conditions.changes(List.of(), Desired.ready("A", "m"))).isTrue();
    }
}
