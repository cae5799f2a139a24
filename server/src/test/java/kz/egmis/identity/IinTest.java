package kz.egmis.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Check digits below are worked by hand: first pass weights 1..11, second 3..11,1,2, mod 11. */
class IinTest {

    @Test
    void decodes_a_woman_born_on_twelfth_march_1985() {
        // 850312 (1985-03-12), 4 (1900s, female), serial 0123.
        // 8+10+0+12+5+12+28+0+9+20+33 = 137; 137 mod 11 = 5
        Iin iin = Iin.parse("850312401235");

        assertThat(iin.birthDate()).isEqualTo(LocalDate.of(1985, 3, 12));
        assertThat(iin.sex()).isEqualTo(Sex.FEMALE);
    }

    @Test
    void decodes_a_man_born_on_new_years_eve_2001() {
        // 011231 (2001-12-31), 5 (2000s, male), serial 0456.
        // 0+2+3+8+15+6+35+0+36+50+66 = 221; 221 mod 11 = 1
        Iin iin = Iin.parse("011231504561");

        assertThat(iin.birthDate()).isEqualTo(LocalDate.of(2001, 12, 31));
        assertThat(iin.sex()).isEqualTo(Sex.MALE);
    }

    @Test
    void decodes_a_man_born_in_1899() {
        // 990704 (…99-07-04), 1 (1800s, male), serial 0001.
        // 9+18+0+28+0+24+7+0+0+0+11 = 97; 97 mod 11 = 9
        Iin iin = Iin.parse("990704100019");

        assertThat(iin.birthDate()).isEqualTo(LocalDate.of(1899, 7, 4));
        assertThat(iin.sex()).isEqualTo(Sex.MALE);
    }

    @Test
    void accepts_a_check_digit_from_the_second_pass() {
        // 011231 5 0040: first pass 0+2+3+8+15+6+35+0+0+40+0 = 109 -> 10,
        // second pass 0+4+5+12+21+8+45+0+0+4+0 = 99 -> 0
        assertThat(Iin.parse("011231500400").birthDate()).isEqualTo(LocalDate.of(2001, 12, 31));
    }

