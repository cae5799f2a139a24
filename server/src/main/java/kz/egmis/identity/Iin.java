package kz.egmis.identity;

import static kz.egmis.identity.InvalidIdentifierException.IIN_BIRTH_DATE;
import static kz.egmis.identity.InvalidIdentifierException.IIN_CENTURY;
import static kz.egmis.identity.InvalidIdentifierException.IIN_CHECKSUM;
import static kz.egmis.identity.InvalidIdentifierException.IIN_FORMAT;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The individual identification number of a person (standard, section 1): digits 1-6 the birth
 * date YYMMDD, digit 7 century and sex (1/2 = 1800s, 3/4 = 1900s, 5/6 = 2000s; odd = male, even =
 * female), digits 8-11 a serial, digit 12 the check digit. An instance is always valid.
 *
 * <p>Beware: when the first checksum pass decides, digit 11 does not count (see
 * {@link IdentifierChecksum}), so a typing error in digit 11 yields another valid IIN.
 */
public record Iin(String value) {

    private static final int CENTURY_AND_SEX_POSITION = 7;
    private static final int SERIALS = 10_000;

    /** @throws InvalidIdentifierException when {@code value} is not a valid IIN */
    public Iin {
        TwelveDigitNumber.requireWellFormed(value, "IIN", IIN_FORMAT, IIN_CHECKSUM);
        int centuryDigit = TwelveDigitNumber.digit(value, CENTURY_AND_SEX_POSITION);
        if (centuryDigit < 1 || centuryDigit > 6) {
            throw new InvalidIdentifierException(IIN_CENTURY, "IIN " + value + " has " + centuryDigit
                    + " as digit 7, which must be 1-6 (century and sex): check the number for a typing error");
        }
        decodeBirthDate(value);
    }

    /** @throws InvalidIdentifierException when {@code text} is not a valid IIN */
    public static Iin parse(String text) {
        return new Iin(text);
    }

    /** The IIN, or empty when {@code text} is not a valid one. */
    public static Optional<Iin> tryParse(String text) {
        try {
            return Optional.of(new Iin(text));
        } catch (InvalidIdentifierException invalid) {
            return Optional.empty();
        }
    }

    public static boolean isValid(String text) {
        return tryParse(text).isPresent();
    }

    /**
     * A valid IIN for the given person, for generators and tests. The serial becomes digits 8-11.
     * When those 11 digits have no check digit, the next serial is used instead (9999 wraps to
     * 0). That one always has a check digit: stepping the serial either changes only digit 11,
     * which leaves the first-pass sum at 10 but moves the second by 2, or carries into digits 8-10,
     * which moves the first-pass sum off 10 (by 10, 7, 2, or 10 when wrapping, mod 11).
     *
     * @param birthDate in the years 1800-2099, the centuries digit 7 can express
     * @param serial 0-9999
     * @throws IllegalArgumentException when the date or serial is out of range
     */
    public static Iin of(LocalDate birthDate, Sex sex, int serial) {
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(sex, "sex");
        if (serial < 0 || serial >= SERIALS) {
            throw new IllegalArgumentException("IIN serial " + serial + " is out of range: use 0-9999");
        }
        int centuryDigit = centuryDigit(birthDate.getYear(), sex);
        // Locale.ROOT: some default locales format numbers with non-ASCII digits.
        String withoutSerial = String.format(Locale.ROOT, "%02d%02d%02d%d", birthDate.getYear() % 100,
                birthDate.getMonthValue(), birthDate.getDayOfMonth(), centuryDigit);
        // Bounded by every serial, though the reasoning above says one step is enough.
        for (int step = 0; step < SERIALS; step++) {
            String elevenDigits = withoutSerial + String.format(Locale.ROOT, "%04d", (serial + step) % SERIALS);
            Optional<String> complete = TwelveDigitNumber.withCheckDigit(elevenDigits);
            if (complete.isPresent()) {
                return new Iin(complete.get());
            }
        }
        throw new IllegalStateException("no serial has a check digit for " + withoutSerial);
    }

    public LocalDate birthDate() {
        return decodeBirthDate(value);
    }

    public Sex sex() {
        // Odd digits (1, 3, 5) are men, even ones (2, 4, 6) women.
        return TwelveDigitNumber.digit(value, CENTURY_AND_SEX_POSITION) % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    /** The 12 digits, so an IIN can be written wherever the number is expected. */
    @Override
    public String toString() {
        return value;
    }

    private static int centuryDigit(int year, Sex sex) {
        int maleDigit = switch (Math.floorDiv(year, 100)) {
            case 18 -> 1;
            case 19 -> 3;
            case 20 -> 5;
            default -> throw new IllegalArgumentException("birth year " + year
                    + " cannot be written in an IIN: digit 7 covers only the years 1800-2099");
        };
        return sex == Sex.MALE ? maleDigit : maleDigit + 1;
    }

    private static LocalDate decodeBirthDate(String value) {
        int centuryDigit = TwelveDigitNumber.digit(value, CENTURY_AND_SEX_POSITION);
        int century = 1800 + 100 * ((centuryDigit - 1) / 2);
        int year = century + Integer.parseInt(value.substring(0, 2));
        int month = Integer.parseInt(value.substring(2, 4));
        int day = Integer.parseInt(value.substring(4, 6));
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException notADate) {
            throw new InvalidIdentifierException(IIN_BIRTH_DATE, "IIN " + value + " gives the birth date "
                    + String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day)
                    + " (digits 1-6 and 7), which is not a calendar date: check the number for a typing error");
        }
    }
}
