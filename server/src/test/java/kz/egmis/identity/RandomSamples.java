package kz.egmis.identity;

import java.util.Objects;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Inputs for the property tests: a few edge cases, then random ones from a fixed seed, so that a
 * failure names its input and reruns the same way. Valid numbers are completed by
 * {@link ChecksumBySpecification}, never by the code under test.
 */
final class RandomSamples {

    /** Random inputs per property, on top of the edge cases. */
    static final int COUNT = 2_000;

    private RandomSamples() {
    }

    /** Twelve digits with a correct check digit; digits 1-11 are otherwise free. */
    static Stream<String> validNumbers(long seed) {
        Random random = new Random(seed);
        Stream<String> edges = Stream.of("00000000000", "99999999999", "01234567890", "98765432109");
        Stream<String> randomOnes = Stream.generate(() -> digits(random, 11)).limit(COUNT);
        return Stream.concat(edges, randomOnes).map(ChecksumBySpecification::complete).filter(Objects::nonNull);
    }

    static String digits(Random random, int length) {
        StringBuilder digits = new StringBuilder(length);
        for (int index = 0; index < length; index++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }
}
