package dev.ferry.translate.resources;

import dev.ferry.translate.Result;
import dev.ferry.translate.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResourceUnitsTest {
    private static final String FIELD = "spec.cpu";

    private static void assertInvalid(Result<?> result, String message) {
        assertThat(result.isValid()).isFalse();
        assertThat(result.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo(FIELD);
            assertThat(v.message()).contains(message);
        });
    }

    @ParameterizedTest(name = "{0} units -> {1}m")
    @CsvSource({"0, 0", "1, 1", "10, 10", "100, 98", "128, 125", "256, 250", "512, 500", "1000, 977",
            "1024, 1000", "1536, 1500", "2048, 2000", "4096, 4000", "10240, 10000", "196608, 192000"})
    void cpuUnitsBecomeMillicoresRoundedUp(long units, long millicores) {
        assertThat(ResourceUnits.millicores(units)).isEqualTo(millicores);
    }

    @Test
    void cpuQuantityIsMillicoresOrNothingForZero() {
        assertThat(ResourceUnits.cpuQuantity(256)).contains("250m");
        assertThat(ResourceUnits.cpuQuantity(100)).contains("98m");
        assertThat(ResourceUnits.cpuQuantity(0)).isEmpty();
    }

    @Test
    void containerCpuZeroMeansNoRequest() {
        assertThat(ResourceUnits.containerCpu(FIELD, 0).value()).isEqualTo(Optional.empty());
        assertThat(ResourceUnits.containerCpu(FIELD, 512).value()).contains("500m");
    }

    @Test
    void negativeContainerCpuIsAViolation() {
        assertInvalid(ResourceUnits.containerCpu(FIELD, -1), "-1 is negative");
    }

    @Test
    void memoryMibBecomesMiQuantity() {
        assertThat(ResourceUnits.memoryQuantity(512)).isEqualTo("512Mi");
        assertThat(ResourceUnits.memoryQuantity(122880)).isEqualTo("122880Mi");
        assertThatThrownBy(() -> ResourceUnits.memoryQuantity(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
            "1024         | 1024",
            "128          | 128",
            "' 256 '      | 256",
            "1 vCPU       | 1024",
            "1 vcpu       | 1024",
            "0.25 vCPU    | 256",
            "0.5vCPU      | 512",
            "0.125 vCPU   | 128",
            "2 VCPU       | 2048",
            "16 vCPU      | 16384",
            "1.5 vCPU     | 1536",
            "192 vCPU     | 196608",
    })
    void taskCpuAcceptsUnitsAndVcpus(String value, int units) {
        assertThat(ResourceUnits.taskCpu(FIELD, value).value()).isEqualTo(units);
    }

    @ParameterizedTest(name = "\"{0}\": {1}")
    @CsvSource(delimiter = '|', value = {
            "abc         | \"abc\" is not a CPU value; write CPU units as a whole number (\"1024\") or vCPUs",
            "1 CPU       | is not a CPU value",
            "1,024       | is not a CPU value",
            "-256        | is not a CPU value",
            "1024m       | is not a CPU value",
            "0.3 vCPU    | is not a whole number of CPU units",
            "64          | is 64 CPU units; a task's cpu must be between 128 (0.125 vCPU) and 196608 (192 vCPU)",
            "0           | is 0 CPU units",
            "200000      | is 200000 CPU units",
            "256 vCPU    | is 262144 CPU units",
    })
    void invalidTaskCpuIsAViolationOnTheField(String value, String message) {
        assertInvalid(ResourceUnits.taskCpu(FIELD, value), message);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void missingTaskCpuIsAViolation(String value) {
        assertInvalid(ResourceUnits.taskCpu(FIELD, value), "is empty");
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
            "2048     | 2048",
            "64       | 64",
            "2GB      | 2048",
            "2 GB     | 2048",
            "2 gb     | 2048",
            "0.5GB    | 512",
            "0.25 GB  | 256",
            "120GB    | 122880",
    })
    void taskMemoryAcceptsMibAndGb(String value, int mib) {
        assertThat(ResourceUnits.taskMemory(FIELD, value).value()).isEqualTo(mib);
    }

    @ParameterizedTest(name = "\"{0}\": {1}")
    @CsvSource(delimiter = '|', value = {
            "lots     | \"lots\" is not a memory value; write MiB as a whole number (\"2048\") or GB",
            "2 GiB    | is not a memory value",
            "2 MB     | is not a memory value",
            "512Mi    | is not a memory value",
            "0.3GB    | is not a whole number of MiB",
            "0        | is zero",
            "0GB      | is zero",
    })
    void invalidTaskMemoryIsAViolationOnTheField(String value, String message) {
        assertInvalid(ResourceUnits.taskMemory(FIELD, value), message);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void missingTaskMemoryIsAViolation(String value) {
        assertThat(ResourceUnits.taskMemory(FIELD, value).violations()).extracting(Violation::message)
                .singleElement().asString().startsWith("is empty");
    }
}
