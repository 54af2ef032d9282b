package dev.ferry.translate;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The outcome of a translation step: either a value, or the violations that prevent one.
 * Exactly one of the two is present: a valid result has a non-null value and no violations,
 * an invalid one has no value and at least one violation.
 */
public record Result<T>(T value, List<Violation> violations) {
    public Result {
        violations = List.copyOf(violations);
        if (violations.isEmpty() == (value == null)) {
            throw new IllegalArgumentException("a Result has either a value or violations, not both or neither");
        }
    }

    public static <T> Result<T> ok(T value) {
        return new Result<>(Objects.requireNonNull(value, "value"), List.of());
    }

    public static <T> Result<T> invalid(List<Violation> violations) {
        return new Result<>(null, violations);
    }

    public static <T> Result<T> invalid(String field, String message) {
        return invalid(List.of(new Violation(field, message)));
    }

    public boolean isValid() {
        return violations.isEmpty();
    }

    /** The value of a valid result, mapped; the same violations otherwise. */
    public <U> Result<U> map(Function<? super T, ? extends U> mapper) {
        return isValid() ? ok(mapper.apply(value)) : invalid(violations);
    }
}
