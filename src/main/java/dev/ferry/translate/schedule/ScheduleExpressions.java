package dev.ferry.translate.schedule;

import dev.ferry.translate.Result;
import dev.ferry.translate.Violation;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * EventBridge schedule expressions ({@code cron(...)}, {@code rate(...)}, {@code at(...)}) to
 * Kubernetes CronJob schedules. The rules are those of ecs-reference.md §6 and
 * docs/mapping/schedules.md; anything Kubernetes cron cannot express exactly is a violation,
 * and anything it expresses only approximately is a note on the result.
 */
public final class ScheduleExpressions {
    /** EventBridge rules are evaluated in UTC; Ferry always sets the CronJob's timeZone. */
    public static final String DEFAULT_TIME_ZONE = "Etc/UTC";

    private static final Pattern EXPRESSION = Pattern.compile("(cron|rate|at)\\((.*)\\)", Pattern.DOTALL);
    private static final Pattern RATE = Pattern.compile("\\s*(\\d+)\\s+([A-Za-z]+)\\s*");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,4}");
    private static final Pattern LAST_WEEKDAY = Pattern.compile("(\\d+|SUN|MON|TUE|WED|THU|FRI|SAT)L");
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final String SYNTAX = "write cron(minutes hours day-of-month month day-of-week year), "
            + "rate(value unit) or at(yyyy-mm-ddThh:mm:ss)";
    private static final String EVEN_RATES = "use minutes that divide an hour (1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30), "
            + "hours that divide a day (1, 2, 3, 4, 6, 8, 12), 1 day or 7 days, or write a cron() expression";

    private ScheduleExpressions() {
    }

    /**
     * Translates a schedule expression and its optional time zone.
     *
     * @param expressionField path of the expression field, used in violations
     * @param expression      {@code cron(...)}, {@code rate(...)} or {@code at(...)}
     * @param timeZoneField   path of the time zone field, used in violations
     * @param timeZone        IANA time zone name, or null/blank for {@value #DEFAULT_TIME_ZONE}
     */
    public static Result<Schedule> translate(String expressionField, String expression,
                                             String timeZoneField, String timeZone) {
        List<Violation> violations = new ArrayList<>();
        String zone = timeZone(timeZone);
        if (zone == null) {
            violations.add(new Violation(timeZoneField, "\"" + timeZone + "\" is not an IANA time zone name; "
                    + "write a tz database name such as Europe/Berlin, America/New_York or Etc/UTC "
                    + "(a CronJob does not accept offsets such as +02:00)"));
            zone = DEFAULT_TIME_ZONE;
        }
        List<String> problems = new ArrayList<>();
        Schedule schedule = expression(expression, zone, problems);
        problems.forEach(p -> violations.add(new Violation(expressionField, p)));
        return violations.isEmpty() ? Result.ok(schedule) : Result.invalid(violations);
    }

    private static String timeZone(String timeZone) {
        if (timeZone == null || timeZone.isBlank()) {
            return DEFAULT_TIME_ZONE;
        }
        return ZoneId.getAvailableZoneIds().contains(timeZone) ? timeZone : null;
    }

    private static Schedule expression(String expression, String zone, List<String> problems) {
        if (expression == null || expression.isBlank()) {
            problems.add("a schedule expression is required; " + SYNTAX);
            return null;
        }
        Matcher m = EXPRESSION.matcher(expression.strip());
        if (!m.matches()) {
            problems.add("\"" + expression + "\" is not a schedule expression; " + SYNTAX);
            return null;
        }
        return switch (m.group(1)) {
            case "cron" -> cron(m.group(2), zone, problems);
            case "rate" -> rate(m.group(2), zone, problems);
            default -> at(m.group(2), zone, problems);
        };
    }

    // ---------------------------------------------------------------- cron

    /** An EventBridge cron field: its range, its names, and the shift from EventBridge to Kubernetes numbering. */
    private enum Field {
        MINUTES("minutes", 0, 59, Map.of(), 0, false),
        HOURS("hours", 0, 23, Map.of(), 0, false),
        DAY_OF_MONTH("day-of-month", 1, 31, Map.of(), 0, true),
        MONTH("month", 1, 12, Map.ofEntries(Map.entry("JAN", 1), Map.entry("FEB", 2), Map.entry("MAR", 3),
                Map.entry("APR", 4), Map.entry("MAY", 5), Map.entry("JUN", 6), Map.entry("JUL", 7),
                Map.entry("AUG", 8), Map.entry("SEP", 9), Map.entry("OCT", 10), Map.entry("NOV", 11),
                Map.entry("DEC", 12)), 0, false),
        /** EventBridge counts 1 = SUN .. 7 = SAT; Kubernetes 0 = SUN .. 6 = SAT. Names mean the same day in both. */
        DAY_OF_WEEK("day-of-week", 1, 7, Map.of("SUN", 1, "MON", 2, "TUE", 3, "WED", 4, "THU", 5, "FRI", 6,
                "SAT", 7), -1, true),
        YEAR("year", 1970, 2199, Map.of(), 0, false);

        final String label;
        final int min;
        final int max;
        final Map<String, Integer> names;
        final int shift;
        final boolean questionMark;

        Field(String label, int min, int max, Map<String, Integer> names, int shift, boolean questionMark) {
            this.label = label;
            this.min = min;
            this.max = max;
            this.names = names;
            this.shift = shift;
            this.questionMark = questionMark;
        }

        String range() {
            String numbers = min + "-" + max;
            return switch (this) {
                case MONTH -> numbers + " or JAN-DEC";
                case DAY_OF_WEEK -> numbers + " (1 = SUN) or SUN-SAT";
                default -> numbers;
            };
        }
    }

    private static Schedule cron(String body, String zone, List<String> problems) {
        String[] fields = body.strip().split("\\s+");
        if (fields.length != 6) {
            String hint = fields.length == 5
                    ? "; EventBridge cron has a sixth field, the year: add * to run every year"
                    : "";
            problems.add("cron(" + body + ") has " + (body.isBlank() ? 0 : fields.length)
                    + " fields; EventBridge cron needs 6: minutes hours day-of-month month day-of-week year" + hint);
            return null;
        }
        int before = problems.size();
        String minutes = field(Field.MINUTES, fields[0], problems);
        String hours = field(Field.HOURS, fields[1], problems);
        String dayOfMonth = field(Field.DAY_OF_MONTH, fields[2], problems);
        String month = field(Field.MONTH, fields[3], problems);
        String dayOfWeek = field(Field.DAY_OF_WEEK, fields[4], problems);
        year(fields[5], problems);
        boolean domAny = fields[2].equals("?");
        boolean dowAny = fields[4].equals("?");
        if (domAny == dowAny) {
            problems.add("cron(" + body + "): " + (domAny
                    ? "day-of-month and day-of-week cannot both be ?; give one of them a value or *"
                    : "one of day-of-month and day-of-week must be ?, e.g. cron(0 12 * * ? *) "
                    + "or cron(0 12 ? * MON-FRI *)"));
        }
        if (problems.size() > before) {
            return null;
        }
        return new Schedule.Recurring(String.join(" ", minutes, hours, dayOfMonth, month, dayOfWeek), zone, List.of());
    }

    /** The year field: * is dropped; any restriction cannot be expressed (a CronJob has no year). */
    private static void year(String text, List<String> problems) {
        if (text.equals("*")) {
            return;
        }
        if (field(Field.YEAR, text, problems) != null) {
            problems.add("year \"" + text + "\": a Kubernetes CronJob has no year field, so a schedule limited "
                    + "to some years cannot be expressed; use * and suspend or delete the schedule when it should stop");
        }
    }

    /** One field, translated to Kubernetes syntax, or null after adding a problem. */
    private static String field(Field field, String text, List<String> problems) {
        String label = field.label + " \"" + text + "\"";
        if (text.equals("?")) {
            if (!field.questionMark) {
                problems.add(label + ": ? is only allowed in day-of-month and day-of-week");
                return null;
            }
            return "*";
        }
        Set<String> unsupported = unsupportedFeatures(field, text);
        if (!unsupported.isEmpty()) {
            for (String feature : unsupported) {
                problems.add(label + ": " + feature + " cannot be expressed in a Kubernetes cron schedule; "
                        + "list the days explicitly, or run on every candidate day and let the task decide");
            }
            return null;
        }
        if (text.contains("?")) {
            problems.add(label + ": ? must be the whole field, not part of a list");
            return null;
        }
        List<String> out = new ArrayList<>();
        for (String item : text.split(",", -1)) {
            String translated = item(field, item, label, problems);
            if (translated == null) {
                return null;
            }
            out.add(translated);
        }
        return String.join(",", out);
    }

    private static Set<String> unsupportedFeatures(Field field, String text) {
        Set<String> features = new LinkedHashSet<>();
        for (String item : text.toUpperCase(Locale.ROOT).split(",")) {
            if (field == Field.DAY_OF_MONTH) {
                if (item.contains("LW")) {
                    features.add("LW (the last weekday of the month)");
                } else if (item.contains("L")) {
                    features.add("L (the last day of the month)");
                } else if (item.contains("W")) {
                    features.add("W (the weekday nearest a day of the month)");
                }
            } else if (field == Field.DAY_OF_WEEK) {
                if (item.contains("#")) {
                    features.add("# (the nth weekday of the month, as in 6#3)");
                } else if (LAST_WEEKDAY.matcher(item).matches()) {
                    features.add("nL (the last given weekday of the month, as in 6L)");
                } else if (item.equals("L")) {
                    features.add("L (the last day of the week)");
                }
            }
        }
        return features;
    }

    /** One list element: {@code *}, {@code v}, {@code a-b}, each optionally with {@code /step}. */
    private static String item(Field field, String item, String label, List<String> problems) {
        if (item.isEmpty()) {
            problems.add(label + ": a list has an empty element");
            return null;
        }
        String base = item;
        String step = "";
        int slash = item.indexOf('/');
        if (slash >= 0) {
            base = item.substring(0, slash);
            String stepText = item.substring(slash + 1);
            if (!DIGITS.matcher(stepText).matches() || Integer.parseInt(stepText) == 0) {
                problems.add(label + ": the increment after / must be a positive whole number, as in 0/15");
                return null;
            }
            step = "/" + Integer.parseInt(stepText);
        }
        if (base.equals("*")) {
            return "*" + step;
        }
        int dash = base.indexOf('-');
        if (dash >= 0) {
            String from = base.substring(0, dash);
            String to = base.substring(dash + 1);
            Integer a = value(field, from, label, problems);
            Integer b = a == null ? null : value(field, to, label, problems);
            if (b == null) {
                return null;
            }
            if (a > b) {
                problems.add(label + ": the range " + base + " runs backwards; write it as two ranges, e.g. "
                        + from + "-" + field.max + "," + field.min + "-" + to);
                return null;
            }
            return output(field, from) + "-" + output(field, to) + step;
        }
        if (value(field, base, label, problems) == null) {
            return null;
        }
        // EventBridge "a/b" starts at a and runs to the end of the field; spell the range out.
        return step.isEmpty() ? output(field, base) : output(field, base) + "-" + (field.max + field.shift) + step;
    }

    /** The EventBridge number of a value or name, or null after adding a problem. */
    private static Integer value(Field field, String token, String label, List<String> problems) {
        Integer value = DIGITS.matcher(token).matches()
                ? Integer.valueOf(token)
                : field.names.get(token.toUpperCase(Locale.ROOT));
        if (value == null || value < field.min || value > field.max) {
            problems.add(label + ": \"" + token + "\" is not a valid " + field.label + " value; use " + field.range());
            return null;
        }
        return value;
    }

    /** A value in Kubernetes syntax: numbers shifted to Kubernetes numbering, names upper-cased. */
    private static String output(Field field, String token) {
        return DIGITS.matcher(token).matches()
                ? Integer.toString(Integer.parseInt(token) + field.shift)
                : token.toUpperCase(Locale.ROOT);
    }

    // ---------------------------------------------------------------- rate

    private static Schedule rate(String body, String zone, List<String> problems) {
        String expression = "rate(" + body + ")";
        Matcher m = RATE.matcher(body);
        if (!m.matches()) {
            problems.add(expression + " is not a rate expression; write rate(value unit) with a positive whole "
                    + "number and minute, minutes, hour, hours, day or days, as in rate(5 minutes)");
            return null;
        }
        String unit = m.group(2).toLowerCase(Locale.ROOT);
        long perUnit = switch (unit) {
            case "minute", "minutes" -> 1;
            case "hour", "hours" -> 60;
            case "day", "days" -> 1440;
            default -> 0;
        };
        if (perUnit == 0) {
            problems.add(expression + ": the unit must be minute, minutes, hour, hours, day or days");
            return null;
        }
        if (m.group(1).length() > 9) {
            problems.add(expression + ": the value is too large to schedule");
            return null;
        }
        long value = Long.parseLong(m.group(1));
        String singular = unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit;
        if (value == 0) {
            problems.add(expression + ": the value must be a positive number");
            return null;
        }
        if (value == 1 && unit.endsWith("s")) {
            problems.add(expression + ": EventBridge requires the singular unit for a value of 1; write rate(1 "
                    + singular + ")");
            return null;
        }
        if (value > 1 && !unit.endsWith("s")) {
            problems.add(expression + ": EventBridge requires the plural unit for a value above 1; write rate("
                    + value + " " + singular + "s)");
            return null;
        }
        long minutes = value * perUnit;
        String cron;
        String clock;
        if (minutes % 1440 == 0 && (minutes == 1440 || minutes == 7 * 1440)) {
            cron = minutes == 1440 ? "0 0 * * *" : "0 0 * * 0";
            clock = minutes == 1440 ? "daily at 00:00" : "weekly on Sunday at 00:00";
        } else if (minutes % 1440 == 0) {
            problems.add(expression + " cannot be expressed as a Kubernetes cron schedule: a CronJob fires at fixed "
                    + "calendar times, and an interval of " + minutes / 1440 + " days does not fit evenly into months "
                    + "or weeks; " + EVEN_RATES);
            return null;
        } else if (minutes % 60 == 0 && 24 % (minutes / 60) == 0) {
            long hours = minutes / 60;
            cron = hours == 1 ? "0 * * * *" : "0 */" + hours + " * * *";
            clock = hours == 1 ? "every hour at minute 0" : "every " + hours + " hours from 00:00";
        } else if (minutes % 60 == 0) {
            problems.add(expression + " cannot be expressed as a Kubernetes cron schedule: a CronJob fires at fixed "
                    + "clock times, and " + minutes / 60 + " hours does not divide a day evenly, so the interval "
                    + "across midnight would differ; " + EVEN_RATES);
            return null;
        } else if (minutes < 60 && 60 % minutes == 0) {
            cron = minutes == 1 ? "* * * * *" : "*/" + minutes + " * * * *";
            clock = minutes == 1 ? "every minute" : "every " + minutes + " minutes from minute 0 of the hour";
        } else {
            problems.add(expression + " cannot be expressed as a Kubernetes cron schedule: a CronJob fires at fixed "
                    + "clock times, and " + minutes + " minutes does not divide an hour or a day evenly, so the "
                    + "interval would not stay " + minutes + " minutes; " + EVEN_RATES);
            return null;
        }
        List<String> notes = new ArrayList<>();
        if (minutes > 1) {
            notes.add(expression + " counts from when the EventBridge rule was created; the CronJob runs " + clock
                    + " (" + zone + "): the same interval, but it may start at a different time"
                    + (minutes == 7 * 1440 ? ", and on a different weekday" : ""));
        }
        return new Schedule.Recurring(cron, zone, notes);
    }

    // ---------------------------------------------------------------- at

    private static Schedule at(String body, String zone, List<String> problems) {
        LocalDateTime local;
        try {
            local = LocalDateTime.parse(body.strip(), AT);
        } catch (DateTimeParseException e) {
            problems.add("at(" + body + ") is not a valid date and time; write at(yyyy-mm-ddThh:mm:ss), "
                    + "e.g. at(2025-03-01T09:30:00)");
            return null;
        }
        ZoneId zoneId = ZoneId.of(zone);
        List<ZoneOffset> offsets = zoneId.getRules().getValidOffsets(local);
        ZonedDateTime zoned = ZonedDateTime.ofLocal(local, zoneId, null);
        List<String> notes = new ArrayList<>();
        if (offsets.isEmpty()) {
            notes.add("at(" + body + ") falls in a daylight-saving gap in " + zone + "; the run is at "
                    + zoned.toLocalDateTime() + " " + zoned.getOffset() + " instead");
        } else if (offsets.size() > 1) {
            notes.add("at(" + body + ") occurs twice in " + zone + " (daylight-saving overlap); the run is at the "
                    + "earlier one, offset " + zoned.getOffset());
        }
        return new Schedule.OneOff(local, zone, zoned.toInstant(), notes);
    }
}
