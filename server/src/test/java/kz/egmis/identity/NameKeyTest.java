package kz.egmis.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameKeyTest {

    @ParameterizedTest(name = "{0} and {1} have one key")
    @CsvSource({
            "Нұрлан, Nurlan", "Нурлан, Nurlan", "Жанар, Zhanar", "Жанар, Janar", "Қайрат, Qairat", "Қайрат, Kairat",
            "Кайрат, Kayrat", "Ерлан, Yerlan", "Ерлан, Erlan", "Әлия, Äliya", "Әлия, Aliya", "Алия, Aliia",
            "Ғалым, Ğalym", "Ғалым, Galym", "Шынар, Şynar", "Шынар, Shynar", "Ахметов, Akhmetov", "Ахметов, Ahmetov",
            "Өмірзақ, Ömirzaq", "Өмірзақ, Omirzak", "Үмбетов, Umbetov", "Һидаят, Hidaiat", "Іляс, Ilias",
            "Щукин, Shchukin", "Юлия, Yuliya", "Юлия, Iuliia", "Дмитрий, Dmitriy", "Дмитрий, Dmitrii",
            "Алла, Ala", "ЖҰМАБАЕВ, zhumabaev", "Сейітқали, Seiitkali", "Ильяс, Ilyas"})
    void one_name_in_both_scripts_and_every_transliteration_has_one_key(String cyrillic, String latin) {
        assertThat(NameKey.of(cyrillic)).isEqualTo(NameKey.of(latin)).isNotEmpty();
    }

    @Test
    void kazakh_letters_fold_to_their_nearest_letters() {
        assertThat(NameKey.of("әғқңөұүһі")).isEqualTo("agknouhi");
        assertThat(NameKey.of("ӘҒҚҢӨҰҮҺІ")).isEqualTo("agknouhi");
    }

    @Test
    void the_russian_passport_transliteration_is_what_cyrillic_becomes_before_folding() {
        assertThat(NameKey.latin("Жуковский Щербаков Цой Хасанова Юлия Яна")).isEqualTo(
                "zhukovskii shcherbakov tsoi khasanova iuliia iana");
    }

    @Test
    void different_names_keep_different_keys() {
        assertThat(NameKey.of("Айгүл")).isNotEqualTo(NameKey.of("Айжан"));
        assertThat(NameKey.of("Иванов")).isNotEqualTo(NameKey.of("Петров"));
    }

    @Test
    void a_word_without_letters_has_an_empty_key_and_agrees_with_nothing() {
        assertThat(NameKey.of("  ")).isEmpty();
        assertThat(NameKey.of(null)).isEmpty();
        assertThat(NameKey.of("123-!")).isEmpty();
        assertThat(JaroWinkler.similarity(NameKey.of("123"), NameKey.of("456"))).isZero();
    }

    @Test
    void other_scripts_become_latin_too() {
        assertThat(NameKey.of("Ólafur")).isEqualTo("olafur");
        assertThat(NameKey.of("Мұхаммедқали")).isEqualTo(NameKey.of("Mukhammedqali"));
    }
}
