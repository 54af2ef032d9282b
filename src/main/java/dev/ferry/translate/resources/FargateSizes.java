package dev.ferry.translate.resources;

import dev.ferry.translate.Violation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The task sizes Fargate accepts (ecs-reference.md §2): each task {@code cpu} allows a set of
 * task {@code memory} values.
 */
public final class FargateSizes {
    /** A cpu's allowed memory, and how a message describes it. */
    private record Allowed(List<Integer> memory, String description) {
        static Allowed list(Integer... memory) {
            List<Integer> values = List.of(memory);
            String text = values.stream().map(String::valueOf).collect(Collectors.joining(", "));
            return new Allowed(values, text);
        }

        static Allowed steps(int from, int to, int step) {
            List<Integer> values = IntStream.iterate(from, m -> m <= to, m -> m + step).boxed().toList();
            return new Allowed(values, from + "-" + to + " in steps of " + step);
        }
    }

    private static final NavigableMap<Integer, Allowed> TABLE = new TreeMap<>(Map.of(
            256, Allowed.list(512, 1024, 2048),
            512, Allowed.steps(1024, 4096, 1024),
            1024, Allowed.steps(2048, 8192, 1024),
            2048, Allowed.steps(4096, 16384, 1024),
            4096, Allowed.steps(8192, 30720, 1024),
            8192, Allowed.steps(16384, 61440, 4096),
            16384, Allowed.steps(32768, 122880, 8192)));

    private FargateSizes() {
    }

    /** Every Fargate task cpu, ascending. */
    public static List<Integer> cpuValues() {
        return List.copyOf(TABLE.keySet());
    }

    /** The memory values (MiB, ascending) Fargate allows with this cpu; empty when the cpu is not a Fargate size. */
    public static List<Integer> memoryValues(int cpu) {
        Allowed allowed = TABLE.get(cpu);
        return allowed == null ? List.of() : allowed.memory();
    }

    public static boolean isValid(int cpu, int memoryMiB) {
        return memoryValues(cpu).contains(memoryMiB);
    }

    /**
     * No violations for a valid Fargate size; otherwise one, on the cpu field when the cpu is not a
     * Fargate size and on the memory field when the memory does not fit the cpu, naming the pair and
     * the nearest valid combinations.
     */
    public static List<Violation> check(String cpuField, int cpu, String memoryField, int memoryMiB) {
        if (isValid(cpu, memoryMiB)) {
            return List.of();
        }
        List<String> hints = new ArrayList<>();
        Allowed allowed = TABLE.get(cpu);
        if (allowed == null) {
            hints.add("cpu " + cpu + " is not a Fargate size; Fargate task cpu is one of "
                    + TABLE.keySet().stream().map(String::valueOf).collect(Collectors.joining(", ")));
        } else {
            hints.add("with cpu " + cpu + " (" + ResourceUnits.vcpu(cpu) + ") memory can be " + allowed.description()
                    + "; nearest: " + nearest(allowed.memory(), memoryMiB));
        }
        Integer smallest = TABLE.keySet().stream().filter(c -> isValid(c, memoryMiB)).findFirst().orElse(null);
        if (smallest != null) {
            hints.add("the smallest cpu that allows memory " + memoryMiB + " is " + smallest
                    + " (" + ResourceUnits.vcpu(smallest) + ")");
        } else {
            hints.add("no Fargate cpu allows memory " + memoryMiB);
        }
        String message = "cpu " + cpu + " with memory " + memoryMiB + " is not a valid Fargate task size: "
                + String.join("; ", hints);
        return List.of(new Violation(allowed == null ? cpuField : memoryField, message));
    }

    /** The allowed value(s) closest to {@code memory}: the neighbour on each side that exists. */
    private static String nearest(List<Integer> values, int memory) {
        Integer below = null;
        Integer above = null;
        for (int value : values) {
            if (value < memory) {
                below = value;
            } else if (above == null) {
                above = value;
            }
        }
        if (below == null) {
            return String.valueOf(above);
        }
        if (above == null) {
            return String.valueOf(below);
        }
        return below + " or " + above;
    }
}
