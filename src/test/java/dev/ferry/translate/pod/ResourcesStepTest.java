package dev.ferry.translate.pod;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.translate.resources.FargateSizes;
import dev.ferry.translate.resources.ResourceUnits;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ResourcesStepTest {

    @ParameterizedTest(name = "{0} among {1} → {2}")
    @CsvSource({
            "10, 3, 4 3 3",
            "9, 3, 3 3 3",
            "2, 3, 1 1 0",
            "0, 2, 0 0",
            "-5, 2, 0 0",
    })
    void sharesSplitEvenlyAndTheFirstTakeTheRemainder(long total, int among, String expected) {
        long[] amount = new long[among];
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < among; i++) {
            indices.add(i);
        }
        ResourcesStep.share(amount, indices, total);
        assertThat(Stream.of(expected.split(" ")).mapToLong(Long::parseLong).toArray()).isEqualTo(amount);
    }

    static Stream<int[]> fargateSizes() {
        return FargateSizes.cpuValues().stream()
                .flatMap(cpu -> FargateSizes.memoryValues(cpu).stream().map(memory -> new int[] {cpu, memory}));
    }

    /** Fargate reserves exactly the task size: the pod's containers add up to it, each with requests = limits. */
    @ParameterizedTest(name = "cpu {0}")
    @MethodSource("fargateSizes")
    void serverlessContainersAddUpToExactlyTheTaskSizeWithRequestsEqualToLimits(int[] size) {
        PodTranslation t = TestTasks.translate("""
                family: sized
                networkMode: awsvpc
                cpu: "%d"
                memory: "%d"
                containerDefinitions:
                  - {name: a, image: a, cpu: 100, memory: 64}
                  - {name: b, image: b, cpu: 0, memoryReservation: 32}
                  - {name: c, image: c}
                """.formatted(size[0], size[1]), Workload.SERVICE, Capacity.serverless("FARGATE"));
        assertThat(t.violations()).isEmpty();
        BigDecimal cpu = BigDecimal.ZERO;
        BigDecimal memory = BigDecimal.ZERO;
        for (Container c : t.template().getSpec().getContainers()) {
            ResourceRequirements r = c.getResources();
            assertThat(r.getRequests()).as(c.getName()).isEqualTo(r.getLimits());
            cpu = cpu.add(Quantity.getAmountInBytes(r.getRequests().get("cpu")));
            memory = memory.add(Quantity.getAmountInBytes(r.getRequests().get("memory")));
        }
        assertThat(cpu.multiply(BigDecimal.valueOf(1000)).longValueExact())
                .isEqualTo(ResourceUnits.millicores(size[0]));
        assertThat(memory.longValueExact()).isEqualTo(size[1] * 1024L * 1024L);
    }

    @Test
    void serverlessShareTheCpuTheContainersOwnValuesLeaveAmongAllWhenEverySetsOne() {
        PodTranslation t = TestTasks.translate("""
                family: weights
                networkMode: awsvpc
                cpu: "1024"
                memory: "2048"
                containerDefinitions:
                  - {name: a, image: a, cpu: 512, memory: 1024}
                  - {name: b, image: b, cpu: 256, memory: 512}
                """, Workload.SERVICE, Capacity.serverless("FARGATE"));
        assertThat(TestTasks.container(t, "a").getResources().getLimits().get("cpu")).isEqualTo(new Quantity("625m"));
        assertThat(TestTasks.container(t, "b").getResources().getLimits().get("cpu")).isEqualTo(new Quantity("375m"));
        // hard memory is a cap on ECS too: the rest of the task memory stays unused
        assertThat(TestTasks.container(t, "a").getResources().getLimits().get("memory")).isEqualTo(new Quantity("1024Mi"));
        assertThat(TestTasks.container(t, "b").getResources().getLimits().get("memory")).isEqualTo(new Quantity("512Mi"));
    }

    @Test
    void aContainerLeftNothingOfTheTaskMemoryRequestsZeroSoKubernetesDoesNotCopyTheLimit() {
        PodTranslation t = TestTasks.ec2Service("""
                family: greedy
                networkMode: awsvpc
                memory: "512"
                containerDefinitions:
                  - {name: big, image: a, memory: 512}
                  - {name: small, image: b}
                """);
        ResourceRequirements small = TestTasks.container(t, "small").getResources();
        assertThat(small.getLimits().get("memory")).isEqualTo(new Quantity("512Mi"));
        assertThat(small.getRequests().get("memory")).isEqualTo(new Quantity("0"));
    }

    @Test
    void ec2WithoutAnyMemoryIsAViolationOnTheContainer() {
        PodTranslation t = TestTasks.ec2Service("""
                family: nomem
                containerDefinitions:
                  - {name: a, image: a, memory: 128}
                  - {name: b, image: b, cpu: 256}
                """);
        assertThat(TestTasks.violationFields(t)).containsExactly("spec.containerDefinitions[b].memory");
    }

    @ParameterizedTest(name = "memory {0}, memoryReservation {1}")
    @CsvSource({"5, , memory", ", 0, memoryReservation", "0, , memory"})
    void memoryBelowSixMibIsAViolation(Integer memory, Integer reservation, String field) {
        PodTranslation t = TestTasks.ec2Service("""
                family: tiny
                memory: "512"
                containerDefinitions:
                  - {name: a, image: a%s%s}
                """.formatted(memory == null ? "" : ", memory: " + memory,
                reservation == null ? "" : ", memoryReservation: " + reservation));
        assertThat(TestTasks.violationFields(t)).containsExactly("spec.containerDefinitions[a]." + field);
    }

    @ParameterizedTest(name = "cpu {0} memory {1}")
    @CsvSource({"lots, 512, spec.cpu", "256, 2 TB, spec.memory", "64, 512, spec.cpu"})
    void unreadableOrOutOfRangeTaskSizesAreViolations(String cpu, String memory, String field) {
        PodTranslation t = TestTasks.ec2Service("""
                family: bad
                cpu: "%s"
                memory: "%s"
                containerDefinitions:
                  - {name: a, image: a}
                """.formatted(cpu, memory));
        assertThat(TestTasks.violationFields(t)).containsExactly(field);
    }

    @Test
    void ephemeralStorageGoesToTheFirstEssentialContainer() {
        PodTranslation t = TestTasks.translate("""
                family: disk
                networkMode: awsvpc
                cpu: "256"
                memory: "512"
                ephemeralStorage: {sizeInGiB: 40}
                containerDefinitions:
                  - {name: helper, image: h, essential: false}
                  - {name: main, image: m}
                  - {name: other, image: o}
                """, Workload.TASK, Capacity.serverless("FARGATE"));
        assertThat(TestTasks.container(t, "main").getResources().getLimits().get("ephemeral-storage"))
                .isEqualTo(new Quantity("40Gi"));
        assertThat(TestTasks.container(t, "helper").getResources().getLimits()).doesNotContainKey("ephemeral-storage");
        assertThat(TestTasks.container(t, "other").getResources().getLimits()).doesNotContainKey("ephemeral-storage");
    }

    @Test
    void gpuValueMustBeAWholeNumber() {
        PodTranslation t = TestTasks.ec2Service("""
                family: gpu
                containerDefinitions:
                  - name: a
                    image: a
                    memory: 128
                    resourceRequirements: [{type: GPU, value: ALL}]
                """);
        assertThat(TestTasks.violationFields(t)).containsExactly("spec.containerDefinitions[a].resourceRequirements[0].value");
    }

    @Test
    void ec2WithoutTaskCpuLeavesContainersWithoutCpuUnrequested() {
        PodTranslation t = TestTasks.ec2Service("""
                family: nocpu
                containerDefinitions:
                  - {name: a, image: a, memory: 128}
                """);
        assertThat(TestTasks.container(t, "a").getResources().getRequests()).doesNotContainKey("cpu");
        assertThat(TestTasks.unsupportedFields(t, new ResourcesStep().fields())).isEmpty();
    }
}
