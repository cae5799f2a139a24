package kz.egmis.ingestion.internal.csv;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kz.egmis.identity.Bin;
import kz.egmis.identity.Iin;
import kz.egmis.identity.InvalidIdentifierException;
import kz.egmis.ingestion.domain.ValidationIssue;
import kz.egmis.platform.KazakhstanTime;

/**
 * The checks the formats share, collecting every issue of a row rather than stopping at the first. Each check
 * returns the parsed value, or null after recording why it failed. Messages are written to follow
 * "{@code <column>: }", as {@link ValidationIssue#toString()} prints them.
 */
final class RowChecks {

    static final int LONGEST_RECORD_NUMBER = 64;
    private static final int LONGEST_SHOWN = 64;
    private static final Duration FUTURE_TOLERANCE = Duration.ofHours(24);
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern RUSSIAN_DATE = Pattern.compile("(\\d{2})\\.(\\d{2})\\.(\\d{4})");

    private final Clock clock;
    private final List<ValidationIssue> issues = new ArrayList<>();

    RowChecks(Clock clock) {
        this.clock = clock;
    }

    boolean passed() {
        return issues.isEmpty();
    }

    List<ValidationIssue> issues() {
        return issues;
    }

    void add(ValidationIssue issue) {
        issues.add(issue);
    }

    /** @param whose e.g. "the patient", for the message when the value is missing */
    Iin iin(String column, String value, String whose) {
        if (value.isEmpty()) {
            issues.add(ValidationIssue.required(column, "is empty: send the 12-digit IIN of " + whose));
            return null;
        }
        try {
            return Iin.parse(value);
        } catch (InvalidIdentifierException invalid) {
            issues.add(ValidationIssue.value(column, invalid.getMessage()));
            return null;
        }
    }

    Bin bin(String column, String value, String whose) {
        if (value.isEmpty()) {
            issues.add(ValidationIssue.required(column, "is empty: send the 12-digit BIN of " + whose));
            return null;
        }
        try {
            return Bin.parse(value);
        } catch (InvalidIdentifierException invalid) {
            issues.add(ValidationIssue.value(column, invalid.getMessage()));
            return null;
        }
    }

    /** A {@code YYYY-MM-DD} date; empty is missing. */
    LocalDate isoDate(String column, String value) {
        return date(column, value, ISO_DATE, 1, 2, 3, "YYYY-MM-DD, e.g. 2026-01-05");
    }

    /** A {@code DD.MM.YYYY} date; empty is missing. */
    LocalDate russianDate(String column, String value) {
        return date(column, value, RUSSIAN_DATE, 3, 2, 1, "DD.MM.YYYY, e.g. 05.01.2026");
    }

    /** Records an issue when the day starts more than 24 hours after now (standard, section 3). */
    void notInFuture(String column, LocalDate day) {
        Instant start = Instant.ofEpochSecond(KazakhstanTime.startOfDayEpochSeconds(day));
        if (start.isAfter(clock.instant().plus(FUTURE_TOLERANCE))) {
            issues.add(ValidationIssue.value(column, day + " is more than 24 hours in the future"
                    + " (Kazakhstan time): send the day it happened, not a planned day"));
        }
    }

    /** The source's record number: 1-64 characters. */
    String recordNumber(String column, String value) {
        if (value.isEmpty()) {
            issues.add(ValidationIssue.required(column, "is empty: send the record's number in the source system"
                    + " (1-" + LONGEST_RECORD_NUMBER + " characters), which identifies the row when it is sent again"));
            return null;
        }
        if (value.length() > LONGEST_RECORD_NUMBER) {
            issues.add(ValidationIssue.value(column, "'" + shown(value) + "' has " + value.length()
                    + " characters: send at most " + LONGEST_RECORD_NUMBER));
            return null;
        }
        return value;
    }

    /** The value in quotes, cut short when long, for a message. */
    static String shown(String value) {
        return value.length() <= LONGEST_SHOWN ? value : value.substring(0, LONGEST_SHOWN) + "...";
    }

    private LocalDate date(String column, String value, Pattern pattern, int yearGroup, int monthGroup, int dayGroup,
                           String form) {
        if (value.isEmpty()) {
            issues.add(ValidationIssue.required(column, "is empty: send the date as " + form));
            return null;
        }
        Matcher matcher = pattern.matcher(value);
        if (matcher.matches()) {
            try {
                return LocalDate.of(Integer.parseInt(matcher.group(yearGroup)),
                        Integer.parseInt(matcher.group(monthGroup)), Integer.parseInt(matcher.group(dayGroup)));
            } catch (DateTimeException notADay) {
                issues.add(ValidationIssue.value(column, "'" + value + "' is not a calendar date: send a real date as "
                        + form));
                return null;
            }
        }
        issues.add(ValidationIssue.value(column, "'" + shown(value) + "' is not a date as " + form
                + ": send it in that form"));
        return null;
    }
}
