package dev.ferry.reconcile.status;

import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.ConditionBuilder;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Kubernetes conditions, kept the way API conventions ask: one per type, {@code observedGeneration} set,
 * {@code lastTransitionTime} moved only when the status value changes.
 */
public final class Conditions {
    public static final String READY = "Ready";
    public static final String PROGRESSING = "Progressing";
    public static final String DEGRADED = "Degraded";

    /** Reason of a condition set because the spec cannot be honoured as written. */
    public static final String INVALID_SPEC = "InvalidSpec";

    private Conditions() {
    }

    /** The desired state of one condition. */
    public record Desired(String type, boolean status, String reason, String message) {
        public static Desired ready(String reason, String message) {
            return new Desired(READY, true, reason, message);
        }

        public static Desired notReady(String reason, String message) {
            return new Desired(READY, false, reason, message);
        }
    }

    /** {@code current} with {@code desired} set (added or replaced), other types untouched; a new list. */
    public static List<Condition> with(List<Condition> current, Desired desired, long generation, Instant now) {
        List<Condition> result = new ArrayList<>();
        Condition previous = null;
        for (Condition c : current == null ? List.<Condition>of() : current) {
            if (desired.type().equals(c.getType())) {
                previous = c;
            } else {
                result.add(c);
            }
        }
        String status = desired.status() ? "True" : "False";
        String transition = previous != null && status.equals(previous.getStatus()) && previous.getLastTransitionTime() != null
                ? previous.getLastTransitionTime()
                : now.truncatedTo(ChronoUnit.SECONDS).toString();
        result.add(new ConditionBuilder()
                .withType(desired.type())
                .withStatus(status)
                .withReason(desired.reason())
                .withMessage(desired.message())
                .withObservedGeneration(generation)
                .withLastTransitionTime(transition)
                .build());
        result.sort(java.util.Comparator.comparing(Condition::getType));
        return result;
    }

    public static Optional<Condition> find(List<Condition> conditions, String type) {
        return conditions == null ? Optional.empty()
                : conditions.stream().filter(c -> type.equals(c.getType())).findFirst();
    }

    /** True when {@code desired} differs from the condition of its type in {@code current} (status, reason or message). */
    public static boolean changes(List<Condition> current, Desired desired) {
        return find(current, desired.type())
                .map(c -> !Objects.equals(c.getStatus(), desired.status() ? "True" : "False")
                        || !Objects.equals(c.getReason(), desired.reason())
                        || !Objects.equals(c.getMessage(), desired.message()))
                .orElse(true);
    }
}
