package dev.ferry.translate.pod;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fixture folder under {@code src/test/resources/fixtures/pod}: the translation of input.yaml equals
 * expected.yaml, whole object. To (re)write expected files after a deliberate change, run with
 * {@code -Dgolden.update=true} and review the diff like code.
 */
class PodGoldenTest {
    static final Path FIXTURES = Path.of("src/test/resources/fixtures/pod");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(FIXTURES)) {
            return dirs.filter(d -> Files.exists(d.resolve("input.yaml")))
                    .map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    @Test
    void fixturesExist() throws IOException {
        assertThat(cases()).as("golden fixtures under %s", FIXTURES).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void translationMatchesTheGoldenFile(String name) throws IOException {
        Path dir = FIXTURES.resolve(name);
        JsonNode actual = PodFixtures.asTree(PodTemplates.translate(PodFixtures.inputs(dir.resolve("input.yaml"))));
        Path expectedFile = dir.resolve("expected.yaml");
        String actualYaml = PodFixtures.YAML.writeValueAsString(actual);
        if (UPDATE) {
            Files.writeString(expectedFile, actualYaml);
        }
        assertThat(expectedFile).as("expected.yaml of %s: write it with -Dgolden.update=true and review it", name)
                .exists();
        JsonNode expected = PodFixtures.YAML.readTree(expectedFile.toFile());
        assertThat(actualYaml).as("translation of %s (rerun with -Dgolden.update=true to accept)", name)
                .isEqualTo(PodFixtures.YAML.writeValueAsString(expected));
    }
}
