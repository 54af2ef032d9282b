package dev.ferry.translate.resources;

import dev.ferry.translate.Result;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ECS CPU units and memory values to Kubernetes quantities (ecs-reference.md §0).
 *
 * <p>1024 CPU units are one vCPU, so a container's {@code cpu} becomes
 * {@code ceil(units × 1000 / 1024)} millicores (256 → 250m, 100 → 98m). Memory is MiB → {@code "<n>Mi"}.
 * A task's {@code cpu} and {@code memory} are strings that also allow {@code "1 vCPU"} and {@code "2 GB"}.
 */
public final class ResourceUnits {
    public static final int UNITS_PER_VCPU = 1024;
    public static final int MIB_PER_GB = 1024;
    /** Smallest task-level cpu ECS accepts (0.125 vCPU). */
    public static final int TASK_CPU_MIN = 128;
    /** Largest task-level cpu ECS accepts (192 vCPU). */
    public static final int TASK_CPU_MAX = 196_608;

    private static final Pattern INTEGER = Pattern.compile("\\d{1,9}");
    private static final Pattern VCPU = Pattern.compile("(\\d{1,6}(?:\\.\\d{1,6})?)\\s*vcpu", Pattern.CASE_INSENSITIVE);
    private static final Pattern GB = Pattern.compile("(\\d{1,6}(?:\\.\\d{1,6})?)\\s*gb", Pattern.CASE_INSENSITIVE);

    private ResourceUnits() {
    }

    /** {@code ceil(cpuUnits × 1000 / 1024)}. */
    public static long millicores(long cpuUnits) {
        if (cpuUnits < 0) {
            throw new IllegalArgumentException("CPU units cannot be negative: " + cpuUnits);
        }
        return -Math.floorDiv(-cpuUnits * 1000, UNITS_PER_VCPU);
    }

    /** The CPU quantity for some CPU units ({@code "250m"}), or empty for 0 units (no request). */
    public static Optional<String> cpuQuantity(long cpuUnits) {
        long millicores = millicores(cpuUnits);
        return millicores == 0 ? Optional.empty() : Optional.of(millicores + "m");
    }

    /** The memory quantity for some MiB: {@code "<n>Mi"}. */
    public static String memoryQuantity(long mib) {
        if (mib <= 0) {
            throw new IllegalArgumentException("memory must be positive: " + mib);
        }
        return mib + "Mi";
    }

    /**
     * A container's {@code cpu} (integer CPU units) as a CPU request quantity; empty for 0, which
     * ECS treats as no reservation.
     *
     * @param field path of the cpu field, used in violations
     */
    public static Result<Optional<String>> containerCpu(String field, int cpuUnits) {
        if (cpuUnits < 0) {
            return Result.invalid(field, cpuUnits + " is negative; CPU units are 0 or more (1024 = 1 vCPU)");
        }
        return Result.ok(cpuQuantity(cpuUnits));
    }

    /**
     * A task's {@code cpu}: {@code "1024"} (CPU units) or {@code "1 vCPU"} / {@code "0.25 vcpu"}, in CPU units.
     *
     * @param field path of the task cpu field, used in violations
     */
    public static Result<Integer> taskCpu(String field, String value) {
        String forms = "write CPU units as a whole number (\"1024\") or vCPUs (\"1 vCPU\", \"0.25 vCPU\")";
        if (value == null || value.isBlank()) {
            return Result.invalid(field, "is empty; " + forms);
        }
        Integer units = parse(value.strip(), VCPU, UNITS_PER_VCPU);
        if (units == null) {
            return Result.invalid(field, "\"" + value + "\" is not a CPU value; " + forms);
        }
        if (units < 0) {
            return Result.invalid(field, "\"" + value + "\" is not a whole number of CPU units (1 vCPU = 1024 units)");
        }
        if (units < TASK_CPU_MIN || units > TASK_CPU_MAX) {
            return Result.invalid(field, "\"" + value + "\" is " + units + " CPU units; a task's cpu must be between "
                    + TASK_CPU_MIN + " (0.125 vCPU) and " + TASK_CPU_MAX + " (192 vCPU)");
        }
        return Result.ok(units);
    }

    /**
     * A task's {@code memory}: {@code "2048"} (MiB) or {@code "2GB"} / {@code "2 GB"} / {@code "0.5GB"}, in MiB.
     *
     * @param field path of the task memory field, used in violations
     */
    public static Result<Integer> taskMemory(String field, String value) {
        String forms = "write MiB as a whole number (\"2048\") or GB (\"2GB\", \"2 GB\", \"0.5GB\")";
        if (value == null || value.isBlank()) {
            return Result.invalid(field, "is empty; " + forms);
        }
        Integer mib = parse(value.strip(), GB, MIB_PER_GB);
        if (mib == null) {
            return Result.invalid(field, "\"" + value + "\" is not a memory value; " + forms);
        }
        if (mib < 0) {
            return Result.invalid(field, "\"" + value + "\" is not a whole number of MiB (1 GB = 1024 MiB)");
        }
        if (mib == 0) {
            return Result.invalid(field, "\"" + value + "\" is zero; a task's memory must be positive");
        }
        return Result.ok(mib);
    }

    /** A plain integer, or a decimal with a unit times {@code factor}; -1 if that is not whole, null if no form fits. */
    private static Integer parse(String value, Pattern withUnit, int factor) {
        if (INTEGER.matcher(value).matches()) {
            return Integer.valueOf(value);
        }
        Matcher m = withUnit.matcher(value);
        if (!m.matches()) {
            return null;
        }
        BigDecimal scaled = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(factor));
        try {
            return scaled.intValueExact();
        } catch (ArithmeticException notWhole) {
            return -1;
        }
    }

    /** CPU units as vCPUs for messages: 256 → "0.25 vCPU". */
    static String vcpu(int units) {
        return BigDecimal.valueOf(units).divide(BigDecimal.valueOf(UNITS_PER_VCPU)).stripTrailingZeros()
                .toPlainString() + " vCPU";
    }
}
