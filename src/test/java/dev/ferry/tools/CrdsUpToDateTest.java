package dev.ferry.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The checked-in CRDs (crds/ and the chart) are exactly what the model generates: run `make crds` after a model change. */
class CrdsUpToDateTest {

    @Test
    void checkedInCrdsMatchTheModel() throws IOException {
        Map<String, String> generated = CrdGenerator.generate();
        assertThat(generated).as("one CRD per Ferry kind").isNotEmpty();
        for (Path dir : CrdGenerator.OUTPUT_DIRS) {
            Map<String, String> checkedIn = new TreeMap<>();
            try (var files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".ecs.ferry.dev.yaml")).toList()) {
                    checkedIn.put(f.getFileName().toString(), Files.readString(f));
                }
            }
            assertThat(checkedIn).as("CRDs in %s are stale: run `make crds` and commit the result", dir)
                    .isEqualTo(generated);
        }
    }

    @Test
    void printerColumnsKeepTheirDeclaredOrder() {
        String td = CrdGenerator.generate().get("taskdefinitions.ecs.ferry.dev.yaml");

        assertThat(td.indexOf("name: \"FAMILY\"")).isLessThan(td.indexOf("name: \"REVISION\""));
        assertThat(td.indexOf("name: \"STATUS\"")).isLessThan(td.indexOf("name: \"AGE\""));
    }
}
