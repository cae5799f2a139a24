package kz.egmis.identity;

/**
 * An IIN or BIN that breaks the standard. The code names the rule for programs (for example to
 * choose an error response); the message names the problem and what to do for people.
 */
public final class InvalidIdentifierException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Missing, not 12 characters, or a character other than the digits 0-9. */
    public static final String IIN_FORMAT = "IIN_FORMAT";
    /** The check digit does not match, or no check digit exists for the first 11 digits. */
    public static final String IIN_CHECKSUM = "IIN_CHECKSUM";
    /** Digit 7 is not 1-6, so neither century nor sex can be read. */
    public static final String IIN_CENTURY = "IIN_CENTURY";
    /** Digits 1-6 with the century of digit 7 are not a real calendar date. */
    public static final String IIN_BIRTH_DATE = "IIN_BIRTH_DATE";
    /** Missing, not 12 characters, or a character other than the digits 0-9. */
    public static final String BIN_FORMAT = "BIN_FORMAT";
    /** The check digit does not match, or no check digit exists for the first 11 digits. */
    public static final String BIN_CHECKSUM = "BIN_CHECKSUM";

    private final String code;

    InvalidIdentifierException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
