package kz.egmis.ingestion.internal.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a row into fields as RFC 4180 says: a field may be quoted, {@code ""} inside quotes is a quote, and a
 * quoted field may hold separators and line breaks, so a row may take several physical lines: feed the first
 * with {@link #start}, then each further one with {@link #continueWith} while {@link #insideQuotes()}.
 *
 * <p>Lenient where legacy exports are not strict: white space before an opening quote is dropped, a quote
 * inside an unquoted field is kept as a character. Text after a closing quote is a {@link #problem()}.
 */
final class CsvFieldSplitter {

    private static final char QUOTE = '"';

    private final char separator;
    private final List<String> fields = new ArrayList<>();
    private final StringBuilder field = new StringBuilder();
    private boolean insideQuotes;
    private boolean afterClosingQuote;
    private String problem;

    CsvFieldSplitter(char separator) {
        this.separator = separator;
    }

    void start(String line) {
        fields.clear();
        field.setLength(0);
        insideQuotes = false;
        afterClosingQuote = false;
        problem = null;
        feed(line);
    }

    /** The next physical line of a row whose quoted field is still open; the line break belongs to the value. */
    void continueWith(String line) {
        if (!insideQuotes) {
            throw new IllegalStateException("the row is complete, no line can continue it");
        }
        field.append('\n');
        feed(line);
    }

    /** Whether a quoted field is still open at the end of the lines fed so far. */
    boolean insideQuotes() {
        return insideQuotes;
    }

    /** The fields of the complete row, as written (not trimmed). */
    List<String> fields() {
        if (insideQuotes) {
            throw new IllegalStateException("the row is not complete: a quoted field is still open");
        }
        return List.copyOf(fields);
    }

    /** What breaks RFC 4180 in the row beyond repair, or null. */
    String problem() {
        return problem;
    }

    private void feed(String line) {
        int length = line.length();
        for (int index = 0; index < length; index++) {
            char character = line.charAt(index);
            if (insideQuotes) {
                if (character != QUOTE) {
                    field.append(character);
                } else if (index + 1 < length && line.charAt(index + 1) == QUOTE) {
                    field.append(QUOTE);
                    index++;
                } else {
                    insideQuotes = false;
                    afterClosingQuote = true;
                }
            } else if (character == separator) {
                endField();
            } else if (afterClosingQuote) {
                if (!Character.isWhitespace(character) && problem == null) {
                    problem = "field " + (fields.size() + 1) + " has text after its closing quote: quote the whole"
                            + " field and write a quote inside it as \"\"";
                }
            } else if (character == QUOTE && field.toString().isBlank()) {
                field.setLength(0);
                insideQuotes = true;
            } else {
                field.append(character);
            }
        }
        if (!insideQuotes) {
            endField();
        }
    }

    private void endField() {
        fields.add(field.toString());
        field.setLength(0);
        afterClosingQuote = false;
    }
}
