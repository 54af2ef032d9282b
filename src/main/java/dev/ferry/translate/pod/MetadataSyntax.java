package dev.ferry.translate.pod;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.ferry.translate.Labels;
import dev.ferry.translate.Names;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Kubernetes name and label syntax (DNS-1123 labels and subdomains, label keys and values) and Ferry's rules for
 * copying user metadata (docker labels, tags) onto pods: which keys may become labels, and the deterministic JSON
 * that annotations holding whole maps use.
 */
final class MetadataSyntax {
    private static final Pattern NAME = Pattern.compile("([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)");
    private static final Pattern DNS_SUBDOMAIN =
            Pattern.compile(Names.DNS1123_LABEL_REGEX + "(\\." + Names.DNS1123_LABEL_REGEX + ")*");
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private MetadataSyntax() {
    }


    /** A DNS-1123 subdomain (host aliases, search domains, label key prefixes): dot-separated labels, at most 253. */
    static boolean isDnsSubdomain(String name) {
        return name != null && name.length() <= Names.DNS1123_SUBDOMAIN_MAX && DNS_SUBDOMAIN.matcher(name).matches();
    }

    /** A valid label (and annotation) key: {@code [prefix/]name}, prefix a DNS subdomain, name at most 63 characters. */
    static boolean isLabelKey(String key) {
        if (key == null || key.isEmpty()) {
            return false;
        }
        int slash = key.indexOf('/');
        String name = slash < 0 ? key : key.substring(slash + 1);
        if (slash >= 0 && !isDnsSubdomain(key.substring(0, slash))) {
            return false;
        }
        return name.length() <= Names.DNS1123_LABEL_MAX && NAME.matcher(name).matches();
    }


    /**
     * Keys user metadata must not take: Ferry's own ({@code ecs.ferry.dev/}, any {@code *.ferry.dev/}), the
     * recommended labels ({@code app.kubernetes.io/}) and every other prefix Kubernetes reserves for its own
     * components ({@code kubernetes.io/}, {@code k8s.io/} and their subdomains).
     */
    static boolean isReserved(String key) {
        String prefix = prefix(key);
        return isFerrys(key) || prefix.equals("kubernetes.io") || prefix.endsWith(".kubernetes.io")
                || prefix.equals("k8s.io") || prefix.endsWith(".k8s.io");
    }

    /**
     * Keys only Ferry sets, which no other metadata (user's or Cluster's) may take: {@code app.kubernetes.io/managed-by}
     * (Ferry's informers select on it) and every key under {@code ferry.dev} ({@code ecs.ferry.dev/} and the rest).
     */
    static boolean isFerrys(String key) {
        String prefix = prefix(key);
        return key.equals(Labels.MANAGED_BY) || prefix.equals("ferry.dev") || prefix.endsWith(".ferry.dev");
    }

    /** The lower-cased prefix of a key ({@code prefix/name}), empty without one. */
    private static String prefix(String key) {
        int slash = key.indexOf('/');
        return slash < 0 ? "" : key.substring(0, slash).toLowerCase(Locale.ROOT);
    }

    /** A key/value pair that may become a pod label. */
    static boolean mayBeLabel(String key, String value) {
        return isLabelKey(key) && Names.isLabelValue(value) && !isReserved(key);
    }

    /** Compact JSON with map entries sorted by key: the same input always gives the same annotation value. */
    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps of strings always serialise", e);
        }
    }
}
