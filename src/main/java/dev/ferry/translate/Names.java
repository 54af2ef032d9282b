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

    /** A label value (at most 63 characters of {@code [A-Za-z0-9_.-]}, alphanumeric at both ends). */
    public static String labelValue(String value) {
        if (value.length() <= DNS1123_LABEL_MAX && value.matches("([A-Za-z0-9]([A-Za-z0-9_.-]*[A-Za-z0-9])?)?")) {
            return value;
        }
        String hash = hash(value);
        String base = value.replaceAll("[^A-Za-z0-9_.-]+", "-").replaceAll("^[^A-Za-z0-9]+", "");
        int room = DNS1123_LABEL_MAX - HASH_LENGTH - 1;
        if (base.length() > room) {
            base = base.substring(0, room);
        }
        base = base.replaceAll("[^A-Za-z0-9]+$", "");
        return base.isEmpty() ? hash : base + "-" + hash;
    }

    /**
     * {@code <prefix>-<readable>-<hash of hashParts>}: a name a person can recognise whose
     * uniqueness comes from the hash alone. The readable part is lower-cased, every run of
     * characters outside {@code [a-z0-9]} becomes {@code -}, leading and trailing {@code -} are
     * dropped and it is cut to {@code readableMax} characters; when nothing readable remains the
     * name is {@code <prefix>-<hash>}. {@code prefix} must itself be a valid DNS-1123 label start.
     */
    public static String withHash(String prefix, String readable, int readableMax, String... hashParts) {
        String base = readable.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+", "");
        if (base.length() > readableMax) {
            base = base.substring(0, readableMax);
        }
        base = base.replaceAll("-+$", "");
        String hash = hash(hashParts);
        return base.isEmpty() ? prefix + "-" + hash : prefix + "-" + base + "-" + hash;
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
        if (name.length() <= max && name.matches("[a-z0-9]([a-z0-9-]*[a-z0-9])?")) {
            return name;
        }
        String hash = hash(name);
        String base = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-").replaceAll("^-+", "");
        int room = max - HASH_LENGTH - 1;
        if (base.length() > room) {
            base = base.substring(0, room);
        }
        base = base.replaceAll("-+$", "");
        return base.isEmpty() ? hash : base + "-" + hash;
    }
}
