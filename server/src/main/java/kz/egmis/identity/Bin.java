package kz.egmis.identity;

import static kz.egmis.identity.InvalidIdentifierException.BIN_CHECKSUM;
import static kz.egmis.identity.InvalidIdentifierException.BIN_FORMAT;

import java.time.YearMonth;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The business identification number of a legal entity (standard, section 1): twelve digits with
 * the IIN's check digit. Digits 1-4 are the registration year and month and digit 5 the entity
 * type (4 resident, 5 non-resident, 6 individual entrepreneur), but real registers break those
 * rules, so only the form and the check digit are enforced. An instance is always valid.
 */
public record Bin(String value) {

    private static final int SERIALS = 1_000_000;

    /** @throws InvalidIdentifierException when {@code value} is not a valid BIN */
    public Bin {
        TwelveDigitNumber.requireWellFormed(value, "BIN", BIN_FORMAT, BIN_CHECKSUM);
    }

    /** @throws InvalidIdentifierException when {@code text} is not a valid BIN */
    public static Bin parse(String text) {
        return new Bin(text);
    }

    /** The BIN, or empty when {@code text} is not a valid one. */
    public static Optional<Bin> tryParse(String text) {
        try {
            return Optional.of(new Bin(text));
        } catch (InvalidIdentifierException invalid) {
            return Optional.empty();
        }
    }

    public static boolean isValid(String text) {
        return tryParse(text).isPresent();
    }

    /**
     * A valid BIN, for generators and tests: YYMM of {@code registered} (the last two digits of the
     * year), the entity type digit, the serial as six digits, the check digit. When those 11 digits
     * have no check digit, the next serial is used instead (999999 wraps to 0). That one always has
     * a check digit, as at {@link Iin#of}: a carry into digits 6-10 moves the first-pass sum by 10,
     * 7, 2, 6 or 8, or 3 when wrapping, mod 11, so off 10.
     *
     * @param entityType 0-9; 4, 5 and 6 are the types the standard defines
     * @param serial 0-999999
     * @throws IllegalArgumentException when the entity type or serial is out of range
     */
    public static Bin of(YearMonth registered, int entityType, int serial) {
        Objects.requireNonNull(registered, "registered");
        if (entityType < 0 || entityType > 9) {
            throw new IllegalArgumentException("BIN entity type " + entityType + " is not one digit: use 0-9");
        }
        if (serial < 0 || serial >= SERIALS) {
            throw new IllegalArgumentException("BIN serial " + serial + " is out of range: use 0-999999");
        }
        // Locale.ROOT: some default locales format numbers with non-ASCII digits.
        String withoutSerial = String.format(Locale.ROOT, "%02d%02d%d",
                Math.floorMod(registered.getYear(), 100), registered.getMonthValue(), entityType);
        // Bounded by every serial, though one step is always enough.
        for (int step = 0; step < SERIALS; step++) {
            String elevenDigits = withoutSerial + String.format(Locale.ROOT, "%06d", (serial + step) % SERIALS);
            Optional<String> complete = TwelveDigitNumber.withCheckDigit(elevenDigits);
            if (complete.isPresent()) {
                return new Bin(complete.get());
            }
        }
        throw new IllegalStateException("no serial has a check digit for " + withoutSerial);
    }

    /** The 12 digits, so a BIN can be written wherever the number is expected. */
    @Override
    public String toString() {
        return value;
    }
}
