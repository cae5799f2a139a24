package kz.egmis.web.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How the pages write values: days as dd.MM.yyyy, times in Asia/Almaty, money as {@code 1 234 567 ₸}. */
final class Formats {

    static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private Formats() {
    }

    static String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(ALMATY));
    }

    /** Whole tenge with a space between each group of three digits, and the tenge sign. */
    static String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        String digits = amount.setScale(0, RoundingMode.HALF_UP).abs().toPlainString();
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                grouped.append(' ');
            }
            grouped.append(digits.charAt(i));
        }
        return (amount.signum() < 0 ? "−" : "") + grouped + " ₸";
    }
}
