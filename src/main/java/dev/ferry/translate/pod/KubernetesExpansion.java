package dev.ferry.translate.pod;

/**
 * Kubernetes expands {@code $(VAR)} in a container's {@code command}, {@code args} and {@code env[].value}, and reduces
 * {@code $$} to {@code $}; ECS does neither. {@link #literal} escapes a string so that Kubernetes hands the container
 * exactly the ECS text.
 *
 * <p>The expansion (k8s.io/kubernetes third_party/forked/golang/expansion) reads {@code $} followed by {@code $} as one
 * literal {@code $}, {@code $} followed by {@code (} as the start of a reference, and {@code $} followed by anything
 * else (or nothing) as itself. So a run of {@code $} needs doubling when it is longer than one or when a {@code (}
 * follows it; a lone {@code $} before anything else is left as it is, which keeps shell-style {@code $HOME} readable.
 */
final class KubernetesExpansion {
    private KubernetesExpansion() {
    }

    /** The string Kubernetes expands to {@code text}: {@code $(X)} → {@code $$(X)}, {@code $$} → {@code $$$$}. */
    static String literal(String text) {
        if (text.indexOf('$') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '$') {
                out.append(c);
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && text.charAt(end) == '$') {
                end++;
            }
            int run = end - i;
            boolean beforeParenthesis = end < text.length() && text.charAt(end) == '(';
            out.append("$".repeat(run > 1 || beforeParenthesis ? run * 2 : run));
            i = end;
        }
        return out.toString();
    }
}
