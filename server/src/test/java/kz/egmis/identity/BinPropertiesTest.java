package kz.egmis.identity;

import static kz.egmis.identity.ChecksumBySpecification.NONE;
import static kz.egmis.identity.ChecksumBySpecification.checkDigit;
import static kz.egmis.identity.ChecksumBySpecification.complete;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties of BINs over many numbers; valid ones are made here from the standard's text. */
class BinPropertiesTest {

    @Test
    void every_valid_bin_parses() {
        RandomSamples.validNumbers(11).forEach(digits -> {
            assertThat(Bin.parse(digits)).hasToString(digits);
            assertThat(Bin.tryParse(digits)).isPresent();
        });
    }

    @Test
    void of_lays_out_the_bin_with_the_requested_serial_or_the_next_if_that_has_no_check_digit() {
        Random random = new Random(12);
        int nextSerialTaken = 0;
        for (int sample = 0; sample < RandomSamples.COUNT; sample++) {
            YearMonth registered = YearMonth.of(1990 + random.nextInt(110), 1 + random.nextInt(12));
            int entityType = random.nextInt(10);
            int serial = random.nextInt(1_000_000);
            boolean requestedHasCheckDigit = checkDigit(elevenDigits(registered, entityType, serial)) != NONE;
            int expectedSerial = requestedHasCheckDigit ? serial : (serial + 1) % 1_000_000;
            nextSerialTaken += requestedHasCheckDigit ? 0 : 1;

            Bin bin = Bin.of(registered, entityType, serial);

            assertThat(bin.value()).as("%s %d %d", registered, entityType, serial)
                    .isEqualTo(complete(elevenDigits(registered, entityType, expectedSerial)));
        }
        // Guard against a vacuous pass: about 1 serial in 121 has no check digit.
        assertThat(nextSerialTaken).isPositive();
    }

    @Test
    void of_builds_a_bin_for_every_serial_of_this_registration_month_and_type() {
        // Exhaustive, so the rare carries and the wrap from 999999 (see BinTest) are covered too.
        YearMonth registered = YearMonth.of(2034, 1);
        for (int serial = 0; serial < 1_000_000; serial++) {
            String requested = elevenDigits(registered, 4, serial);
            int expectedSerial = checkDigit(requested) != NONE ? serial : (serial + 1) % 1_000_000;
            assertThat(Bin.of(registered, 4, serial).value())
                    .isEqualTo(complete(elevenDigits(registered, 4, expectedSerial)));
        }
    }

    /** Digits 1-11 as the standard lays them out: YYMM, entity type, six-digit serial. */
    private static String elevenDigits(YearMonth registered, int entityType, int serial) {
        return String.format(Locale.ROOT, "%02d%02d%d%06d",
                registered.getYear() % 100, registered.getMonthValue(), entityType, serial);
    }
}
