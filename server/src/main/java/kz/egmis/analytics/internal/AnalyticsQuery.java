package kz.egmis.analytics.internal;

import java.util.Optional;

import org.springframework.http.ResponseEntity;

import kz.egmis.platform.ApiErrors;

/** The parameters analytics paths share, checked: a month range (bounded), a limit, a page. */
final class AnalyticsQuery {

    static final String INVALID = "ANALYTICS_QUERY_INVALID";
    static final int MAXIMUM_MONTHS = 60;

    /** A checked range of months (indexes), or the error to answer. */
    record MonthRange(int from, int to, ResponseEntity<Object> error) {

        boolean invalid() {
            return error != null;
        }
    }

    private AnalyticsQuery() {
    }

    /** {@code from} and {@code to} as {@code YYYY-MM}; missing ones default to the 12 months up to {@code latest}. */
    static MonthRange months(String from, String to, int latest) {
        Optional<Integer> fromMonth = Months.parse(from);
        Optional<Integer> toMonth = Months.parse(to);
        if ((from != null && fromMonth.isEmpty()) || (to != null && toMonth.isEmpty())) {
            return new MonthRange(0, 0, invalid("'from' and 'to' are months written YYYY-MM (months in UTC+05:00),"
                    + " e.g. from=2026-01&to=2026-06."));
        }
        int last = toMonth.orElse(fromMonth.map(month -> Math.max(month, latest)).orElse(latest));
        int first = fromMonth.orElse(last - 11);
        if (first > last) {
            return new MonthRange(0, 0, invalid("'from' (" + from + ") is after 'to' (" + Months.text(last) + ")."));
        }
        if (last - first + 1 > MAXIMUM_MONTHS) {
            return new MonthRange(0, 0, invalid("At most " + MAXIMUM_MONTHS + " months per request: ask for a shorter"
                    + " range of 'from' and 'to'."));
        }
        return new MonthRange(first, last, null);
    }

    /** A whole number between {@code minimum} and {@code maximum}, or null. */
    static Integer number(String text, int minimum, int maximum) {
        try {
            int value = Integer.parseInt(text);
            return value < minimum || value > maximum ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static ResponseEntity<Object> invalid(String message) {
        return ApiErrors.of(400, INVALID, message);
    }
}
