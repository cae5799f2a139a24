package kz.egmis.persons.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import kz.egmis.platform.StartupFailure;

class PersonRegistrySettingsTest {

    @Test
    void thresholds_that_do_not_fall_stop_the_start_with_a_code_and_a_fix() {
        assertThatThrownBy(() -> new PersonRegistry(null, null, null, 10, 17, 5))
                .isInstanceOf(StartupFailure.class)
                .hasMessageContaining("certain > probable > possible")
                .satisfies(failure -> org.assertj.core.api.Assertions.assertThat(((StartupFailure) failure).code())
                        .isEqualTo("EGMIS-IDENTITY-001"));
    }
}
