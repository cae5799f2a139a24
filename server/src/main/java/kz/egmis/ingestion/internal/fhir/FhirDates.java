package kz.egmis.ingestion.internal.fhir;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.Period;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import kz.egmis.platform.KazakhstanTime;

import static kz.egmis.ingestion.internal.fhir.IssueCollector.shown;

/**
 * Dates and date-times as the standard reads them: a date-only value is a day in UTC+05:00, a time needs an
 * offset, nothing may lie more than 24 hours ahead of the clock (the slack absorbs clock skew and time zones
 * of senders), and the rules need whole days, so a year or a month alone is refused.
 */
final class FhirDates {

    private static final Duration FUTURE_SLACK = Duration.ofHours(24);

    private final Clock clock;

    FhirDates(Clock clock) {
        this.clock = clock;
    }

    /**
     * One value: the instant it starts, its Kazakhstan day, and whether it was sent without a time.
     */
    record Moment(Instant start, LocalDate day, boolean dateOnly) {

        /** The end of a period that ends with this value: a date-only end includes its whole day. */
        Instant exclusiveEnd() {
            return dateOnly ? day.plusDays(1).atStartOfDay(KazakhstanTime.OFFSET).toInstant() : start;
        }

        boolean isBefore(Moment start) {
            // A date-only end is the last day of the period, so it only has to be on or after the start's day.
            return dateOnly ? day.isBefore(start.day) : this.start.isBefore(start.start);
        }
    }

    /** An inclusive range of days; end is null when open. */
    record DayRange(LocalDate start, LocalDate end) {
    }

    /** The value read, or null when absent or unusable (the issue is then reported). */
    Moment moment(BaseDateTimeType value, String location, IssueCollector issues) {
        String text = value == null ? null : value.getValueAsString();
        if (text == null || text.isBlank()) {
            return null;
        }
        TemporalPrecisionEnum precision = value.getPrecision();
        if (precision == TemporalPrecisionEnum.YEAR || precision == TemporalPrecisionEnum.MONTH) {
            issues.value(location, shown(text) + " is only a " + (precision == TemporalPrecisionEnum.YEAR ? "year"
                    : "month") + ", but EGMIS needs the day: send a full date, YYYY-MM-DD");
            return null;
        }
        Moment moment = precision == TemporalPrecisionEnum.DAY ? day(text, location, issues)
                : time(text, location, issues);
        if (moment != null && moment.start().isAfter(clock.instant().plus(FUTURE_SLACK))) {
            issues.value(location, shown(text) + " is more than 24 hours in the future: check the date");
            return null;
        }
        return moment;
    }

    /** The Kazakhstan day of the value, or null when absent or unusable. */
    LocalDate day(BaseDateTimeType value, String location, IssueCollector issues) {
        Moment moment = moment(value, location, issues);
        return moment == null ? null : moment.day();
    }

    /**
     * The days of a period, end on or after start; null when the period is absent. Either day is null when not
     * sent (or unusable, the issue then reported).
     */
    DayRange days(Period period, String location, boolean startRequired, IssueCollector issues) {
        if (startRequired && (period == null || !period.hasStart())) {
            issues.required(location + ".start", "the start is required: send it as a date, YYYY-MM-DD");
        }
        if (period == null || period.isEmpty()) {
            return null;
        }
        Moment start = moment(period.getStartElement(), location + ".start", issues);
        Moment end = moment(period.getEndElement(), location + ".end", issues);
        endsInOrder(start, end, period, location, issues);
        return new DayRange(start == null ? null : start.day(), end == null ? null : end.day());
    }

    /** Reports an end before the start; nothing to check unless both were read. */
    static void endsInOrder(Moment start, Moment end, Period period, String location, IssueCollector issues) {
        if (start != null && end != null && end.isBefore(start)) {
            issues.value(location + ".end", "the end " + shown(period.getEndElement().getValueAsString())
                    + " is before the start " + shown(period.getStartElement().getValueAsString())
                    + ": send an end on or after the start");
        }
    }

    private static Moment day(String text, String location, IssueCollector issues) {
        try {
            LocalDate day = LocalDate.parse(text);
            return new Moment(day.atStartOfDay(KazakhstanTime.OFFSET).toInstant(), day, true);
        } catch (DateTimeParseException notADate) {
            issues.value(location, shown(text) + " is not a date: send YYYY-MM-DD");
            return null;
        }
    }

    private static Moment time(String text, String location, IssueCollector issues) {
        try {
            OffsetDateTime time = OffsetDateTime.parse(text);
            return new Moment(time.toInstant(), time.atZoneSameInstant(KazakhstanTime.OFFSET).toLocalDate(), false);
        } catch (DateTimeParseException notWithOffset) {
            issues.value(location, shown(text) + (isLocalDateTime(text)
                    ? " has a time but no UTC offset, so the moment is unknown: add the offset, e.g. +05:00"
                    : " is not a date-time: send e.g. 2024-03-01T09:30:00+05:00"));
            return null;
        }
    }

    private static boolean isLocalDateTime(String text) {
        try {
            LocalDateTime.parse(text);
            return true;
        } catch (DateTimeParseException notEvenThat) {
            return false;
        }
    }
}
