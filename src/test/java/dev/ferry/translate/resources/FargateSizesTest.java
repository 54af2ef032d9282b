package dev.ferry.translate.resources;

import dev.ferry.translate.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FargateSizesTest {
    private static final String CPU = "spec.cpu";
    private static final String MEMORY = "spec.memory";

    @ParameterizedTest(name = "{0}/{1}")
    @CsvSource({"256, 512", "256, 1024", "256, 2048", "512, 1024", "512, 3072", "512, 4096", "1024, 2048",
            "1024, 5120", "1024, 8192", "2048, 4096", "2048, 16384", "4096, 8192", "4096, 30720", "8192, 16384",
            "8192, 20480", "8192, 61440", "16384, 32768", "16384, 40960", "16384, 122880"})
    void validFargateSizeHasNoViolations(int cpu, int memory) {
        assertThat(FargateSizes.isValid(cpu, memory)).isTrue();
        assertThat(FargateSizes.check(CPU, cpu, MEMORY, memory)).isEmpty();
    }

    @ParameterizedTest(name = "{0}/{1}")
    @CsvSource({"256, 256", "256, 3072", "256, 4096", "512, 512", "512, 5120", "1024, 1024", "1024, 9216",
            "2048, 17408", "4096, 31744", "8192, 18432", "8192, 65536", "16384, 36864", "128, 512", "300, 1024",
            "32768, 65536"})
    void invalidFargateSizeIsRecognised(int cpu, int memory) {
        assertThat(FargateSizes.isValid(cpu, memory)).isFalse();
        assertThat(FargateSizes.check(CPU, cpu, MEMORY, memory)).hasSize(1);
    }

    @Test
    void memoryTooLargeForCpuNamesThePairTheNearestMemoryAndTheSmallestCpu() {
        assertThat(FargateSizes.check(CPU, 256, MEMORY, 4096)).containsExactly(new Violation(MEMORY,
                "cpu 256 with memory 4096 is not a valid Fargate task size: with cpu 256 (0.25 vCPU) memory can be "
                        + "512, 1024, 2048; nearest: 2048; the smallest cpu that allows memory 4096 is 512 (0.5 vCPU)"));
    }

    @Test
    void memoryBetweenStepsOffersBothNeighbours() {
        assertThat(FargateSizes.check(CPU, 8192, MEMORY, 18432)).singleElement()
                .extracting(Violation::message).asString()
                .contains("with cpu 8192 (8 vCPU) memory can be 16384-61440 in steps of 4096; nearest: 16384 or 20480")
                .contains("the smallest cpu that allows memory 18432 is 4096 (4 vCPU)");
    }

    @Test
    void memoryTooSmallForCpuOffersTheCpusMinimum() {
        assertThat(FargateSizes.check(CPU, 1024, MEMORY, 1024)).singleElement()
                .extracting(Violation::message).asString()
                .contains("nearest: 2048")
                .contains("the smallest cpu that allows memory 1024 is 256 (0.25 vCPU)");
    }

    @Test
    void memoryNoCpuAllowsSaysSo() {
        assertThat(FargateSizes.check(CPU, 256, MEMORY, 1536)).singleElement()
                .extracting(Violation::message).asString()
                .contains("nearest: 1024 or 2048")
                .contains("no Fargate cpu allows memory 1536");
    }

    @Test
    void cpuThatIsNotAFargateSizeIsReportedOnTheCpuField() {
        assertThat(FargateSizes.check(CPU, 300, MEMORY, 1024)).containsExactly(new Violation(CPU,
                "cpu 300 with memory 1024 is not a valid Fargate task size: cpu 300 is not a Fargate size; Fargate "
                        + "task cpu is one of 256, 512, 1024, 2048, 4096, 8192, 16384; the smallest cpu that allows "
                        + "memory 1024 is 256 (0.25 vCPU)"));
    }

    @Test
    void tableListsCpusAndTheirMemory() {
        assertThat(FargateSizes.cpuValues()).containsExactly(256, 512, 1024, 2048, 4096, 8192, 16384);
        assertThat(FargateSizes.memoryValues(512)).containsExactly(1024, 2048, 3072, 4096);
        assertThat(FargateSizes.memoryValues(4096)).hasSize(23).startsWith(8192).endsWith(30720);
        assertThat(FargateSizes.memoryValues(16384)).hasSize(12).startsWith(32768).endsWith(122880);
        assertThat(FargateSizes.memoryValues(300)).isEqualTo(List.of());
    }
}
