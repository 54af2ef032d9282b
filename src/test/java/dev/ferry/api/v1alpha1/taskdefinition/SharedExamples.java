package dev.ferry.api.v1alpha1.taskdefinition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real-world ECS definitions in {@code shared/examples}, read where they are: beside the clone in CI
 * ({@code ../shared}), or in any directory above the working directory.
 */
final class SharedExamples {

    private SharedExamples() {
    }

    /** The directory {@code shared/examples/<kind>}; fails the test when it cannot be found. */
    static Path dir(String kind) {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("examples").resolve(kind);
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/examples/" + kind + " not found in " + start + " or any directory above it");
    }

    /** Every regular file of {@code shared/examples/<kind>}, sorted by name. */
    static List<Path> files(String kind) {
        try (Stream<Path> files = Files.list(dir(kind))) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
