package dev.ferry.translate;

import java.util.Objects;

/**
 * One reason an ECS spec cannot be translated: the path of the offending field (e.g.
 * {@code spec.containerDefinitions[0].secrets[1].valueFrom}) and a message that says what is wrong
 * and what to write instead.
 */
public record Violation(String field, String message) {
    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
