package dev.ferry.translate;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reference to a task definition as ECS accepts it: {@code family}, {@code family:revision} or a task definition ARN
 * ({@code arn:<partition>:ecs:<region>:<account>:task-definition/family:revision}). A bare family means its latest
 * revision; region and account of an ARN are not checked (Ferry resolves families in the referrer's namespace).
 *
 * @param family   the ECS family, matched against {@code spec.family} of TaskDefinition objects (not their object name)
 * @param revision the pinned revision, empty for "latest"
 */
public record TaskDefinitionRef(String family, OptionalInt revision) {
    private static final Pattern FAMILY = Pattern.compile("[A-Za-z0-9_-]{1,255}");
    private static final Pattern ARN = Pattern.compile("arn:[a-z0-9-]+:ecs:[^:]*:[^:]*:task-definition/(.+)");

    /** Parses a reference; an empty result means it is malformed (see {@link #describeFormat()}). */
    public static Optional<TaskDefinitionRef> parse(String reference) {
        if (reference == null) {
            return Optional.empty();
        }
        String value = reference.trim();
        Matcher arn = ARN.matcher(value);
        if (arn.matches()) {
            value = arn.group(1);
        } else if (value.startsWith("arn:")) {
            return Optional.empty();
        }
        int colon = value.lastIndexOf(':');
        String family = colon < 0 ? value : value.substring(0, colon);
        if (!FAMILY.matcher(family).matches()) {
            return Optional.empty();
        }
        if (colon < 0) {
            return Optional.of(new TaskDefinitionRef(family, OptionalInt.empty()));
        }
        String rev = value.substring(colon + 1);
        if (!rev.matches("[1-9][0-9]{0,8}")) {
            return Optional.empty();
        }
        return Optional.of(new TaskDefinitionRef(family, OptionalInt.of(Integer.parseInt(rev))));
    }

    public static String describeFormat() {
        return "expected `family`, `family:revision` or arn:aws:ecs:<region>:<account>:task-definition/<family>:<revision>";
    }

    public boolean pinned() {
        return revision.isPresent();
    }

    @Override
    public String toString() {
        return revision.isPresent() ? family + ":" + revision.getAsInt() : family;
    }
}
