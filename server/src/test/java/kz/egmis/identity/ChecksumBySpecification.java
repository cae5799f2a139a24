package kz.egmis.identity;

/**
 * The check digit written out again from the text of the standard, independently of the
 * production code, so the tests can make valid numbers without trusting what they test.
 *
 * <p>"s = sum over i = 1..11 of i * di mod 11. If s = 10, recompute with the weights
 * 3,4,5,6,7,8,9,10,11,1,2 (then mod 11); if that is 10 again the number is invalid. Valid when
 * s = d12."
 */
final class ChecksumBySpecification {

    static final int NONE = -1;

    private ChecksumBySpecification() {
    }

    static int firstPass(String digits) {
        int s = 0;
        for (int i = 1; i <= 11; i++) {
            s += i * digitAt(digits, i);
        }
        return s % 11;
    }

    static int secondPass(String digits) {
        int[] weights = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};
        int s = 0;
        for (int i = 1; i <= 11; i++) {
            s += weights[i - 1] * digitAt(digits, i);
        }
        return s % 11;
    }

    /** The check digit of the first 11 digits, or {@link #NONE}. */
    static int checkDigit(String digits) {
        int s = firstPass(digits);
        if (s == 10) {
            s = secondPass(digits);
        }
        return s == 10 ? NONE : s;
    }

    static boolean hasValidCheckDigit(String twelveDigits) {
        int expected = checkDigit(twelveDigits);
        return expected != NONE && expected == digitAt(twelveDigits, 12);
    }

    /** The 11 digits with their check digit appended, or null when they have none. */
    static String complete(String elevenDigits) {
        int check = checkDigit(elevenDigits);
        return check == NONE ? null : elevenDigits + check;
    }

    /** The digit at 1-based position i, as the standard counts. */
    static int digitAt(String digits, int i) {
        return digits.charAt(i - 1) - '0';
    }

    static String withDigit(String digits, int position, int digit) {
        return digits.substring(0, position - 1) + digit + digits.substring(position);
    }

    static String withAdjacentDigitsSwapped(String digits, int position) {
        return digits.substring(0, position - 1) + digits.charAt(position) + digits.charAt(position - 1)
                + digits.substring(position + 1);
    }
}
