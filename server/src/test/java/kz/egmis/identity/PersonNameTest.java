package kz.egmis.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonNameTest {

    @Test
    void a_russian_order_name_has_surname_given_name_and_patronymic() {
        PersonName name = PersonName.parse("Ахметов Нурлан Серикович");
        assertThat(name).isEqualTo(new PersonName("ahmetov", "nurlan", "serik"));
        assertThat(name.hasPatronymic()).isTrue();
    }

    @ParameterizedTest(name = "{0} and {1} share a surname stem")
    @CsvSource({"Ахметов, Ахметова", "Жұмабаев, Жұмабаева", "Ильин, Ильина", "Ахметұлы, Ахметқызы",
            "Akhmetuly, Akhmetkyzy", "Ахметұлы, Akhmetuly", "Ахметқызы, Akhmetkyzy", "Жуковский, Жуковская",
            "Ахметов, Akhmetova", "Сулейменова, Suleimenov"})
    void the_male_and_female_forms_of_a_surname_share_a_stem(String male, String female) {
        assertThat(PersonName.parse(male + " Иван").surname()).isEqualTo(PersonName.parse(female + " Иван").surname());
    }

    @Test
    void male_and_female_patronymics_share_a_stem() {
        assertThat(PersonName.parse("Ахметов Нурлан Серикович").patronymic())
                .isEqualTo(PersonName.parse("Ахметова Айгуль Сериковна").patronymic());
    }

    @Test
    void a_kazakh_descent_word_written_apart_joins_the_word_before() {
        assertThat(PersonName.parse("Серік Ахмет ұлы")).isEqualTo(PersonName.parse("Серік Ахметұлы"));
        assertThat(PersonName.parse("Serik Akhmet uly")).isEqualTo(PersonName.parse("Серік Ахметұлы"));
    }

    @Test
    void a_name_without_patronymic_has_none_and_a_third_word_that_is_no_patronymic_is_left_out() {
        assertThat(PersonName.parse("Ахметов Нурлан").hasPatronymic()).isFalse();
        assertThat(PersonName.parse("Ким Ен Су").hasPatronymic()).isFalse();
    }

    @Test
    void a_blank_name_is_none_and_is_empty() {
        assertThat(PersonName.parse(null)).isEqualTo(PersonName.NONE);
        assertThat(PersonName.parse("  ,  ").isEmpty()).isTrue();
    }
}
