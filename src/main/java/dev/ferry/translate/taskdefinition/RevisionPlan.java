package dev.ferry.translate.taskdefinition;

import java.util.Collection;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * What to do with a family's revision history: record a new revision or not, and which old ones to remove.
 *
 * @param create    the number of the revision to record, empty when the latest one already holds the spec
 * @param latest    the latest revision once {@code create} is done
 * @param retain    revision numbers kept, ascending
 * @param delete    revision numbers to remove, ascending
 */
public record RevisionPlan(OptionalInt create, int latest, List<Integer> retain, List<Integer> delete) {

    /** A recorded revision as the planner sees it. */
    public record Recorded(int number, String hash) {
    }

    /**
     * Plans the history.
     *
     * @param specHash        hash of the current spec's snapshot
     * @param recorded        revisions that exist now
     * @param highestEverUsed the highest revision number ever recorded (status.revision), so numbers are never reused
     *                        even when revisions were deleted by hand; 0 if none
     * @param referenced      revision numbers some Service, Task or ScheduledTask still uses: never deleted
     * @param historyLimit    how many of the newest revisions are kept besides the referenced ones (at least 1)
     */
    public static RevisionPlan plan(String specHash, Collection<Recorded> recorded, int highestEverUsed,
            Set<Integer> referenced, int historyLimit) {
        if (historyLimit < 1) {
            throw new IllegalArgumentException("historyLimit must be at least 1, was " + historyLimit);
        }
        Recorded newest = recorded.stream().max(java.util.Comparator.comparingInt(Recorded::number)).orElse(null);
        int highest = Math.max(highestEverUsed, newest == null ? 0 : newest.number());
        boolean upToDate = newest != null && newest.number() == highest && newest.hash().equals(specHash);
        OptionalInt create = upToDate ? OptionalInt.empty() : OptionalInt.of(highest + 1);
        int latest = upToDate ? highest : highest + 1;

        TreeSet<Integer> all = new TreeSet<>();
        recorded.forEach(r -> all.add(r.number()));
        create.ifPresent(all::add);
        TreeSet<Integer> keep = new TreeSet<>();
        all.descendingSet().stream().limit(historyLimit).forEach(keep::add);
        all.stream().filter(referenced::contains).forEach(keep::add);
        List<Integer> delete = all.stream().filter(n -> !keep.contains(n)).toList();
        return new RevisionPlan(create, latest, List.copyOf(keep), delete);
    }
}
