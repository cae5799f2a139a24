package kz.egmis.ingestion.internal.store;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;

import kz.egmis.identity.Sex;
import kz.egmis.ingestion.domain.Reference;
import kz.egmis.platform.KazakhstanTime;

/** How domain values become column values: days as epoch days in UTC+05:00, instants as epoch seconds. */
final class Columns {

    private Columns() {
    }

    static Integer day(LocalDate day) {
        return day == null ? null : KazakhstanTime.epochDay(day);
    }

    static Long seconds(Instant instant) {
        return instant == null ? null : instant.getEpochSecond();
    }

    /** Money as the numeric(16,2) column keeps it, so the rows digest is computed on the stored value. */
    static BigDecimal money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP);
    }

    static BigDecimal quantity(BigDecimal quantity) {
        return quantity == null ? null : quantity.setScale(3, RoundingMode.HALF_UP);
    }

    static String sex(Sex sex) {
        return sex == null ? null : sex == Sex.MALE ? "M" : "F";
    }

    static String resourceId(Reference reference) {
        return reference == null ? null : reference.literalId();
    }

    static String iin(Reference reference) {
        return reference == null || reference.iin() == null ? null : reference.iin().value();
    }

    static String bin(Reference reference) {
        return reference == null || reference.bin() == null ? null : reference.bin().value();
    }
}
