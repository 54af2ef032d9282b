package dev.ferry.reconcile.status;

import dev.ferry.translate.Names;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectReferenceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jboss.logging.Logger;

/**
 * Emits Kubernetes Events about Ferry resources. Callers emit on transitions only (a condition that changes),
 * so a resync never floods the API server. An Event that cannot be written is logged, never fatal.
 */
@ApplicationScoped
public class EventRecorder {
    private static final Logger LOG = Logger.getLogger(EventRecorder.class);
    public static final String COMPONENT = "ferry";

    private final KubernetesClient client;
    private final Clock clock;

    @jakarta.inject.Inject
    public EventRecorder(KubernetesClient client) {
        this(client, Clock.systemUTC());
    }

    EventRecorder(KubernetesClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    public void normal(HasMetadata about, String reason, String message) {
        emit(about, "Normal", reason, message);
    }

    public void warning(HasMetadata about, String reason, String message) {
        emit(about, "Warning", reason, message);
    }

    private void emit(HasMetadata about, String type, String reason, String message) {
        String now = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString();
        var meta = about.getMetadata();
        var event = new EventBuilder()
                .withNewMetadata()
                .withName(meta.getName() + "." + Names.hash(meta.getUid() == null ? "" : meta.getUid(), type, reason, message, now))
                .withNamespace(meta.getNamespace())
                .endMetadata()
                .withInvolvedObject(new ObjectReferenceBuilder()
                        .withApiVersion(about.getApiVersion())
                        .withKind(about.getKind())
                        .withName(meta.getName())
                        .withNamespace(meta.getNamespace())
                        .withUid(meta.getUid())
                        .withResourceVersion(meta.getResourceVersion())
                        .build())
                .withType(type)
                .withReason(reason)
                .withMessage(message)
                .withFirstTimestamp(now)
                .withLastTimestamp(now)
                .withCount(1)
                .withNewSource(COMPONENT, null)
                .withReportingComponent(COMPONENT)
                .build();
        try {
            client.v1().events().inNamespace(meta.getNamespace()).resource(event).create();
        } catch (KubernetesClientException e) {
            LOG.warnf("could not record %s event %s on %s/%s: %s", type, reason, meta.getNamespace(), meta.getName(), e.getMessage());
        }
    }
}
