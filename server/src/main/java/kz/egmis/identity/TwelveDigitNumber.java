package kz.egmis.identity;

import java.util.Optional;
import java.util.OptionalInt;

/** What IIN and BIN have in common: twelve digits 0-9, the last the check digit of the first 11. */
final class TwelveDigitNumber {

    static final int LENGTH = 12;

    // Input is echoed in messages; a cap keeps a pasted document from becoming the message.
    private static final int LONGEST_SHOWN = 24;

    private TwelveDigitNumber() {
    }

    /**
     * Checks form and check digit, naming {@code kind} ("IIN" or "BIN") in the message.
     *
     * @throws InvalidIdentifierException with {@code formatCode} or {@code checksumCode}
     */
    static void requireWellFormed(String value, String kind, String formatCode, String checksumCode) {
        requireTwelveDigits(value, kind, formatCode);
        OptionalInt expected = IdentifierChecksum.checkDigit(value);
        if (expected.isEmpty()) {
            throw new InvalidIdentifierException(checksumCode, kind + " " + value + " cannot be valid: its first 11"
                    + " digits have no check digit (both weightings give 10): check the number for a typing error");
        }
        int actual = digit(value, LENGTH);
        if (actual != expected.getAsInt()) {
            throw new InvalidIdentifierException(checksumCode, kind + " " + value + " has check digit " + actual
                    + ", expected " + expected.getAsInt() + ": check the number for a typing error");
        }
    }

    /** The 11 digits followed by their check digit, or empty when they have none. */
    static Optional<String> withCheckDigit(String elevenDigits) {
        OptionalInt checkDigit = IdentifierChecksum.checkDigit(elevenDigits);
        return checkDigit.isPresent() ? Optional.of(elevenDigits + checkDigit.getAsInt()) : Optional.empty();
    }

    /** The digit at a 1-based position, as the standard counts. */
    static int digit(String value, int position) {
        return value.charAt(position - 1) - '0';
    }

    private static void requireTwelveDigits(String value, String kind, String formatCode) {
        if (value == null) {
            throw new InvalidIdentifierException(formatCode, kind + " is missing: supply the 12-digit " + kind);
        }
        if (value.length() != LENGTH) {
            throw new InvalidIdentifierException(formatCode, kind + " '" + shown(value) + "' has " + value.length()
                    + " characters, expected 12 digits: check for a missing or extra digit");
        }
        for (int index = 0; index < LENGTH; index++) {
            char character = value.charAt(index);
            // Only ASCII digits: Character.isDigit would also let through other scripts' digits.
            if (character < '0' || character > '9') {
                throw new InvalidIdentifierException(formatCode, kind + " '" + value + "' has '" + character
                        + "' at position " + (index + 1) + ", expected only the digits 0-9:"
                        + " remove spaces, separators and letters");
            }
        }
    }

    private static String shown(String value) {
        return value.length() <= LONGEST_SHOWN ? value : value.substring(0, LONGEST_SHOWN) + "...";
    }
}
