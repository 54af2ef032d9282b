package dev.ferry.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every document of {@code samples/*.yaml} passes the API server's validation (schema and CEL), as written. */
@FerryE2E
class SamplesE2E {
    static final String SAMPLES = "samples";

    /** One argument per document; no document at all is a failure, not a vacuous pass. */
    static List<YamlDocuments.Document> sampleDocuments() {
        List<YamlDocuments.Document> documents = YamlDocuments.readAll(YamlDocuments.files(SAMPLES, ".yaml", ".yml"));
        if (documents.isEmpty()) {
            throw new AssertionError(SAMPLES + "/*.yaml holds no YAML documents: there is nothing to validate");
        }
        return documents;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleDocuments")
    void sampleIsAcceptedByTheApiServer(YamlDocuments.Document document, E2ENamespace namespace) {
        GenericKubernetesResource object = namespace.parse(document.json());
        try {
            GenericKubernetesResource accepted = namespace.dryRunCreate(object);
            assertThat(accepted.getMetadata().getName()).as("name of the dry-run result").isEqualTo(document.name());
        } catch (KubernetesClientException e) {
            fail(document + " is rejected by the API server (HTTP " + e.getCode() + "):\n" + E2ECluster.message(e));
        }
    }
}
