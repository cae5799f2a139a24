package kz.egmis.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The one clock convention of EGMIS: a "day" is a calendar day in UTC+05:00, stored as an epoch day, and
 * an instant is stored as epoch seconds. Integers keep rule SQL identical on PostgreSQL and Spark SQL.
 */
public final class KazakhstanTime {

    public static final ZoneOffset OFFSET = ZoneOffset.ofHours(5);

    private KazakhstanTime() {
    }

    public static long epochSeconds(Instant instant) {
        return instant.getEpochSecond();
    }

    public static long epochSeconds(OffsetDateTime dateTime) {
        return dateTime.toEpochSecond();
    }

    /** The Kazakhstan calendar day an instant falls on. */
    public static int epochDay(Instant instant) {
        return Math.toIntExact(instant.atOffset(OFFSET).toLocalDate().toEpochDay());
    }

    public static int epochDay(LocalDate day) {
        return Math.toIntExact(day.toEpochDay());
    }

    public static LocalDate day(int epochDay) {
        return LocalDate.ofEpochDay(epochDay);
    }

    /** The first second of a Kazakhstan day: a date-only value is that day in UTC+05:00. */
    public static long startOfDayEpochSeconds(LocalDate day) {
        return day.atStartOfDay().toEpochSecond(OFFSET);
    }
}
