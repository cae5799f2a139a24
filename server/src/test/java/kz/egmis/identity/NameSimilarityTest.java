package kz.egmis.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameSimilarityTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "Ахметов Нурлан Серикович, Nurlan Akhmetov",
            "Ахметов Нурлан Серикович, Akhmetov Nurlan",
            "Жұмабаева Әлия, Zhumabaeva Aliya",
            "Жумабаева Алия, Jumabaeva Äliya",
            "Сейітқали Ерлан, Seiitqali Yerlan",
            "Ахметұлы Серік, Akhmetuly Serik",
            "Иванова Мария Петровна, Ivanova Mariia",
            "Ахметов Нурлан, Ахмтов Нурлан",
            "Ахметов Нурлан, Ахметов Нурслан"})
    void one_name_written_differently_is_the_same_name(String first, String second) {
        NameSimilarity similarity = NameSimilarity.of(PersonName.parse(first), PersonName.parse(second));
        assertThat(similarity.surname()).isGreaterThanOrEqualTo(0.9);
        assertThat(similarity.given()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void different_people_have_dissimilar_names() {
        NameSimilarity similarity = NameSimilarity.of(PersonName.parse("Ахметов Нурлан"), PersonName.parse("Иванова Мария"));
        assertThat(similarity.surname()).isLessThan(0.8);
        assertThat(similarity.given()).isLessThan(0.6);
    }

    @Test
    void the_patronymic_counts_only_when_both_names_have_one() {
        assertThat(NameSimilarity.of(PersonName.parse("Ахметов Нурлан Серикович"), PersonName.parse("Ахметов Нурлан"))
                .patronymic()).isEqualTo(-1);
        assertThat(NameSimilarity.of(PersonName.parse("Ахметов Нурлан Серикович"),
                PersonName.parse("Akhmetov Nurlan Serikovich")).patronymic()).isEqualTo(1.0);
    }

    @Test
    void two_cyrillic_names_never_agree_for_lack_of_letters() {
        assertThat(NameSimilarity.of(PersonName.parse("Ә"), PersonName.parse("Ы")).overall()).isLessThan(0.5);
        assertThat(NameSimilarity.of(PersonName.NONE, PersonName.NONE).overall()).isZero();
    }
}
