package dev.ferry.translate.pod;

import java.util.regex.Pattern;

/**
 * Environment variable rules shared by the environment step: escaping values against Kubernetes' {@code $(VAR)}
 * expansion and checking variable names against what the API server accepts.
 */
final class EnvVars {
    /** Names Kubernetes accepts before KEP-4369 (RelaxedEnvironmentVariableValidation, beta and on by default in 1.32). */
    private static final Pattern STRICT_NAME = Pattern.compile("[-._a-zA-Z][-._a-zA-Z0-9]*");
    /** Names Kubernetes accepts from 1.32: printable ASCII except '='. */
    private static final Pattern RELAXED_NAME = Pattern.compile("[\\x20-\\x3C\\x3E-\\x7E]+");

    private EnvVars() {
    }

    /**
     * A value Kubernetes passes to the process unchanged. Kubernetes expands {@code $(VAR)} in {@code env[].value},
     * {@code command} and {@code args} and reduces {@code $$} to {@code $}; ECS does neither. Doubling every
     * {@code $} that is followed by {@code (} or {@code $} makes Kubernetes give back the original string
     * ({@code $(HOME)} → {@code $$(HOME)}, {@code a$$b} → {@code a$$$b}); any other {@code $} is left alone.
     */
    static String escape(String value) {
        if (value == null || value.indexOf('$') < 0) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            out.append(c);
            if (c == '$' && i + 1 < value.length() && (value.charAt(i + 1) == '(' || value.charAt(i + 1) == '$')) {
                out.append('$');
            }
        }
        return out.toString();
    }

    /** Why Kubernetes {@code platform} rejects {@code name} as an environment variable name, or null when it accepts it. */
    static String nameProblem(String name, Platform platform) {
        if (name == null || name.isEmpty()) {
            return "is empty; give the variable a name";
        }
        if (!RELAXED_NAME.matcher(name).matches()) {
            return "\"" + name + "\" is not a valid environment variable name on Kubernetes: use printable ASCII "
                    + "characters other than '='";
        }
        if (!platform.atLeast(1, 32) && !STRICT_NAME.matcher(name).matches()) {
            return "\"" + name + "\" is not a valid environment variable name on Kubernetes " + platform
                    + " (letters, digits, '_', '-' and '.', not starting with a digit; Kubernetes 1.32 and later "
                    + "accept any printable ASCII except '='): rename the variable";
        }
        return null;
    }
}
