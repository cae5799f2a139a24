package kz.egmis.ingestion.internal.csv;

/**
 * The body does not start with the header of its format (missing, unknown or repeated column, another
 * separator or encoding, or no header at all): nothing of it can be read, so the whole request is refused (400).
 * The message says what was expected and what was found.
 */
public final class CsvHeaderException extends Exception {

    private static final long serialVersionUID = 1L;

    CsvHeaderException(String message) {
        super(message);
    }
}
