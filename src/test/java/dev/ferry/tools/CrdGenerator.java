package dev.ferry.tools;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn;
import io.fabric8.crdv2.generator.CRDGenerator;
import io.fabric8.crdv2.generator.CRDPostProcessor;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceColumnDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.CustomResource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Generates the CRDs of every Ferry kind from the model ({@code make crds}): the Fabric8 CRD generator, as the
 * Quarkus build uses it, plus one post-processing step: printer columns keep the order they are declared in
 * (the generator sorts them by name), so {@code kubectl get} reads like the ECS console.
 *
 * <p>Output: {@code crds/<plural>.ecs.ferry.dev.yaml} and the same files in {@code charts/ferry/crds/}.
 */
public final class CrdGenerator {
    public static final List<Path> OUTPUT_DIRS = List.of(Path.of("crds"), Path.of("charts", "ferry", "crds"));

    private CrdGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> crds = generate();
        for (Path dir : OUTPUT_DIRS) {
            Files.createDirectories(dir);
            try (var old = Files.list(dir)) {
                for (Path p : old.filter(f -> f.toString().endsWith(".ecs.ferry.dev.yaml")).toList()) {
                    Files.delete(p);
                }
            }
            for (var crd : crds.entrySet()) {
                Files.writeString(dir.resolve(crd.getKey()), crd.getValue());
            }
            System.out.println("wrote " + crds.size() + " CRDs to " + dir);
        }
    }

    /** File name → CRD YAML for every custom resource class under {@code dev.ferry.api}. */
    public static Map<String, String> generate() {
        List<Class<? extends HasMetadata>> kinds = customResourceClasses();
        Map<String, ByteArrayOutputStream> outputs = new TreeMap<>();
        new CRDGenerator()
                .customResourceClasses(kinds)
                .forCRDVersions("v1")
                .withPostProcessor(new DeclaredColumnOrder(kinds))
                .withOutput(new CRDGenerator.CRDOutput<OutputStream>() {
                    @Override
                    public OutputStream outputFor(String crdName) {
                        return outputs.computeIfAbsent(crdName.replaceFirst("-v1$", "") + ".yaml", k -> new ByteArrayOutputStream());
                    }

                    @Override
                    public java.net.URI crdURI(String crdName) {
                        return Path.of(crdName + ".yaml").toUri();
                    }

                    @Override
                    public void close() {
                    }
                })
                .generate();
        Map<String, String> result = new TreeMap<>();
        outputs.forEach((name, bytes) -> result.put(name, bytes.toString(StandardCharsets.UTF_8)));
        return result;
    }

    @SuppressWarnings("unchecked")
    static List<Class<? extends HasMetadata>> customResourceClasses() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.ferry.api").stream()
                .filter(c -> c.isAssignableTo(CustomResource.class) && !c.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.ABSTRACT))
                .<Class<? extends HasMetadata>>map(c -> (Class<? extends HasMetadata>) c.reflect())
                .sorted(Comparator.comparing(Class::getName))
                .toList();
    }

    /** Restores the declaration order of {@link AdditionalPrinterColumn}s. */
    private record DeclaredColumnOrder(List<Class<? extends HasMetadata>> kinds) implements CRDPostProcessor {
        @Override
        public HasMetadata process(HasMetadata crd, String crdSpecVersion) {
            if (!(crd instanceof CustomResourceDefinition definition)) {
                return crd;
            }
            String kind = definition.getSpec().getNames().getKind();
            kinds.stream().filter(k -> k.getSimpleName().equals(kind)).findFirst().ifPresent(k -> {
                List<String> declared = Arrays.stream(k.getAnnotationsByType(AdditionalPrinterColumn.class))
                        .map(AdditionalPrinterColumn::name).toList();
                for (var version : definition.getSpec().getVersions()) {
                    List<CustomResourceColumnDefinition> columns = version.getAdditionalPrinterColumns();
                    if (columns != null) {
                        List<CustomResourceColumnDefinition> ordered = new ArrayList<>(columns);
                        ordered.sort(Comparator.comparingInt(c -> {
                            int i = declared.indexOf(c.getName());
                            return i < 0 ? Integer.MAX_VALUE : i;
                        }));
                        version.setAdditionalPrinterColumns(ordered);
                    }
                }
            });
            return crd;
        }
    }
}
