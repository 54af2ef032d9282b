package dev.ferry.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads manifests from the repository: multi-document YAML files and the {@code # expect:} lines of invalid ones. */
public final class YamlDocuments {
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Pattern EXPECT = Pattern.compile("^#\\s*expect:\\s*(.+?)\\s*$");

    private YamlDocuments() {
    }

    /** One non-empty document of a YAML file; its {@code toString} names the file, the position and the object. */
    public record Document(Path file, int index, ObjectNode content) {
        public String kind() {
            return content.path("kind").asText("");
        }

        public String name() {
            return content.path("metadata").path("name").asText("");
        }

        /** The document as JSON text, for the Kubernetes client's deserializer. */
        public String json() {
            return content.toString();
        }

        @Override
        public String toString() {
            return projectRoot().relativize(file.toAbsolutePath().normalize()) + " #" + index + " " + kind() + "/" + name();
        }
    }

    /** The repository's root: Maven's {@code basedir} (set by Surefire and Failsafe), else the working directory. */
    public static Path projectRoot() {
        return Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath().normalize();
    }

    /** Files in {@code dir} (relative to the project root) whose name ends with one of {@code suffixes}, sorted. */
    public static List<Path> files(String dir, String... suffixes) {
        Path folder = projectRoot().resolve(dir);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(folder)) {
            return listing
                    .filter(Files::isRegularFile)
                    .filter(f -> Stream.of(suffixes).anyMatch(s -> f.getFileName().toString().endsWith(s)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The non-empty documents of a YAML file, numbered from 1 in file order; a document that is not a mapping is an error. */
    public static List<Document> read(Path file) {
        List<Document> documents = new ArrayList<>();
        try (MappingIterator<JsonNode> values = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
            while (values.hasNextValue()) {
                JsonNode node = values.nextValue();
                if (node == null || node.isNull() || node.isMissingNode()) {
                    continue;
                }
                if (!(node instanceof ObjectNode object)) {
                    throw new IllegalArgumentException(file + ": document " + (documents.size() + 1) + " is not a mapping");
                }
                documents.add(new Document(file, documents.size() + 1, object));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return documents;
    }

    /** Every document of every file, in file order. */
    public static List<Document> readAll(List<Path> files) {
        return files.stream().flatMap(f -> read(f).stream()).toList();
    }

    /** The substrings a file declares in {@code # expect: <substring>} comment lines. */
    public static List<String> expectations(Path file) {
        try {
            List<String> expected = new ArrayList<>();
            for (String line : Files.readAllLines(file)) {
                Matcher m = EXPECT.matcher(line.strip());
                if (m.matches()) {
                    expected.add(m.group(1));
                }
            }
            return expected;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
