package kz.egmis.security;

import kz.egmis.identity.Bin;

/** Valid BINs for scope tests, made with the checksum of section 1. */
final class Bins {

    static final String A = valid("1402400014");
    static final String B = valid("1402400025");

    private Bins() {
    }

    /** The first ten digits and a serial digit, completed with the check digit (skipping serials with none). */
    private static String valid(String tenDigits) {
        for (int serial = 0; serial < 10; serial++) {
            for (int check = 0; check < 10; check++) {
                String candidate = tenDigits + serial + check;
                if (Bin.isValid(candidate)) {
                    return candidate;
                }
            }
        }
        throw new IllegalStateException("no valid BIN starts with " + tenDigits);
    }
}
