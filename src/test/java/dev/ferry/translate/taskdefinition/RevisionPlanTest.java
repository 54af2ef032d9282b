package dev.ferry.translate.taskdefinition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferry.translate.taskdefinition.RevisionPlan.Recorded;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RevisionPlanTest {

    @Test
    void firstSpecRecordsRevisionOne() {
        RevisionPlan plan = RevisionPlan.plan("h1", List.of(), 0, Set.of(), 10);

        assertThat(plan.create()).hasValue(1);
        assertThat(plan.latest()).isEqualTo(1);
        assertThat(plan.retain()).containsExactly(1);
        assertThat(plan.delete()).isEmpty();
    }

    @Test
    void unchangedSpecRecordsNothing() {
        RevisionPlan plan = RevisionPlan.plan("h2", List.of(new Recorded(1, "h1"), new Recorded(2, "h2")), 2, Set.of(), 10);

        assertThat(plan.create()).isEmpty();
        assertThat(plan.latest()).isEqualTo(2);
        assertThat(plan.delete()).isEmpty();
    }

    @Test
    void changedSpecRecordsTheNextNumber() {
        RevisionPlan plan = RevisionPlan.plan("h3", List.of(new Recorded(1, "h1"), new Recorded(2, "h2")), 2, Set.of(), 10);

        assertThat(plan.create()).hasValue(3);
        assertThat(plan.latest()).isEqualTo(3);
    }

    @Test
    void revertingToAnEarlierSpecRecordsANewRevisionAsEcsDoes() {
        RevisionPlan plan = RevisionPlan.plan("h1", List.of(new Recorded(1, "h1"), new Recorded(2, "h2")), 2, Set.of(), 10);

        assertThat(plan.create()).hasValue(3);
    }

    @Test
    void numbersAreNeverReusedAfterRevisionsWereDeleted() {
        RevisionPlan plan = RevisionPlan.plan("h9", List.of(), 7, Set.of(), 10);

        assertThat(plan.create()).hasValue(8);
    }

    @Test
    void aNewerNumberInStatusThanInTheCacheIsNotTakenAsUpToDate() {
        // status says 3 was recorded but the cache only shows 2 with the same hash: record 4, never reuse 3
        RevisionPlan plan = RevisionPlan.plan("h2", List.of(new Recorded(2, "h2")), 3, Set.of(), 10);

        assertThat(plan.create()).hasValue(4);
    }

    @Test
    void oldRevisionsBeyondTheLimitArePruned() {
        List<Recorded> twelve = IntStream.rangeClosed(1, 12).mapToObj(n -> new Recorded(n, "h" + n)).toList();

        RevisionPlan plan = RevisionPlan.plan("h13", twelve, 12, Set.of(), 10);

        assertThat(plan.create()).hasValue(13);
        assertThat(plan.retain()).containsExactly(4, 5, 6, 7, 8, 9, 10, 11, 12, 13);
        assertThat(plan.delete()).containsExactly(1, 2, 3);
    }

    @Test
    void referencedRevisionsAreKeptBeyondTheLimit() {
        List<Recorded> five = IntStream.rangeClosed(1, 5).mapToObj(n -> new Recorded(n, "h" + n)).toList();

        RevisionPlan plan = RevisionPlan.plan("h5", five, 5, Set.of(2), 2);

        assertThat(plan.retain()).containsExactly(2, 4, 5);
        assertThat(plan.delete()).containsExactly(1, 3);
    }

    @Test
    void aLimitBelowOneIsRejected() {
        assertThatThrownBy(() -> RevisionPlan.plan("h", List.of(), 0, Set.of(), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("historyLimit");
    }
}
