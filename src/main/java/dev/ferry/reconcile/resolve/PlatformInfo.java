package dev.ferry.reconcile.resolve;

import dev.ferry.translate.pod.Platform;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The Kubernetes version of the API server Ferry runs against, read once from {@code /version}. Features that need a
 * newer server (native sidecars: 1.29) are decided from it and reported on the resource where missing.
 * {@code ferry.kubernetes-version} overrides it (e.g. "1.29"). If the server does not say, Ferry assumes the oldest
 * supported version (1.26), so it reports a missing feature rather than produce objects the server rejects.
 */
@ApplicationScoped
public class PlatformInfo {
    private static final Logger LOG = Logger.getLogger(PlatformInfo.class);

    private final KubernetesClient client;
    private final Optional<String> override;
    private volatile Platform platform;

    @jakarta.inject.Inject
    public PlatformInfo(KubernetesClient client, dev.ferry.config.FerryConfig config) {
        this(client, config.kubernetesVersion());
    }

    PlatformInfo(KubernetesClient client, Optional<String> override) {
        this.client = client;
        this.override = override;
    }

    public Platform get() {
        Platform known = platform;
        if (known == null) {
            known = detect();
            platform = known;
        }
        return known;
    }

    private Platform detect() {
        if (override.isPresent()) {
            return parse(override.get(), "").orElseThrow(() ->
                    new IllegalArgumentException("ferry.kubernetes-version must look like 1.29, was " + override.get()));
        }
        try {
            var version = client.getKubernetesVersion();
            Optional<Platform> parsed = parse(version.getMajor(), version.getMinor())
                    .filter(p -> p.atLeast(Platform.MINIMUM.major(), 0));
            if (parsed.isPresent()) {
                LOG.infof("Kubernetes API server version %s", parsed.get());
                return parsed.get();
            }
            LOG.warnf("the API server reports version %s.%s; assuming Kubernetes %s", version.getMajor(),
                    version.getMinor(), Platform.MINIMUM);
        } catch (KubernetesClientException | IllegalStateException e) {
            LOG.warnf("could not read the API server version (%s); assuming Kubernetes %s", e.getMessage(), Platform.MINIMUM);
        }
        return Platform.MINIMUM;
    }

    /** Parses "1" + "29+" (as /version reports it) or "1.29" + "". */
    static Optional<Platform> parse(String major, String minor) {
        try {
            if (major != null && major.contains(".")) {
                String[] parts = major.split("\\.");
                return Optional.of(new Platform(Integer.parseInt(digits(parts[0])), Integer.parseInt(digits(parts[1]))));
            }
            return Optional.of(new Platform(Integer.parseInt(digits(major)), Integer.parseInt(digits(minor))));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String digits(String s) {
        return s.replaceAll("[^0-9].*$", "");
    }
}
