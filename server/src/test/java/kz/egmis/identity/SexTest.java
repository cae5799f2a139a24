package kz.egmis.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class SexTest {

    @Test
    void uses_the_fhir_administrative_gender_codes() {
        assertThat(Sex.MALE.fhirCode()).isEqualTo("male");
        assertThat(Sex.FEMALE.fhirCode()).isEqualTo("female");
    }

    @ParameterizedTest
    @EnumSource(Sex.class)
    void reads_back_its_own_fhir_code(Sex sex) {
        assertThat(Sex.fromFhirCode(sex.fhirCode())).isEqualTo(sex);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"other", "unknown", "Male", "FEMALE", "m", ""})
    void rejects_codes_an_iin_cannot_carry_and_codes_in_the_wrong_case(String code) {
        assertThatThrownBy(() -> Sex.fromFhirCode(code))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected 'male' or 'female'");
    }
}
