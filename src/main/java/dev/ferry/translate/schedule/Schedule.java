package dev.ferry.translate.schedule;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * What an EventBridge schedule expression becomes on Kubernetes: a recurring CronJob schedule,
 * or a single run at one instant (the reconciler creates a Job for it).
 *
 * <p>{@link #notes()} lists where the translation is an approximation (for example the phase of a
 * {@code rate()} schedule); the reconciler surfaces them, it never hides them.
 */
public sealed interface Schedule permits Schedule.Recurring, Schedule.OneOff {

    /** IANA time zone the schedule is evaluated in: the CronJob's {@code spec.timeZone}. */
    String timeZone();

    /** Where the Kubernetes schedule differs from what EventBridge would do; empty when exact. */
    List<String> notes();

    /**
     * A recurring schedule.
     *
     * @param cron     five-field Kubernetes cron schedule ({@code minute hour day-of-month month day-of-week},
     *                 day-of-week 0-6 with 0 = Sunday)
     * @param timeZone IANA time zone for the CronJob's {@code spec.timeZone}
     * @param notes    approximations, empty when the schedule is exact
     */
    record Recurring(String cron, String timeZone, List<String> notes) implements Schedule {
        public Recurring {
            Objects.requireNonNull(cron, "cron");
            Objects.requireNonNull(timeZone, "timeZone");
            notes = List.copyOf(notes);
        }
    }

    /**
     * A one-off run from {@code at(yyyy-mm-ddThh:mm:ss)}.
     *
     * @param localTime the wall-clock time as written
     * @param timeZone  IANA time zone the wall-clock time is read in
     * @param at        the instant it denotes
     * @param notes     approximations (a time in a daylight-saving gap or overlap), empty otherwise
     */
    record OneOff(LocalDateTime localTime, String timeZone, Instant at, List<String> notes) implements Schedule {
        public OneOff {
            Objects.requireNonNull(localTime, "localTime");
            Objects.requireNonNull(timeZone, "timeZone");
            Objects.requireNonNull(at, "at");
            notes = List.copyOf(notes);
        }
    }
}
