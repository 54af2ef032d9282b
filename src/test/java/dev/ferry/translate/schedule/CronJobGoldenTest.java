package dev.ferry.translate.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.ferry.api.v1alpha1.cluster.ClusterSpec;
import dev.ferry.api.v1alpha1.scheduledtask.ScheduledTaskSpec;
import dev.ferry.api.v1alpha1.taskdefinition.TaskDefinitionSpec;
import dev.ferry.translate.Arns;
import dev.ferry.translate.pod.Platform;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden fixtures of the ScheduledTask → CronJob translation: {@code fixtures/cronjob/<case>/input.yaml} →
 * {@code expected.yaml}.
 *
 * <p>input.yaml: {@code name} (ScheduledTask metadata.name), {@code scheduledTask} (its spec), {@code taskDefinition}
 * (the resolved revision's spec), optionally {@code revision} (1), {@code kubernetesVersion} ("1.33") and
 * {@code cluster} (a Cluster spec). expected.yaml: {@code cronJob}, {@code unsupportedFields}, {@code violations}.
 * Regenerate with {@code -Dgolden.update=true}, then review every line.
 */
class CronJobGoldenTest {
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS))
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    static final Arns.Scope SCOPE = Arns.Scope.of("us-east-1", "123456789012");
    private static final Path ROOT = Path.of("src/test/resources/fixtures/cronjob");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(ROOT)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    static CronJobs.Inputs inputs(Path inputYaml) throws IOException {
        JsonNode input = YAML.readTree(inputYaml.toFile());
        String[] version = input.path("kubernetesVersion").asText(Platform.LATEST.toString()).split("\\.");
        return new CronJobs.Inputs(input.required("name").asText(),
                YAML.treeToValue(input.required("scheduledTask"), ScheduledTaskSpec.class),
                YAML.treeToValue(input.required("taskDefinition"), TaskDefinitionSpec.class),
                input.path("revision").asInt(1),
                input.has("cluster") ? Optional.of(YAML.treeToValue(input.get("cluster"), ClusterSpec.class))
                        : Optional.empty(),
                new Platform(Integer.parseInt(version[0]), Integer.parseInt(version[1])), SCOPE);
    }

    static JsonNode asTree(CronJobs.Translation t) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("cronJob", t.cronJob());
        out.put("unsupportedFields", t.unsupported());
        out.put("violations", t.violations());
        if (!t.companions().isEmpty()) {
            out.put("companions", t.companions());
        }
        return YAML.valueToTree(out);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void translationMatchesGoldenFile(String name) throws IOException {
        Path dir = ROOT.resolve(name);
        JsonNode actual = asTree(CronJobs.cronJob(inputs(dir.resolve("input.yaml"))));
        Path expected = dir.resolve("expected.yaml");
        if (Boolean.getBoolean("golden.update")) {
            YAML.writeValue(expected.toFile(), actual);
        }
        assertThat(Files.exists(expected)).as("%s exists (generate with -Dgolden.update=true)", expected).isTrue();
        assertThat(YAML.writeValueAsString(actual)).isEqualTo(YAML.writeValueAsString(YAML.readTree(expected.toFile())));
    }

    static List<String> list() throws IOException {
        return cases().toList();
    }
}
