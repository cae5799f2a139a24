package kz.egmis.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Check digits below are worked by hand: first pass weights 1..11, second 3..11,1,2, mod 11. */
class BinTest {

    @Test
    void accepts_a_resident_legal_entity_registered_in_may_2007() {
        // 0705 (2007-05), 4 (resident), serial 012345.
        // 0+14+0+20+20+0+7+16+27+40+55 = 199; 199 mod 11 = 1
        assertThat(Bin.parse("070540123451")).hasToString("070540123451");
    }

    @Test
    void accepts_a_check_digit_from_the_second_pass() {
        // 0705 4 000000, first pass: 0+14+0+20+20 = 54 -> 10; second: 0+28+0+30+28 = 86 -> 9
        assertThat(Bin.isValid("070540000009")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "070500123453",  // 0705 0 012345: 199 - 5*4 = 179 -> 3
        "070590123454",  // 0705 9 012345: 199 + 5*5 = 224 -> 4
    })
    void does_not_judge_the_entity_type_digit_because_real_registers_break_it(String text) {
        assertThat(Bin.isValid(text)).isTrue();
    }

    @Test
    void explains_a_wrong_check_digit_and_what_to_do() {
        assertThatThrownBy(() -> Bin.parse("070540123452"))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessage("BIN 070540123452 has check digit 2, expected 1: check the number for a typing error");
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource({
        "07054012345,       BIN_FORMAT",    // 11 digits
        "0705401234510,     BIN_FORMAT",    // 13 digits
        "O70540123451,      BIN_FORMAT",    // a letter O for a zero
        "'0705-40123451',   BIN_FORMAT",    // a separator
        "070540123450,      BIN_CHECKSUM",  // 1 expected, see above
        // 0705 4 000006, first pass: 54 + 11*6 = 120 -> 10; second: 86 + 2*6 = 98 -> 10
        "070540000060,      BIN_CHECKSUM",
    })
    void rejects_an_invalid_number_with_the_rule_it_breaks(String text, String code) {
        assertThatThrownBy(() -> Bin.parse(text))
                .isInstanceOfSatisfying(InvalidIdentifierException.class,
                        invalid -> assertThat(invalid.code()).isEqualTo(code))
                .hasMessageContaining("BIN");
        assertThat(Bin.tryParse(text)).isEmpty();
        assertThat(Bin.isValid(text)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    void rejects_a_missing_number_as_a_format_error(String text) {
        assertThatThrownBy(() -> Bin.parse(text))
                .isInstanceOfSatisfying(InvalidIdentifierException.class,
                        invalid -> assertThat(invalid.code()).isEqualTo(InvalidIdentifierException.BIN_FORMAT));
    }

    @Test
    void builds_the_requested_number_when_its_serial_has_a_check_digit() {
        assertThat(Bin.of(YearMonth.of(2007, 5), 4, 12_345)).isEqualTo(Bin.parse("070540123451"));
    }

    @Test
    void takes_the_next_serial_when_the_requested_one_has_no_check_digit() {
        // Serial 000006 has none (see above); 000007: first 54 + 77 -> 10, second 86 + 14 = 100 -> 1
        assertThat(Bin.of(YearMonth.of(2007, 5), 4, 6)).hasToString("070540000071");
    }

    @Test
    void wraps_from_the_last_serial_to_serial_zero() {
        // 3401 4 999999, first: 3+8+0+4+20+9*(6+7+8+9+10+11) = 494 -> 10;
        // second: 9+16+0+6+28+9*(8+9+10+11+1+2) = 428 -> 10. So serial 000000: 3+8+0+4+20 = 35 -> 2
        assertThat(Bin.of(YearMonth.of(2034, 1), 4, 999_999)).hasToString("340140000002");
    }

    @Test
    void refuses_an_entity_type_or_serial_that_is_not_its_number_of_digits() {
        assertThatThrownBy(() -> Bin.of(YearMonth.of(2007, 5), 10, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Bin.of(YearMonth.of(2007, 5), -1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Bin.of(YearMonth.of(2007, 5), 4, 1_000_000))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Bin.of(YearMonth.of(2007, 5), 4, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
