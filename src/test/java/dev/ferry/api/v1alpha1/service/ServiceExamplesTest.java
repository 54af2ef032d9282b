package dev.ferry.api.v1alpha1.service;

import dev.ferry.testing.ApiJson;

import dev.ferry.testing.CrdSchema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every real-world create-service input in shared/examples/services binds to {@link ServiceSpec}
 * with unknown properties failing, and writes back to the same JSON (explicit nulls aside). Files
 * that are not valid ECS as written are listed with the field their error must name.
 */
class ServiceExamplesTest {
    /** Files Jackson cannot bind as written → a field the error must name. None today. */
    private static final Map<String, String> NOT_BINDABLE = Map.of();

    /**
     * Files that bind but violate the CRD schema as written → fields the violations must name.
     * 05 is `aws ecs create-service --generate-cli-skeleton` output: empty strings for required
     * names. (It also sets launchType and capacityProviderStrategy together, which only the CEL
     * rule catches: CEL is not evaluated offline, see GeneratedCrdTest.)
     */
    private static final Map<String, List<String>> NOT_VALID_AS_WRITTEN = Map.of(
            "05-lexicon-create-service-skeleton.json", List.of("spec.serviceName", "spec.taskDefinition"));

    static Stream<Path> exampleFiles() throws IOException {
        Path dir = ApiJson.sharedExamples().resolve("services");
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> list = files.filter(Files::isRegularFile).sorted().toList();
            assertThat(list).as("example files in %s", dir).isNotEmpty();
            return list.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exampleFiles")
    void exampleBindsStrictlyAndWritesBackTheSameJson(Path file) {
        JsonNode input = ApiJson.readTree(file);
        String name = file.getFileName().toString();
        if (NOT_BINDABLE.containsKey(name)) {
            assertThatThrownBy(() -> ApiJson.roundTrip(input, ServiceSpec.class))
                    .hasMessageContaining(NOT_BINDABLE.get(name));
            return;
        }
        assertThat(ApiJson.roundTrip(input, ServiceSpec.class)).isEqualTo(ApiJson.withoutNulls(input));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exampleFiles")
    void exampleSatisfiesTheGeneratedCrdSchemaUnlessListedAsInvalid(Path file) {
        JsonNode input = ApiJson.withoutNulls(ApiJson.readTree(file));
        List<String> violations = CrdSchema.validate(input, CrdSchema.load("services").specSchema(), "spec");
        String name = file.getFileName().toString();
        if (NOT_VALID_AS_WRITTEN.containsKey(name)) {
            for (String field : NOT_VALID_AS_WRITTEN.get(name)) {
                assertThat(violations).as("violations of %s", name).anyMatch(v -> v.startsWith(field + ":"));
            }
        } else {
            assertThat(violations).as("violations of %s", name).isEmpty();
        }
    }

    @Test
    void everyListedExceptionIsAnExistingExampleFile() throws IOException {
        List<String> names = exampleFiles().map(p -> p.getFileName().toString()).toList();
        assertThat(names).containsAll(NOT_BINDABLE.keySet()).containsAll(NOT_VALID_AS_WRITTEN.keySet());
    }
}
