package kz.egmis.ingestion.internal.csv;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A non-negative number as legacy exports write it: digits, optionally grouped by threes with a space (also a
 * no-break space, as spreadsheets write it), then optionally a comma or a dot and one or two decimals:
 * {@code 7400}, {@code 7400,5}, {@code 7400.00}, {@code 7 400,50}. Three digits after the mark are refused,
 * since {@code 1.234} may mean 1234 with a thousands dot; both marks ({@code 1.234,56}) are refused for the
 * same reason: which convention the export used cannot be known.
 */
final class DecimalText {

    private static final int MOST_INTEGER_DIGITS = 15;
    private static final Pattern NUMBER = Pattern.compile(
            "(\\d+|\\d{1,3}(?:[ \\u00A0\\u202F]\\d{3})+)(?:[.,](\\d{1,2}))?");
    private static final Pattern GROUP_SPACE = Pattern.compile("[ \\u00A0\\u202F]");
    private static final Pattern TOO_MANY_DECIMALS = Pattern.compile("[\\d \\u00A0\\u202F]+[.,]\\d{3,}");
    private static final String FORM = "digits with an optional ',' or '.' and at most 2 decimals, e.g. 7400 or 7400,50";

    private DecimalText() {
    }

    /** The number, or null when {@code text} is not one in the accepted form (see {@link #problem}). */
    static BigDecimal parse(String text) {
        Matcher matcher = NUMBER.matcher(text);
        if (!matcher.matches()) {
            return null;
        }
        String integer = GROUP_SPACE.matcher(matcher.group(1)).replaceAll("");
        if (integer.length() > MOST_INTEGER_DIGITS) {
            return null;
        }
        String decimals = matcher.group(2);
        return new BigDecimal(decimals == null ? integer : integer + "." + decimals);
    }

    /** Why {@link #parse} refused {@code text} and what to send instead, to follow "{@code <column>: }". */
    static String problem(String text) {
        String shown = "'" + RowChecks.shown(text) + "'";
        if (text.isEmpty()) {
            return "is empty: send " + FORM;
        }
        if (text.startsWith("-")) {
            return shown + " is negative: send " + FORM;
        }
        if (text.indexOf('.') >= 0 && text.indexOf(',') >= 0) {
            return shown + " has both '.' and ',', so its decimal mark is ambiguous: send " + FORM
                    + ", without thousands separators other than spaces";
        }
        if (TOO_MANY_DECIMALS.matcher(text).matches()) {
            return shown + " has 3 or more digits after the decimal mark, which could be a thousands separator: send "
                    + FORM;
        }
        Matcher matcher = NUMBER.matcher(text);
        if (matcher.matches()) {
            return shown + " has more than " + MOST_INTEGER_DIGITS + " digits before the decimal mark: check the value";
        }
        return shown + " is not a number: send " + FORM;
    }
}
