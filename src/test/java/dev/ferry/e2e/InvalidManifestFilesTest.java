package dev.ferry.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The suite's own inputs, checked without a cluster: they must be usable by the e2e tests that read them. */
class InvalidManifestFilesTest {
    private static final Set<String> FERRY_KINDS =
            Set.of("Cluster", "TaskDefinition", "Service", "TargetGroup", "Task", "ScheduledTask");

    @Test
    void everyInvalidManifestIsOneFerryObjectWithAnExpectedMessage() {
        List<Path> files = YamlDocuments.files(InvalidManifestsE2E.INVALID, ".yaml");

        assertThat(files).hasSizeGreaterThanOrEqualTo(11);
        assertThat(files).allSatisfy(file -> {
            assertThat(YamlDocuments.expectations(file)).as("# expect: lines of %s", file).isNotEmpty();
            List<YamlDocuments.Document> documents = YamlDocuments.read(file);
            assertThat(documents).as("documents of %s", file).hasSize(1);
            YamlDocuments.Document document = documents.get(0);
            assertThat(document.content().path("apiVersion").asText()).isEqualTo(E2ENamespace.FERRY_API_VERSION);
            assertThat(document.kind()).isIn(FERRY_KINDS);
            assertThat(document.name()).isNotBlank();
        });
    }

    @Test
    void expectLinesAreReadWithoutTheMarkerAndTrailingSpaces(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("x.yaml"), """
                # A comment that is not an expectation.
                # expect: spec.family   
                #expect:at least one container must be essential
                kind: TaskDefinition
                """);

        assertThat(YamlDocuments.expectations(file))
                .containsExactly("spec.family", "at least one container must be essential");
    }

    @Test
    void emptyDocumentsAreSkippedAndTheOthersNumberedInOrder(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("samples.yaml"), """
                ---
                # only a comment
                ---
                kind: TaskDefinition
                metadata: {name: web}
                ---
                ---
                kind: Service
                metadata: {name: api}
                """);

        assertThat(YamlDocuments.read(file))
                .extracting(d -> d.index() + " " + d.kind() + "/" + d.name())
                .containsExactly("1 TaskDefinition/web", "2 Service/api");
    }
}
