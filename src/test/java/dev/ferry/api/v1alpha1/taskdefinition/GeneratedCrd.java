package dev.ferry.api.v1alpha1.taskdefinition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.crdv2.generator.CRDGenerator;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The CRD of a Ferry kind, generated in memory by the Fabric8 CRD generator v2 that the Quarkus extension runs at
 * build time into target/kubernetes, so a unit test sees the same schema without a prior {@code package}.
 */
final class GeneratedCrd {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private GeneratedCrd() {
    }

    /** The whole CustomResourceDefinition (apiextensions.k8s.io/v1) as a tree. */
    static JsonNode of(Class<? extends HasMetadata> kind) {
        InMemoryOutput output = new InMemoryOutput();
        new CRDGenerator().forCRDVersions("v1").withOutput(output).customResourceClasses(kind).generate();
        if (output.files.size() != 1) {
            throw new IllegalStateException("expected one CRD for " + kind + ", got " + output.files.keySet());
        }
        try {
            return YAML.readTree(output.files.values().iterator().next().toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The openAPIV3Schema of the CRD's only version. */
    static JsonNode schemaOf(Class<? extends HasMetadata> kind) {
        return of(kind).at("/spec/versions/0/schema/openAPIV3Schema");
    }

    private static final class InMemoryOutput extends CRDGenerator.AbstractCRDOutput<ByteArrayOutputStream> {
        final Map<String, ByteArrayOutputStream> files = new LinkedHashMap<>();

        @Override
        protected ByteArrayOutputStream createStreamFor(String crdName) {
            return files.computeIfAbsent(crdName, n -> new ByteArrayOutputStream());
        }
    }
}
