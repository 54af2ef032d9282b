package dev.ferry.e2e;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;

/** Timeouts and waiting for the end-to-end suite: every wait is bounded, none is a sleep. */
public final class E2E {
    /** How long the operator may take to reconcile a change. */
    public static final Duration RECONCILE_TIMEOUT = Duration.ofSeconds(60);
    /** How long something must stay unchanged to count as "did not change". */
    public static final Duration STABLE_FOR = Duration.ofSeconds(10);
    /** How long the API server may take to establish a CRD or to serve its discovery document. */
    public static final Duration CRD_TIMEOUT = Duration.ofSeconds(60);
    /** How long the packaged operator may take to start and report ready. */
    public static final Duration OPERATOR_START_TIMEOUT = Duration.ofSeconds(120);
    /** How long k3s may take to start (image pull included). */
    public static final Duration K3S_START_TIMEOUT = Duration.ofMinutes(5);

    public static final Duration POLL_INTERVAL = Duration.ofMillis(250);

    private E2E() {
    }

    /** Waits for the operator: at most {@link #RECONCILE_TIMEOUT}, polling every 250 ms. */
    public static ConditionFactory await() {
        return await(RECONCILE_TIMEOUT);
    }

    public static ConditionFactory await(Duration atMost) {
        return Awaitility.await()
                .atMost(atMost)
                .pollDelay(Duration.ZERO)
                .pollInterval(POLL_INTERVAL)
                .pollInSameThread();
    }

    /**
     * Asserts that a condition holds continuously for {@link #STABLE_FOR} (within a few seconds more): the
     * bounded way to say "nothing happens". Meant for monotonic facts (a revision number, a count of snapshots)
     * that, once false, stay false, so the wait then times out and fails.
     */
    public static ConditionFactory awaitStable() {
        return Awaitility.await()
                .during(STABLE_FOR)
                .atMost(STABLE_FOR.plusSeconds(5))
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(500))
                .pollInSameThread();
    }
}
