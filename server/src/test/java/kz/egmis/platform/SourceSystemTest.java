package kz.egmis.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SourceSystemTest {

    @ParameterizedTest
    @ValueSource(strings = {"his", "DAMUMED.prod", "lis_2", "a-b", "x"})
    void accepts_codes_of_letters_digits_dots_dashes_and_underscores(String code) {
        assertThat(new SourceSystem(code).code()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "with space", "semi;colon", "кириллица", "slash/inside", "a\nb",
            "12345678901234567890123456789012345678901234567890123456789012345"})
    void refuses_anything_else_with_a_message_naming_the_header(String code) {
        assertThat(SourceSystem.isValid(code)).isFalse();
        assertThatThrownBy(() -> new SourceSystem(code)).hasMessageContaining("X-Source-System");
    }
}
