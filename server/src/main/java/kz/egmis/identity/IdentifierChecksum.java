package kz.egmis.identity;

import java.util.OptionalInt;

/**
 * The check digit IIN and BIN share (standard, section 1). First pass: the sum of i times digit i
 * for i = 1..11, mod 11. If that is 10, a second pass uses the weights 3,4,5,6,7,8,9,10,11,1,2. If
 * that is 10 as well there is no check digit, and no valid number begins with those 11 digits.
 *
 * <p>Two facts of the arithmetic that are easy to miss (the property tests pin both down):
 * <ul>
 *   <li>Digit 11 has weight 11, which is 0 mod 11. Whenever the first pass decides, digit 11 does
 *       not count at all: changing it keeps the number valid.</li>
 *   <li>Each second-pass weight is its first-pass weight plus 2 (mod 11), so the second sum is
 *       10 + 2 x (sum of digits 1-11) mod 11. Both passes give 10 exactly when the first gives 10
 *       and the digit sum is a multiple of 11.</li>
 * </ul>
 */
final class IdentifierChecksum {

    /** How many leading digits the check digit covers. */
    static final int COVERED_DIGITS = 11;

    private static final int[] FIRST_PASS_WEIGHTS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    private static final int[] SECOND_PASS_WEIGHTS = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};
    private static final int MODULUS = 11;
    // A remainder of 10 cannot be written as one digit, hence the second pass.
    private static final int NOT_A_DIGIT = 10;

    private IdentifierChecksum() {
    }

    /**
     * The check digit for the first 11 characters of {@code digits}, or empty when both passes
     * give 10. Characters after the 11th are ignored, so a whole 12-digit number may be passed.
     *
     * @throws IllegalArgumentException when fewer than 11 characters or not ASCII digits
     */
    static OptionalInt checkDigit(CharSequence digits) {
        int first = weightedSum(digits, FIRST_PASS_WEIGHTS);
        if (first != NOT_A_DIGIT) {
            return OptionalInt.of(first);
        }
        int second = weightedSum(digits, SECOND_PASS_WEIGHTS);
        return second == NOT_A_DIGIT ? OptionalInt.empty() : OptionalInt.of(second);
    }

    private static int weightedSum(CharSequence digits, int[] weights) {
        if (digits.length() < COVERED_DIGITS) {
            throw new IllegalArgumentException("a check digit needs 11 digits, got " + digits.length());
        }
        int sum = 0;
        for (int index = 0; index < COVERED_DIGITS; index++) {
            char character = digits.charAt(index);
            if (character < '0' || character > '9') {
                throw new IllegalArgumentException("not a digit at position " + (index + 1) + ": " + character);
            }
            sum += weights[index] * (character - '0');
        }
        return sum % MODULUS;
    }
}
