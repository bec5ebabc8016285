package com.vmsflow.gateway.report;

import com.vmsflow.gateway.errors.ApiException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The days a report covers, {@code from} and {@code to} both included, counted in India time: from 00:00 IST on
 * {@code from} up to, not including, 00:00 IST on the day after {@code to}.
 */
record ReportPeriod(LocalDate from, LocalDate to) {

    static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");
    static final int MAX_DAYS = 366;

    // Four-digit years only: LocalDate would also take "+999999-01-01", which PostgreSQL cannot store.
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** The period of the query parameters; 422 naming each bad one. */
    static ReportPeriod parse(String from, String to) {
        Map<String, String> problems = new TreeMap<>();
        LocalDate start = date("from", from, problems);
        LocalDate end = date("to", to, problems);
        if (problems.isEmpty()) {
            if (end.isBefore(start)) {
                problems.put("to", "must not be before from");
            } else if (ChronoUnit.DAYS.between(start, end) + 1 > MAX_DAYS) {
                problems.put("to", "must be within " + MAX_DAYS + " days of from, both included");
            }
        }
        if (!problems.isEmpty()) {
            throw ApiException.validationFailed(problems);
        }
        return new ReportPeriod(start, end);
    }

    Instant start() {
        return from.atStartOfDay(INDIA).toInstant();
    }

    /** Exclusive. */
    Instant end() {
        return to.plusDays(1).atStartOfDay(INDIA).toInstant();
    }

    private static LocalDate date(String parameter, String value, Map<String, String> problems) {
        if (value == null || value.isEmpty()) {
            problems.put(parameter, "is required (yyyy-MM-dd)");
            return null;
        }
        if (DATE.matcher(value).matches()) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                // falls through: a day that does not exist, such as 2026-02-30
            }
        }
        problems.put(parameter, "must be a date (yyyy-MM-dd)");
        return null;
    }
}