    @Test
    void accepts_the_twenty_ninth_of_february_in_a_leap_year() {
        // 000229 5 0001 (2000 is a leap year): 0+0+0+8+10+54+35+0+0+0+11 = 118 -> 8
        assertThat(Iin.parse("000229500018").birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
    }

    @Test
    void explains_a_wrong_check_digit_and_what_to_do() {
        // 900101 3 0000: 9+0+0+4+0+6+21+0+0+0+0 = 40 -> 7, but the number ends in 1.
        assertThatThrownBy(() -> Iin.parse("900101300001"))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessage("IIN 900101300001 has check digit 1, expected 7: check the number for a typing error")
                .extracting(exception -> ((InvalidIdentifierException) exception).code())
                .isEqualTo(InvalidIdentifierException.IIN_CHECKSUM);
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource({
        // Wrong form.
        "85031240123,       IIN_FORMAT",      // 11 digits
        "8503124012350,     IIN_FORMAT",      // 13 digits
        "85031240123A,      IIN_FORMAT",      // a letter
        "'850312 401235',   IIN_FORMAT",      // a space inside
        "'850312401235 ',   IIN_FORMAT",      // a trailing space makes 13 characters
        "٨٥٠٣١٢٤٠١٢٣٥,      IIN_FORMAT",      // Arabic-Indic digits are not the digits 0-9
        // Wrong check digit.
        "850312401236,      IIN_CHECKSUM",    // 5 expected, see above
        // 011231 5 0045, first pass: 109 + 11*5 = 164 -> 10; second: 99 + 2*5 = 109 -> 10.
        // No final digit can make it valid.
        "011231500450,      IIN_CHECKSUM",
        "011231500455,      IIN_CHECKSUM",
        // Digit 7 outside 1-6, each with a correct check digit.
        // 850312 0 0123: 8+10+0+12+5+12+0+0+9+20+33 = 109 -> 10; 24+20+0+18+7+16+0+0+11+2+6 = 104 -> 5
        "850312001235,      IIN_CENTURY",
        "850312701234,      IIN_CENTURY",     // 137 + 7*3 = 158 -> 4
        // Not a calendar date, each with a correct check digit.
        "851312401238,      IIN_BIRTH_DATE",  // month 13: 8+10+3+12+5+12+28+0+9+20+33 = 140 -> 8
        "850332401234,      IIN_BIRTH_DATE",  // day 32: 137 + 5*(3-1) = 147 -> 4
        "000229300015,      IIN_BIRTH_DATE",  // 1900-02-29, 1900 not a leap year: 104 -> 5
        "230229500015,      IIN_BIRTH_DATE",  // 2023-02-29: 2+6+0+8+10+54+35+0+0+0+11 = 126 -> 5
        "850300401237,      IIN_BIRTH_DATE",  // day 00: 137 - 5*1 - 6*2 = 120 -> 10; second 140 - 7 - 16 = 117 -> 7
    })
    void rejects_an_invalid_number_with_the_rule_it_breaks(String text, String code) {
        assertThatThrownBy(() -> Iin.parse(text))
                .isInstanceOfSatisfying(InvalidIdentifierException.class,
                        invalid -> assertThat(invalid.code()).isEqualTo(code))
                .hasMessageContaining("IIN");
        assertThat(Iin.tryParse(text)).isEmpty();
        assertThat(Iin.isValid(text)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    void rejects_a_missing_number_as_a_format_error(String text) {
        assertThatThrownBy(() -> Iin.parse(text))
                .isInstanceOfSatisfying(InvalidIdentifierException.class,
                        invalid -> assertThat(invalid.code()).isEqualTo(InvalidIdentifierException.IIN_FORMAT));
        assertThat(Iin.isValid(text)).isFalse();
    }

    @Test
    void names_the_offending_character_and_its_position() {
        assertThatThrownBy(() -> Iin.parse("85031240123A"))
                .hasMessage("IIN '85031240123A' has 'A' at position 12, expected only the digits 0-9:"
                        + " remove spaces, separators and letters");
    }

    @Test
    void shortens_very_long_input_in_its_message() {
        assertThatThrownBy(() -> Iin.parse("1".repeat(10_000)))
                .message()
                .hasSizeLessThan(200);
    }

    @Test
    void prints_as_its_twelve_digits_and_is_equal_by_value() {
        assertThat(Iin.parse("850312401235")).hasToString("850312401235").isEqualTo(new Iin("850312401235"));
        assertThat(Iin.tryParse("850312401235")).contains(Iin.parse("850312401235"));
    }

    @Test
    void builds_the_requested_number_when_its_serial_has_a_check_digit() {
        assertThat(Iin.of(LocalDate.of(1985, 3, 12), Sex.FEMALE, 123)).hasToString("850312401235");
        assertThat(Iin.of(LocalDate.of(1899, 7, 4), Sex.MALE, 1)).hasToString("990704100019");
    }

    @Test
    void takes_the_next_serial_when_the_requested_one_has_no_check_digit() {
        // Serial 0045 has none (see above); 0046: first pass 109 + 11*6 -> 10, second 99 + 2*6 = 111 -> 1
        assertThat(Iin.of(LocalDate.of(2001, 12, 31), Sex.MALE, 45)).hasToString("011231500461");
    }

    @Test
    void wraps_from_serial_9999_to_serial_zero() {
        // 900322 3 9999, first: 9+0+0+12+10+12+21+72+81+90+99 = 406 -> 10;
        // second: 27+0+0+18+14+16+27+90+99+9+18 = 318 -> 10. So serial 0000: 9+0+0+12+10+12+21 = 64 -> 9
        assertThat(Iin.of(LocalDate.of(1990, 3, 22), Sex.MALE, 9999)).hasToString("900322300009");
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 10_000})
    void refuses_a_serial_outside_four_digits(int serial) {
        assertThatThrownBy(() -> Iin.of(LocalDate.of(1985, 3, 12), Sex.FEMALE, serial))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0-9999");
    }

    @ParameterizedTest
    @ValueSource(ints = {1799, 2100})
    void refuses_a_birth_year_digit_seven_cannot_express(int year) {
        assertThatThrownBy(() -> Iin.of(LocalDate.of(year, 1, 1), Sex.MALE, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1800-2099");
    }
}
