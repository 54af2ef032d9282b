package dev.ferry.translate.pod;

import java.util.List;
import java.util.Optional;

/**
 * What the Cluster allows and how it adapts definitions to this Kubernetes cluster.
 *
 * @param hostPathVolumes      whether {@code host.sourcePath} volumes may become hostPath volumes
 * @param privilegedContainers whether {@code privileged: true} may be honoured
 * @param imageRewrites        registry prefix rewrites, first match wins
 * @param externalSecrets      the External Secrets Operator store to emit ExternalSecrets for, if any
 */
public record ClusterPolicy(boolean hostPathVolumes, boolean privilegedContainers, List<ImageRewrite> imageRewrites,
        Optional<SecretStore> externalSecrets) {

    public ClusterPolicy {
        imageRewrites = List.copyOf(imageRewrites);
    }

    /** Ferry's defaults: no host paths, no privileged containers, images as written, no ExternalSecrets. */
    public static ClusterPolicy defaults() {
        return new ClusterPolicy(false, false, List.of(), Optional.empty());
    }

    /** Rewrites an image reference whose registry/repository starts with {@code from} to start with {@code to}. */
    public record ImageRewrite(String from, String to) {
    }

    /** An External Secrets Operator SecretStore reference. */
    public record SecretStore(String name, String kind) {
    }
}
