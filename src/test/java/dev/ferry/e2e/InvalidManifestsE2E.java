package dev.ferry.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each manifest of {@code src/test/resources/e2e/invalid/} is rejected by the API server with HTTP 422, and the
 * message contains every substring the file declares in a {@code # expect: <substring>} line.
 */
@FerryE2E
class InvalidManifestsE2E {
    static final String INVALID = "src/test/resources/e2e/invalid";

    static List<Named<Path>> invalidManifests() {
        List<Path> files = YamlDocuments.files(INVALID, ".yaml");
        if (files.isEmpty()) {
            throw new AssertionError(INVALID + " holds no manifests");
        }
        return files.stream().map(f -> Named.of(f.getFileName().toString(), f)).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidManifests")
    void manifestIsRejectedWithItsExpectedMessage(Path file, E2ENamespace namespace) {
        List<String> expected = YamlDocuments.expectations(file);
        assertThat(expected).as("`# expect:` lines of %s", file.getFileName()).isNotEmpty();
        List<YamlDocuments.Document> documents = YamlDocuments.read(file);
        assertThat(documents).as("documents of %s", file.getFileName()).hasSize(1);
        GenericKubernetesResource object = namespace.parse(documents.get(0).json());

        KubernetesClientException rejection = catchThrowableOfType(KubernetesClientException.class,
                () -> namespace.dryRunCreate(object));

        assertThat(rejection).as("%s must be rejected, but the API server accepted it", file.getFileName()).isNotNull();
        String message = E2ECluster.message(rejection);
        assertThat(rejection.getCode()).as("HTTP status of the rejection: %s", message).isEqualTo(422);
        for (String substring : expected) {
            assertThat(message).as("rejection of %s", file.getFileName()).contains(substring);
        }
    }
}
