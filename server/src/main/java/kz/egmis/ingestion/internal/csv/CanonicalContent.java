package kz.egmis.ingestion.internal.csv;

/**
 * The normalised text of a row, {@code <format>|name=value|...} with the values parsed and written one way
 * (ISO dates, plain decimals), so that a resend of the same facts in another column order, quoting, decimal
 * mark or spacing hashes the same. A '|' or '\' inside a value is escaped with '\'.
 */
final class CanonicalContent {

    private final StringBuilder text;

    CanonicalContent(CsvFormat format) {
        text = new StringBuilder(format.pathName());
    }

    /** Appends {@code |name=value}; null is written as empty. */
    CanonicalContent add(String name, Object value) {
        text.append('|').append(name).append('=');
        String written = value == null ? "" : value.toString();
        for (int index = 0; index < written.length(); index++) {
            char character = written.charAt(index);
            if (character == '|' || character == '\\') {
                text.append('\\');
            }
            text.append(character);
        }
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
