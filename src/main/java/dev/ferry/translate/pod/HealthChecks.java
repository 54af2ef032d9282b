package dev.ferry.translate.pod;

import dev.ferry.api.v1alpha1.taskdefinition.HealthCheck;
import dev.ferry.api.v1alpha1.taskdefinition.RuntimePlatform;
import dev.ferry.api.v1alpha1.taskdefinition.TaskDefinitionSpec;
import dev.ferry.translate.Violation;
import io.fabric8.kubernetes.api.model.ExecAction;
import io.fabric8.kubernetes.api.model.Probe;
import java.util.ArrayList;
import java.util.List;

/**
 * An ECS container {@code healthCheck} read with ECS's defaults, and the exec probes built from it. Shared by the
 * health check step (liveness, readiness, startup) and the dependsOn step (the startup probe that gates the
 * dependants of a {@code HEALTHY} dependency).
 */
final class HealthChecks {
    static final int DEFAULT_INTERVAL = 30;
    static final int DEFAULT_TIMEOUT = 5;
    static final int DEFAULT_RETRIES = 3;
    static final int DEFAULT_START_PERIOD = 0;

    /** The shell Docker runs {@code CMD-SHELL} checks with on Linux (unless the image sets another SHELL). */
    static final List<String> SHELL = List.of("/bin/sh", "-c");
    /** Docker's default shell on Windows. */
    static final List<String> WINDOWS_SHELL = List.of("cmd", "/S", "/C");

    /** What Docker makes of the first element of the command. */
    enum Kind {
        /** {@code ["CMD", exe, args...]}: runs exe directly. */
        EXEC,
        /** {@code ["CMD-SHELL", script]}: runs {@code /bin/sh -c script}. */
        SHELL,
        /** {@code ["NONE"]}: the check is disabled. */
        NONE,
        /** Anything else: Docker logs a warning and never runs the check (the health stays UNKNOWN/starting). */
        UNKNOWN,
        /** {@code ["CMD"]} or {@code ["CMD-SHELL"]} alone, or no command: the check can never pass. */
        EMPTY
    }

    /**
     * A health check with ECS's defaults applied.
     *
     * @param command the command the probe runs (empty unless kind is EXEC or SHELL)
     */
    record Check(Kind kind, List<String> command, int interval, int timeout, int retries, int startPeriod) {
        Check {
            command = List.copyOf(command);
        }

        /** Whether Docker would run this check at all. */
        boolean runs() {
            return kind == Kind.EXEC || kind == Kind.SHELL;
        }

        /**
         * Probe failures a startup probe allows: the checks that fall into the start period (whose failures ECS does
         * not count) plus {@code retries}. With probes at 0, interval, 2×interval, … (Kubernetes) the container is
         * killed at the same moment Docker marks it UNHEALTHY with checks at interval, 2×interval, …:
         * {@code (ceil(startPeriod/interval) - 1 + retries) × interval}.
         */
        int startupFailureThreshold() {
            return ceilDiv(startPeriod, interval) + retries;
        }
    }

    private HealthChecks() {
    }

    /** Whether the task runs Windows containers (runtimePlatform says so; Linux otherwise, as ECS assumes). */
    static boolean windows(TaskDefinitionSpec spec) {
        return spec.runtimePlatform != null && spec.runtimePlatform.operatingSystemFamily != null
                && spec.runtimePlatform.operatingSystemFamily != RuntimePlatform.OperatingSystemFamily.LINUX;
    }

    /** The check of a Linux container. */
    static Check read(HealthCheck hc) {
        return read(hc, false);
    }

    /** The check with ECS's defaults; {@code CMD-SHELL} runs in Docker's default shell of the operating system. */
    static Check read(HealthCheck hc, boolean windows) {
        int interval = hc.interval == null ? DEFAULT_INTERVAL : hc.interval;
        int timeout = hc.timeout == null ? DEFAULT_TIMEOUT : hc.timeout;
        int retries = hc.retries == null ? DEFAULT_RETRIES : hc.retries;
        int startPeriod = hc.startPeriod == null ? DEFAULT_START_PERIOD : hc.startPeriod;
        List<String> raw = Specs.list(hc.command);
        if (raw.isEmpty()) {
            return new Check(Kind.EMPTY, List.of(), interval, timeout, retries, startPeriod);
        }
        List<String> rest = raw.subList(1, raw.size());
        String type = raw.get(0) == null ? "" : raw.get(0);
        Kind kind = switch (type) {
            case "CMD" -> Kind.EXEC;
            case "CMD-SHELL" -> Kind.SHELL;
            case "NONE" -> Kind.NONE;
            default -> Kind.UNKNOWN;
        };
        if ((kind == Kind.EXEC || kind == Kind.SHELL) && rest.isEmpty()) {
            kind = Kind.EMPTY;
        }
        List<String> command = new ArrayList<>();
        if (kind == Kind.SHELL) {
            // Docker appends every element after CMD-SHELL to the shell: ["CMD-SHELL", "a", "b"] → sh -c a b.
            command.addAll(windows ? WINDOWS_SHELL : SHELL);
        }
        if (kind == Kind.EXEC || kind == Kind.SHELL) {
            rest.forEach(s -> command.add(s == null ? "" : s));
        }
        return new Check(kind, command, interval, timeout, retries, startPeriod);
    }

    /**
     * The values outside ECS's API limits, each as a violation of its field under {@code path} (the CRD schema
     * enforces the same limits; this catches input that did not come through the API server).
     */
    static List<Violation> outOfRange(HealthCheck hc, String path) {
        List<Violation> out = new ArrayList<>();
        range(out, path + ".interval", hc.interval, 5, 300, " seconds");
        range(out, path + ".timeout", hc.timeout, 2, 60, " seconds");
        range(out, path + ".retries", hc.retries, 1, 10, "");
        range(out, path + ".startPeriod", hc.startPeriod, 0, 300, " seconds");
        return out;
    }

    private static void range(List<Violation> out, String field, Integer value, int min, int max, String unit) {
        if (value != null && (value < min || value > max)) {
            out.add(new Violation(field, "must be " + min + "-" + max + unit + " (ECS limits); it is " + value));
        }
    }

    /**
     * An exec probe running the check every {@code interval} seconds, failing after {@code failureThreshold}
     * consecutive failures, passing on one success, starting at once. Every field is set: Kubernetes' defaults
     * (period 10, timeout 1, failureThreshold 3) are not ECS's. The probe's own terminationGracePeriodSeconds is left
     * unset on purpose: the pod's (from stopTimeout) applies.
     */
    static Probe probe(Check check, int failureThreshold) {
        Probe probe = new Probe();
        probe.setExec(new ExecAction(new ArrayList<>(check.command())));
        probe.setInitialDelaySeconds(0);
        probe.setPeriodSeconds(check.interval());
        probe.setTimeoutSeconds(check.timeout());
        probe.setSuccessThreshold(1);
        probe.setFailureThreshold(failureThreshold);
        return probe;
    }

    static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
