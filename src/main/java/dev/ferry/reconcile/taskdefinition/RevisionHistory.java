package dev.ferry.reconcile.taskdefinition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ferry.api.v1alpha1.taskdefinition.TaskDefinition;
import dev.ferry.translate.Labels;
import dev.ferry.translate.Names;
import dev.ferry.translate.taskdefinition.RevisionPlan;
import dev.ferry.translate.taskdefinition.Snapshots;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.apps.ControllerRevision;
import io.fabric8.kubernetes.api.model.apps.ControllerRevisionBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.HttpURLConnection;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The revision history of a task definition family, stored as ControllerRevisions owned by the TaskDefinition.
 *
 * <p>History is append-only: a revision, once written, never changes, and its number is never reused. That is not a
 * desired-state object, so it is not a JOSDK dependent resource: revisions are created once with a deterministic name
 * (a stale cache cannot record the same number twice: the API server answers 409) and deleted when pruned.
 */
@ApplicationScoped
public class RevisionHistory {
    private static final Logger LOG = Logger.getLogger(RevisionHistory.class);
    public static final String SPEC_HASH = Labels.PREFIX + "spec-hash";
    public static final String FAMILY = Labels.PREFIX + "family";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final KubernetesClient client;

    public RevisionHistory(KubernetesClient client) {
        this.client = client;
    }

    /** The label selector of every revision Ferry records: what the revision informer watches. */
    public static String selector() {
        return Labels.MANAGED_SELECTOR + "," + Labels.COMPONENT + "=" + Labels.COMPONENT_REVISION;
    }

    /** How the planner sees a stored revision; empty for an object that is not a well-formed Ferry revision. */
    public static Optional<RevisionPlan.Recorded> recorded(ControllerRevision revision) {
        var annotations = revision.getMetadata().getAnnotations();
        if (revision.getRevision() == null || annotations == null || annotations.get(SPEC_HASH) == null) {
            return Optional.empty();
        }
        return Optional.of(new RevisionPlan.Recorded(revision.getRevision().intValue(), annotations.get(SPEC_HASH)));
    }

    /** The spec snapshot a revision holds. */
    public static JsonNode snapshot(ControllerRevision revision) {
        return MAPPER.valueToTree(revision.getData());
    }

    public ControllerRevision desired(TaskDefinition td, int number, Snapshots.Snapshot snapshot) {
        var meta = td.getMetadata();
        return new ControllerRevisionBuilder()
                .withNewMetadata()
                .withName(Names.taskDefinitionRevision(meta.getName(), number))
                .withNamespace(meta.getNamespace())
                .withLabels(Labels.revision(meta.getName(), td.getSpec().family, number))
                .addToAnnotations(SPEC_HASH, snapshot.hash())
                .addToAnnotations(FAMILY, td.getSpec().family)
                .withOwnerReferences(new OwnerReferenceBuilder()
                        .withApiVersion(td.getApiVersion())
                        .withKind(td.getKind())
                        .withName(meta.getName())
                        .withUid(meta.getUid())
                        .withController(true)
                        .withBlockOwnerDeletion(true)
                        .build())
                .endMetadata()
                .withRevision((long) number)
                .withData(MAPPER.convertValue(snapshot.spec(), Object.class))
                .build();
    }

    /**
     * Records revision {@code number}; succeeds without writing when that exact revision already exists.
     *
     * @return true when this call created the revision
     */
    public boolean record(TaskDefinition td, int number, Snapshots.Snapshot snapshot) {
        ControllerRevision revision = desired(td, number, snapshot);
        try {
            client.apps().controllerRevisions().resource(revision).create();
            LOG.infof("recorded task definition %s:%d (%s/%s)", td.getSpec().family, number,
                    td.getMetadata().getNamespace(), td.getMetadata().getName());
            return true;
        } catch (KubernetesClientException e) {
            if (e.getCode() != HttpURLConnection.HTTP_CONFLICT) {
                throw e;
            }
            ControllerRevision existing = client.apps().controllerRevisions()
                    .inNamespace(td.getMetadata().getNamespace()).withName(revision.getMetadata().getName()).get();
            boolean same = existing != null && recorded(existing)
                    .map(r -> r.hash().equals(snapshot.hash())).orElse(false);
            if (!same) {
                // The cache was behind: the next reconcile sees the existing revision and plans the next number.
                throw new IllegalStateException("revision " + number + " of " + td.getSpec().family
                        + " already exists with another spec; retrying with a fresh cache", e);
            }
            return false;
        }
    }

    public void remove(TaskDefinition td, int number) {
        client.apps().controllerRevisions().inNamespace(td.getMetadata().getNamespace())
                .withName(Names.taskDefinitionRevision(td.getMetadata().getName(), number)).delete();
        LOG.infof("pruned task definition %s:%d", td.getSpec().family, number);
    }
}
