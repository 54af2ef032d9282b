package dev.ferry.translate.pod;

import dev.ferry.translate.pod.ClusterPolicy.ImageRewrite;
import java.util.List;

/**
 * Image references: the Cluster's registry rewrites and the pull policy.
 *
 * <p>A reference is {@code [registry/]repository[:tag][@digest]}. A rewrite rule's {@code from} is matched against the
 * name part (registry and repository, without tag or digest) at a path boundary: the name equals {@code from}, or
 * continues after it with {@code /}, or {@code from} itself ends with {@code /}. So {@code public.ecr.aws} matches
 * {@code public.ecr.aws/nginx/nginx:1.27} but not {@code public.ecr.aws.example.com/x}. Docker Hub short names are also
 * tried in their full form ({@code nginx} = {@code docker.io/library/nginx}), so a rule for {@code docker.io} mirrors
 * them. Rules apply in order; the first that matches wins; the tag and digest are kept.
 */
final class ImageReferences {
    static final String DOCKER_HUB = "docker.io";

    private ImageReferences() {
    }

    /** The image after the first matching rewrite, or the image as written. */
    static String rewrite(String image, List<ImageRewrite> rules) {
        int split = nameEnd(image);
        String name = image.substring(0, split);
        String rest = image.substring(split);
        String fullName = dockerHubFullName(name);
        for (ImageRewrite rule : rules) {
            if (matches(name, rule.from())) {
                return rule.to() + name.substring(rule.from().length()) + rest;
            }
            if (fullName != null && matches(fullName, rule.from())) {
                return rule.to() + fullName.substring(rule.from().length()) + rest;
            }
        }
        return image;
    }

    /** Whether the reference names a digest ({@code repo@sha256:...}), which never changes. */
    static boolean pinnedByDigest(String image) {
        return image.indexOf('@') >= 0;
    }

    /**
     * {@code IfNotPresent} for a digest, {@code Always} for a tag (or none): ECS pulls a tag on every task start (agent
     * default {@code ECS_IMAGE_PULL_BEHAVIOR=default}; Fargate always), so a re-pushed tag reaches new tasks.
     */
    static String pullPolicy(String image) {
        return pinnedByDigest(image) ? "IfNotPresent" : "Always";
    }

    private static boolean matches(String name, String from) {
        if (from.isEmpty() || !name.startsWith(from)) {
            return false;
        }
        return name.length() == from.length() || from.endsWith("/") || name.charAt(from.length()) == '/';
    }

    /** Where the name ends: at the digest's {@code @}, or at the tag's {@code :} after the last {@code /}. */
    static int nameEnd(String image) {
        int at = image.indexOf('@');
        String beforeDigest = at >= 0 ? image.substring(0, at) : image;
        int colon = beforeDigest.lastIndexOf(':');
        if (colon > beforeDigest.lastIndexOf('/')) {
            return colon;
        }
        return beforeDigest.length();
    }

    /** {@code nginx} → {@code docker.io/library/nginx}, {@code bitnami/redis} → {@code docker.io/bitnami/redis}; null when the name has a registry. */
    static String dockerHubFullName(String name) {
        int slash = name.indexOf('/');
        if (slash < 0) {
            return DOCKER_HUB + "/library/" + name;
        }
        String first = name.substring(0, slash);
        if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
            return null;
        }
        return DOCKER_HUB + "/" + name;
    }
}
