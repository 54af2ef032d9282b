package dev.ferry.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ferry.testing.CelRules;
import dev.ferry.testing.CrdSchema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The e2e suite's manifests checked here, without a cluster, against the checked-in CRDs: the structural schema
 * (types, enums, bounds, patterns, unknown fields) and the CEL rules, both evaluated offline. A real API server still
 * has the last word ({@link SamplesE2E}, {@link InvalidManifestsE2E}); this catches a wrong field name or a rule that
 * does not fire before a cluster ever sees them.
 */
class ManifestsOfflineTest {
    private static final List<String> PLURALS =
            List.of("clusters", "taskdefinitions", "services", "targetgroups", "tasks", "scheduledtasks");

    static Stream<YamlDocuments.Document> samples() {
        return YamlDocuments.readAll(YamlDocuments.files("samples", ".yaml", ".yml")).stream();
    }

    static Stream<Path> invalidManifests() {
        return YamlDocuments.files(InvalidManifestsE2E.INVALID, ".yaml").stream();
    }

    private static String plural(String kind) {
        return kind.toLowerCase(Locale.ROOT) + "s";
    }

    /** Every structural error and CEL violation of one object, as "path: message" strings. */
    private static List<String> problems(YamlDocuments.Document document) {
        CrdSchema crd = CrdSchema.load(plural(document.kind()));
        JsonNode object = document.content();
        List<String> problems = new ArrayList<>(CrdSchema.validate(object.path("spec"), crd.specSchema(), "spec"));
        new CelRules(crd.schema()).validate(object).forEach(v -> problems.add(v.path() + ": " + v.message()));
        return problems;
    }

    @Test
    void everyCrdsCelRulesCompile() {
        for (String plural : PLURALS) {
            assertThat(new CelRules(CrdSchema.load(plural).schema()).compileErrors()).as("CEL of %s", plural).isEmpty();
        }
    }

    @Test
    void thereAreSamplesOfEveryKind() {
        assertThat(samples().map(YamlDocuments.Document::kind).distinct())
                .containsExactlyInAnyOrder("Cluster", "TaskDefinition", "Service", "TargetGroup", "Task", "ScheduledTask");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everySampleSatisfiesItsCrd(YamlDocuments.Document sample) {
        assertThat(problems(sample)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidManifests")
    void everyInvalidManifestFailsForTheDeclaredReason(Path file) {
        YamlDocuments.Document document = YamlDocuments.read(file).get(0);
        List<String> problems = problems(document);

        assertThat(problems).as("%s is rejected", file).isNotEmpty();
        assertThat(problems).as("no unknown fields in %s (a misspelt field would be rejected for the wrong reason)", file)
                .noneMatch(p -> p.contains("unknown field"));
        for (String expected : YamlDocuments.expectations(file)) {
            assertThat(problems).as("%s: a problem mentions \"%s\"", file, expected).anyMatch(p -> p.contains(expected));
        }
    }
}
