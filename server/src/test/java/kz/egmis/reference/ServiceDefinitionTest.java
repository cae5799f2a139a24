package kz.egmis.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ServiceDefinitionTest {

    private static ServiceDefinition antenatal(int ageMin, int ageMax, Set<String> specialties) {
        return new ServiceDefinition("PHC008", "Антенатальное наблюдение", "Antenatal care visit", CareSetting.PHC,
                new BigDecimal("4800"), 25, AllowedSex.FEMALE, ageMin, ageMax, specialties, 1);
    }

    @Test
    void both_age_limits_are_inclusive() {
        ServiceDefinition service = antenatal(14, 55, Set.of("OBG"));

        assertThat(service.allowsAge(13)).isFalse();
        assertThat(service.allowsAge(14)).isTrue();
        assertThat(service.allowsAge(55)).isTrue();
        assertThat(service.allowsAge(56)).isFalse();
    }

    @Test
    void only_the_listed_specialties_may_perform_it() {
        ServiceDefinition service = antenatal(14, 55, Set.of("OBG", "GP"));

        assertThat(service.allowsSpecialty("GP")).isTrue();
        assertThat(service.allowsSpecialty("CARD")).isFalse();
        assertThat(service.allowsSpecialty(null)).isFalse();
    }

    @Test
    void the_specialty_set_cannot_be_changed_afterwards() {
        Set<String> specialties = new HashSet<>(Set.of("OBG"));
        ServiceDefinition service = antenatal(14, 55, specialties);
        specialties.add("CARD");

        assertThat(service.specialties()).containsExactly("OBG");
        assertThatThrownBy(() -> service.specialties().add("GP")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void an_inverted_age_range_is_refused() {
        assertThatThrownBy(() -> antenatal(56, 55, Set.of("OBG"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sex_letters_map_to_who_may_receive_the_service() {
        assertThat(AllowedSex.fromLetter("A")).contains(AllowedSex.ANY);
        assertThat(AllowedSex.fromLetter("M")).contains(AllowedSex.MALE);
        assertThat(AllowedSex.fromLetter("F")).contains(AllowedSex.FEMALE);
        assertThat(AllowedSex.fromLetter("f")).isEmpty();
        assertThat(AllowedSex.FEMALE.allowsMale()).isFalse();
        assertThat(AllowedSex.FEMALE.allowsFemale()).isTrue();
        assertThat(AllowedSex.ANY.allowsMale()).isTrue();
        assertThat(AllowedSex.MALE.allowsFemale()).isFalse();
    }
}
