package kz.egmis.reference.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** One data line of a reference file, read by column name with strict typed accessors. */
final class ReferenceRow {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]+");
    // A plain decimal: no thousands separator, no exponent, a dot for decimals.
    private static final Pattern AMOUNT = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private final ReferenceTable table;
    private final int lineNumber;
    private final List<String> fields;

    ReferenceRow(ReferenceTable table, int lineNumber, List<String> fields) {
        this.table = table;
        this.lineNumber = lineNumber;
        this.fields = fields;
    }

    int lineNumber() {
        return lineNumber;
    }

    /** The value, which must not be empty. */
    String text(String column) {
        String value = optionalText(column);
        if (value.isEmpty()) {
            throw invalid(column, "the value is empty, but one is required.");
        }
        return value;
    }

    /** The value, possibly empty. */
    String optionalText(String column) {
        return fields.get(table.columnIndex(column));
    }

    /** A whole number of 0 or more. */
    int wholeNumber(String column) {
        String value = text(column);
        if (!WHOLE_NUMBER.matcher(value).matches()) {
            throw invalid(column, "\"" + value + "\" is not a number; expected a whole number such as 15.");
        }
        if (value.startsWith("-")) {
            throw invalid(column, "\"" + value + "\" is negative; expected 0 or more.");
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException tooLarge) {
            throw invalid(column, "\"" + value + "\" is too large.");
        }
    }

    /** An amount of money of 0 or more. */
    BigDecimal amount(String column) {
        return parseAmount(column, text(column));
    }

    /** An amount of money of 0 or more, or empty when the field is empty. */
    Optional<BigDecimal> optionalAmount(String column) {
        String value = optionalText(column);
        return value.isEmpty() ? Optional.empty() : Optional.of(parseAmount(column, value));
    }

    ReferenceDataException invalid(String column, String problem) {
        return table.invalid(lineNumber, table.columnIndex(column), problem);
    }

    private BigDecimal parseAmount(String column, String value) {
        if (!AMOUNT.matcher(value).matches()) {
            throw invalid(column, "\"" + value + "\" is not a number; expected an amount such as 3200 or 3200.50.");
        }
        if (value.startsWith("-")) {
            throw invalid(column, "\"" + value + "\" is negative; expected 0 or more.");
        }
        return new BigDecimal(value);
    }
}
