package dev.ferry.translate.pod;

import java.util.regex.Pattern;

/**
 * Environment variable names: what the API server accepts. (Values are escaped against Kubernetes' {@code $(VAR)}
 * expansion by {@link KubernetesExpansion#literal}, as command and args are.)
 */
final class EnvVars {
    /** Names Kubernetes accepts before KEP-4369 (RelaxedEnvironmentVariableValidation, beta and on by default in 1.32). */
    private static final Pattern STRICT_NAME = Pattern.compile("[-._a-zA-Z][-._a-zA-Z0-9]*");
    /** Names Kubernetes accepts from 1.32: printable ASCII except '='. */
    private static final Pattern RELAXED_NAME = Pattern.compile("[\\x20-\\x3C\\x3E-\\x7E]+");

    private EnvVars() {
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
