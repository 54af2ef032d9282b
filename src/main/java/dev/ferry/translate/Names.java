package dev.ferry.translate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Every name Ferry generates comes from here.
 *
 * <p>ECS names allow {@code [A-Za-z0-9_-]} up to 255 characters; Kubernetes wants DNS-1123.
 * The rule: a name that is already valid is used as is; any other name is lower-cased,
 * every run of characters outside {@code [a-z0-9-]} becomes {@code -}, and a hash of the
 * original is appended. So {@code web_app} and {@code web-app} never collide, and the result
 * is the same on every run.
 */
public final class Names {
    /** Length of the hash suffix, in hex characters. */
    public static final int HASH_LENGTH = 10;
    public static final int DNS1123_LABEL_MAX = 63;
    public static final int DNS1123_SUBDOMAIN_MAX = 253;
    /** A DNS-1123 label without the length bound: {@code [a-z0-9-]}, alphanumeric at both ends. */
    public static final String DNS1123_LABEL_REGEX = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
    private static final java.util.regex.Pattern DNS1123_LABEL = java.util.regex.Pattern.compile(DNS1123_LABEL_REGEX);
    private static final java.util.regex.Pattern LABEL_VALUE =
            java.util.regex.Pattern.compile("([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?");

    private Names() {
    }

    /** A DNS-1123 label (container names, Service names, label values): at most 63 characters. */
    public static String dns1123Label(String name) {
        return sanitized(name, DNS1123_LABEL_MAX);
    }

    /** A DNS-1123 subdomain-compatible object name, kept to label syntax (no dots), at most {@code max} characters. */
    public static String objectName(String name, int max) {
        return sanitized(name, max);
    }

    /** Name of the ControllerRevision that holds revision {@code revision} of a TaskDefinition object. */
    public static String taskDefinitionRevision(String taskDefinitionName, int revision) {
        String suffix = "-r" + revision;
        return sanitized(taskDefinitionName, DNS1123_SUBDOMAIN_MAX - suffix.length()) + suffix;
    }

    /** Whether {@code name} is a DNS-1123 label: at most 63 of {@code [a-z0-9-]}, alphanumeric at both ends. */
    public static boolean isDnsLabel(String name) {
        return name != null && name.length() <= DNS1123_LABEL_MAX && DNS1123_LABEL.matcher(name).matches();
    }

    /** Whether {@code value} is a label value: empty, or at most 63 of {@code [A-Za-z0-9_.-]} with alphanumeric ends. */
    public static boolean isLabelValue(String value) {
        return value != null && value.length() <= DNS1123_LABEL_MAX && LABEL_VALUE.matcher(value).matches();
    }

    /** A label value (at most 63 characters of {@code [A-Za-z0-9_.-]}, alphanumeric at both ends). */
    public static String labelValue(String value) {
        if (isLabelValue(value)) {
            return value;
        }
        return suffixed(readable(value, "[^A-Za-z0-9_.-]+", "[^A-Za-z0-9]", DNS1123_LABEL_MAX - HASH_LENGTH - 1),
                hash(value));
    }

    /**
     * {@code <prefix>-<readable>-<hash of hashParts>}: a name a person can recognise whose
     * uniqueness comes from the hash alone. The readable part is lower-cased, every run of
     * characters outside {@code [a-z0-9]} becomes {@code -}, leading and trailing {@code -} are
     * dropped and it is cut to {@code readableMax} characters; when nothing readable remains the
     * name is {@code <prefix>-<hash>}. {@code prefix} must itself be a valid DNS-1123 label start.
     */
    public static String withHash(String prefix, String readable, int readableMax, String... hashParts) {
        return prefix + "-" + suffixed(readable(readable.toLowerCase(Locale.ROOT), "[^a-z0-9]+", "-", readableMax),
                hash(hashParts));
    }

    /** First {@link #HASH_LENGTH} hex characters of the SHA-256 of the parts joined by '|'. */
    public static String hash(String... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] bytes = digest.digest(String.join("|", parts).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(bytes).substring(0, HASH_LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    private static String sanitized(String name, int max) {
        if (name.length() <= max && DNS1123_LABEL.matcher(name).matches()) {
            return name;
        }
        return suffixed(readable(name.toLowerCase(Locale.ROOT), "[^a-z0-9-]+", "-", max - HASH_LENGTH - 1), hash(name));
    }

    /**
     * The readable part of a generated name: every run matching {@code invalidRun} becomes {@code -}, characters
     * matching {@code edge} are dropped from both ends, and it is cut to {@code max} characters.
     */
    private static String readable(String value, String invalidRun, String edge, int max) {
        String base = value.replaceAll(invalidRun, "-").replaceAll("^" + edge + "+", "");
        if (base.length() > max) {
            base = base.substring(0, max);
        }
        return base.replaceAll(edge + "+$", "");
    }

    /** {@code base-hash}, or the hash alone when nothing readable is left. */
    private static String suffixed(String base, String hash) {
        return base.isEmpty() ? hash : base + "-" + hash;
    }
}
