package kz.egmis.analytics.internal;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import kz.egmis.platform.KazakhstanTime;

/** Months as the analytics tables count them: month indexes (year * 12 + month - 1) of UTC+05:00 calendar months. */
final class Months {

    private Months() {
    }

    static int index(YearMonth month) {
        return month.getYear() * 12 + month.getMonthValue() - 1;
    }

    static YearMonth month(int index) {
        return YearMonth.of(Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1);
    }

    static String text(int index) {
        return month(index).toString();
    }

    /** A month written {@code YYYY-MM}; empty when it is not one. */
    static Optional<Integer> parse(String text) {
        try {
            return text == null || !text.matches("\\d{4}-\\d{2}") ? Optional.empty()
                    : Optional.of(index(YearMonth.parse(text)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static int firstDay(int index) {
        return KazakhstanTime.epochDay(month(index).atDay(1));
    }

    static int lastDay(int index) {
        return KazakhstanTime.epochDay(month(index).atEndOfMonth());
    }
}
