package kz.egmis.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IdentifierChecksumTest {

    @Test
    void takes_the_first_pass_when_it_is_not_ten() {
        // 8 5 0 3 1 2 4 0 1 2 3: 8+10+0+12+5+12+28+0+9+20+33 = 137; 137 mod 11 = 5
        assertThat(IdentifierChecksum.checkDigit("85031240123")).hasValue(5);
    }

    @Test
    void falls_back_to_the_second_weights_when_the_first_pass_gives_ten() {
        // 0 1 1 2 3 1 5 0 0 4 0, first pass: 0+2+3+8+15+6+35+0+0+40+0 = 109; 109 mod 11 = 10
        // second pass, weights 3..11,1,2: 0+4+5+12+21+8+45+0+0+4+0 = 99; 99 mod 11 = 0
        assertThat(IdentifierChecksum.checkDigit("01123150040")).hasValue(0);
    }

    @Test
    void has_no_check_digit_when_both_passes_give_ten() {
        // 0 1 1 2 3 1 5 0 0 4 5, first pass: 109 + 11*5 = 164; 164 mod 11 = 10
        // second pass: 99 + 2*5 = 109; 109 mod 11 = 10
        assertThat(IdentifierChecksum.checkDigit("01123150045")).isEmpty();
    }

    @Test
    void ignores_the_twelfth_digit_so_a_whole_number_can_be_passed() {
        assertThat(IdentifierChecksum.checkDigit("850312401239")).hasValue(5);
    }

    @Test
    void refuses_fewer_than_eleven_digits_or_other_characters() {
        assertThatThrownBy(() -> IdentifierChecksum.checkDigit("8503124012"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IdentifierChecksum.checkDigit("8503124012x"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
