package dev.ferry.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The real-world ECS files in {@code ../shared/examples} (beside the repository, in CI too). */
public final class SharedExamples {
    private SharedExamples() {
    }

    /** The examples folder, found by walking up from the working directory. */
    public static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("examples");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
            Path sibling = dir.resolveSibling("shared").resolve("examples");
            if (Files.isDirectory(sibling)) {
                return sibling;
            }
        }
        throw new IllegalStateException("../shared/examples not found above " + Path.of("").toAbsolutePath());
    }

    /** Files of one folder ("taskdefs", "services", "cfn"), sorted by name. */
    public static List<Path> files(String folder) {
        try (Stream<Path> files = Files.list(root().resolve(folder))) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
