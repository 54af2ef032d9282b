package dev.ferry.translate.schedule;

import dev.ferry.translate.Result;
import dev.ferry.translate.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class ScheduleExpressionsTest {
    private static final String EXPR = "spec.scheduleExpression";
    private static final String TZ = "spec.scheduleExpressionTimezone";

    private static Result<Schedule> translate(String expression) {
        return ScheduleExpressions.translate(EXPR, expression, TZ, null);
    }

    private static Schedule.Recurring recurring(String expression) {
        Result<Schedule> result = translate(expression);
        assertThat(result.violations()).isEmpty();
        assertThat(result.value()).isInstanceOf(Schedule.Recurring.class);
        return (Schedule.Recurring) result.value();
    }

    private static void assertViolations(Result<Schedule> result, String field, String... fragments) {
        assertThat(result.isValid()).isFalse();
        assertThat(result.violations()).hasSize(fragments.length);
        for (int i = 0; i < fragments.length; i++) {
            Violation v = result.violations().get(i);
            assertThat(v.field()).isEqualTo(field);
            assertThat(v.message()).contains(fragments[i]);
        }
    }

    // ------------------------------------------------------------------ cron

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "cron(0 12 ? * MON-FRI *)      | 0 12 * * MON-FRI",
            "cron(0/15 * * * ? *)          | 0-59/15 * * * *",
            "cron(0 8 1 * ? *)             | 0 8 1 * *",
            "cron(0 18 ? * 1,7 *)          | 0 18 * * 0,6",
            "cron(0 10 * * ? *)            | 0 10 * * *",
            "cron(15 10 ? * 2-6 *)         | 15 10 * * 1-5",
            "cron(0 0 ? * 2/2 *)           | 0 0 * * 1-6/2",
            "cron(0 0 ? * 1-7/3 *)         | 0 0 * * 0-6/3",
            "cron(0 0 ? * */2 *)           | 0 0 * * */2",
            "cron(0 0 ? * MON/2 *)         | 0 0 * * MON-6/2",
            "cron(30 9 ? * SUN-5 *)        | 30 9 * * SUN-4",
            "cron(5 0/6 ? JAN,jul mon *)   | 5 0-23/6 * JAN,JUL MON",
            "cron(0 0 10/5 * ? *)          | 0 0 10-31/5 * *",
            "cron(0 0 1 3/4 ? *)           | 0 0 1 3-12/4 *",
            "cron(0,30 8-17 ? * MON-FRI *) | 0,30 8-17 * * MON-FRI",
            "cron(0 0 1-15/7 * ? *)        | 0 0 1-15/7 * *",
            "cron(*/10 * ? * * *)          | */10 * * * *",
            "cron(05 07 * * ? *)           | 5 7 * * *",
    })
    void cronBecomesFiveFieldKubernetesSchedule(String expression, String expected) {
        assertThat(recurring(expression).cron()).isEqualTo(expected);
    }

    @Test
    void cronIsExactSoItHasNoNotesAndRunsInUtc() {
        Schedule.Recurring schedule = recurring("cron(0 12 ? * MON-FRI *)");
        assertThat(schedule.timeZone()).isEqualTo("Etc/UTC");
        assertThat(schedule.notes()).isEmpty();
    }

    @Test
    void whitespaceAroundAndInsideTheExpressionIsTolerated() {
        assertThat(recurring("  cron( 0   12 * * ?  * ) ").cron()).isEqualTo("0 12 * * *");
    }

    @Test
    void lastWeekdayAndYearAreBothReported() {
        assertViolations(translate("cron(15 10 ? * 6L 2022-2023)"), EXPR,
                "day-of-week \"6L\": nL (the last given weekday of the month, as in 6L) cannot be expressed",
                "year \"2022-2023\": a Kubernetes CronJob has no year field");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "cron(0 12 L * ? *)       | L (the last day of the month)",
            "cron(0 12 L-3 * ? *)     | L (the last day of the month)",
            "cron(0 12 15W * ? *)     | W (the weekday nearest a day of the month)",
            "cron(0 12 LW * ? *)      | LW (the last weekday of the month)",
            "cron(0 12 ? * 6#3 *)     | # (the nth weekday of the month, as in 6#3)",
            "cron(0 12 ? * FRI#1 *)   | # (the nth weekday of the month",
            "cron(0 12 ? * FRIL *)    | nL (the last given weekday",
            "cron(0 12 ? * L *)       | L (the last day of the week)",
    })
    void quartzOnlyFeaturesAreRejectedByName(String expression, String feature) {
        assertViolations(translate(expression), EXPR, feature);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "cron(60 12 * * ? *)       | minutes \"60\": \"60\" is not a valid minutes value; use 0-59",
            "cron(0 24 * * ? *)        | hours \"24\": \"24\" is not a valid hours value; use 0-23",
            "cron(0 12 0 * ? *)        | day-of-month \"0\": \"0\" is not a valid day-of-month value; use 1-31",
            "cron(0 12 32 * ? *)       | use 1-31",
            "cron(0 12 ? 13 * *)       | month \"13\": \"13\" is not a valid month value; use 1-12 or JAN-DEC",
            "cron(0 12 ? FOO * *)      | \"FOO\" is not a valid month value",
            "cron(0 12 ? * 0 *)        | day-of-week \"0\": \"0\" is not a valid day-of-week value; use 1-7 (1 = SUN)",
            "cron(0 12 ? * 8 *)        | use 1-7 (1 = SUN) or SUN-SAT",
            "cron(0 12 ? * MON-FUN *)  | \"FUN\" is not a valid day-of-week value",
            "cron(0/0 12 * * ? *)      | the increment after / must be a positive whole number",
            "cron(0/x 12 * * ? *)      | the increment after / must be a positive whole number",
            "cron(0 22-2 * * ? *)      | the range 22-2 runs backwards; write it as two ranges, e.g. 22-23,0-2",
            "cron(0 12 1,,3 * ? *)     | a list has an empty element",
            "cron(? 12 * * ? *)        | minutes \"?\": ? is only allowed in day-of-month and day-of-week",
            "cron(0 12 ? * MON,? *)    | ? must be the whole field",
            "cron(0 12 * * ? 1969)     | year \"1969\": \"1969\" is not a valid year value; use 1970-2199",
            "cron(0 12 * * ? 2030)     | year \"2030\": a Kubernetes CronJob has no year field",
            "cron(0 12 * * ? ?)        | year \"?\": ? is only allowed",
            "cron(0 12 * * MON *)      | one of day-of-month and day-of-week must be ?",
            "cron(0 12 1 * MON *)      | one of day-of-month and day-of-week must be ?",
            "cron(0 12 ? * ? *)        | day-of-month and day-of-week cannot both be ?",
            "cron(0 12 * * *)          | has 5 fields; EventBridge cron needs 6: minutes hours day-of-month month day-of-week year; EventBridge cron has a sixth field, the year: add *",
            "cron(0 0 12 * * ? *)      | has 7 fields",
            "cron()                    | has 0 fields",
    })
    void invalidCronNamesTheProblem(String expression, String message) {
        assertViolations(translate(expression), EXPR, message);
    }

    // ------------------------------------------------------------------ rate

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "rate(1 minute)        | * * * * *",
            "rate(2 minutes)       | */2 * * * *",
            "rate(5 minutes)       | */5 * * * *",
            "rate(30 minutes)      | */30 * * * *",
            "rate(60 minutes)      | 0 * * * *",
            "rate(120 minutes)     | 0 */2 * * *",
            "rate(1 hour)          | 0 * * * *",
            "rate(6 hours)         | 0 */6 * * *",
            "rate(12 hours)        | 0 */12 * * *",
            "rate(24 hours)        | 0 0 * * *",
            "rate(1 day)           | 0 0 * * *",
            "rate(1440 minutes)    | 0 0 * * *",
            "rate(7 days)          | 0 0 * * 0",
            "rate(168 hours)       | 0 0 * * 0",
            "rate( 10   minutes )  | */10 * * * *",
    })
    void evenRateBecomesClockAlignedSchedule(String expression, String expected) {
        assertThat(recurring(expression).cron()).isEqualTo(expected);
    }

    @Test
    void everyMinuteIsExact() {
        assertThat(recurring("rate(1 minute)").notes()).isEmpty();
    }

    @Test
    void longerRatesNoteThatTheyStartOnTheClockInsteadOfAtRuleCreation() {
        assertThat(recurring("rate(5 minutes)").notes()).singleElement().asString()
                .contains("counts from when the EventBridge rule was created")
                .contains("every 5 minutes from minute 0 of the hour (Etc/UTC)")
                .doesNotContain("weekday");
    }

    @Test
    void sevenDaysIsReportedAsWeeklyOnSundayApproximation() {
        assertThat(recurring("rate(7 days)").notes()).singleElement().asString()
                .contains("weekly on Sunday at 00:00")
                .contains("on a different weekday");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "rate(90 minutes)   | 90 minutes does not divide an hour or a day evenly",
            "rate(7 minutes)    | 7 minutes does not divide an hour or a day evenly",
            "rate(5 hours)      | 5 hours does not divide a day evenly",
            "rate(36 hours)     | 36 hours does not divide a day evenly",
            "rate(2 days)       | an interval of 2 days does not fit evenly into months or weeks",
            "rate(14 days)      | an interval of 14 days",
            "rate(0 minutes)    | the value must be a positive number",
            "rate(1 minutes)    | EventBridge requires the singular unit for a value of 1; write rate(1 minute)",
            "rate(1 days)       | write rate(1 day)",
            "rate(5 hour)       | EventBridge requires the plural unit for a value above 1; write rate(5 hours)",
            "rate(2 weeks)      | the unit must be minute, minutes, hour, hours, day or days",
            "rate(minutes)      | is not a rate expression",
            "rate(1.5 hours)    | is not a rate expression",
            "rate(-5 minutes)   | is not a rate expression",
            "rate(9999999999 minutes) | the value is too large",
    })
    void unevenOrMalformedRateIsRejectedWithTheReason(String expression, String message) {
        assertViolations(translate(expression), EXPR, message);
    }

    @Test
    void unevenRateSuggestsRatesThatWork() {
        assertThat(translate("rate(90 minutes)").violations()).singleElement()
                .extracting(Violation::message).asString()
                .contains("hours that divide a day (1, 2, 3, 4, 6, 8, 12), 1 day or 7 days, or write a cron() expression");
    }

    // ------------------------------------------------------------------ time zone

    @Test
    void explicitIanaTimeZonePassesThrough() {
        Result<Schedule> result = ScheduleExpressions.translate(EXPR, "cron(0 8 ? * MON-FRI *)", TZ, "Europe/Berlin");
        assertThat(result.value().timeZone()).isEqualTo("Europe/Berlin");
        assertThat(((Schedule.Recurring) result.value()).cron()).isEqualTo("0 8 * * MON-FRI");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void missingTimeZoneDefaultsToUtc(String timeZone) {
        assertThat(ScheduleExpressions.translate(EXPR, "rate(1 day)", TZ, timeZone).value().timeZone())
                .isEqualTo("Etc/UTC");
    }

    @ParameterizedTest
    @ValueSource(strings = {"+02:00", "UTC+2", "Europe/Berlinn", "Mars/Olympus_Mons", "europe/berlin"})
    void nonIanaTimeZoneIsRejectedOnTheTimeZoneField(String timeZone) {
        assertViolations(ScheduleExpressions.translate(EXPR, "rate(1 day)", TZ, timeZone), TZ,
                "\"" + timeZone + "\" is not an IANA time zone name");
    }

    @Test
    void badExpressionAndBadTimeZoneAreBothReported() {
        Result<Schedule> result = ScheduleExpressions.translate(EXPR, "rate(90 minutes)", TZ, "Nowhere/Town");
        assertThat(result.violations()).extracting(Violation::field).containsExactly(TZ, EXPR);
    }

    // ------------------------------------------------------------------ at

    @Test
    void atBecomesOneOffAtTheInstantInUtc() {
        Schedule schedule = translate("at(2025-03-01T09:30:00)").value();
        assertThat(schedule).isEqualTo(new Schedule.OneOff(LocalDateTime.parse("2025-03-01T09:30:00"), "Etc/UTC",
                Instant.parse("2025-03-01T09:30:00Z"), java.util.List.of()));
    }

    @Test
    void atIsReadInTheGivenTimeZone() {
        Schedule.OneOff schedule = (Schedule.OneOff) ScheduleExpressions.translate(EXPR, "at(2025-03-01T09:30:00)",
                TZ, "Europe/Berlin").value();
        assertThat(schedule.at()).isEqualTo(Instant.parse("2025-03-01T08:30:00Z"));
        assertThat(schedule.notes()).isEmpty();
    }

    @Test
    void atInDaylightSavingGapRunsAfterTheGapAndSaysSo() {
        Schedule.OneOff schedule = (Schedule.OneOff) ScheduleExpressions.translate(EXPR, "at(2025-03-30T02:30:00)",
                TZ, "Europe/Berlin").value();
        assertThat(schedule.at()).isEqualTo(Instant.parse("2025-03-30T01:30:00Z"));
        assertThat(schedule.notes()).singleElement().asString().contains("daylight-saving gap");
    }

    @Test
    void atInDaylightSavingOverlapRunsAtTheEarlierOneAndSaysSo() {
        Schedule.OneOff schedule = (Schedule.OneOff) ScheduleExpressions.translate(EXPR, "at(2025-10-26T02:30:00)",
                TZ, "Europe/Berlin").value();
        assertThat(schedule.at()).isEqualTo(Instant.parse("2025-10-26T00:30:00Z"));
        assertThat(schedule.notes()).singleElement().asString().contains("occurs twice");
    }

    @ParameterizedTest
    @ValueSource(strings = {"at(2025-02-30T10:00:00)", "at(2025-03-01 09:30:00)", "at(2025-03-01T09:30)",
            "at(2025-03-01T24:00:00)", "at(tomorrow)", "at()"})
    void invalidAtIsRejected(String expression) {
        assertViolations(translate(expression), EXPR, "is not a valid date and time; write at(yyyy-mm-ddThh:mm:ss)");
    }

    // ------------------------------------------------------------------ not an expression

    @ParameterizedTest
    @ValueSource(strings = {"every 5 minutes", "CRON(0 12 * * ? *)", "0 12 * * *", "cron 0 12 * * ? *"})
    void unknownExpressionFormIsRejected(String expression) {
        assertViolations(translate(expression), EXPR, "is not a schedule expression; write cron(");
    }

    @ParameterizedTest
    @NullAndEmptySource
    void missingExpressionIsRejected(String expression) {
        assertViolations(translate(expression), EXPR, "a schedule expression is required");
    }
}
