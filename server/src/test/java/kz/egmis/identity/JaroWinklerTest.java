package kz.egmis.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class JaroWinklerTest {

    @Test
    void the_textbook_pairs_give_the_textbook_figures() {
        assertThat(JaroWinkler.similarity("martha", "marhta")).isCloseTo(0.9611, within(0.0001));
        assertThat(JaroWinkler.similarity("dwayne", "duane")).isCloseTo(0.84, within(0.0001));
        assertThat(JaroWinkler.similarity("dixon", "dicksonx")).isCloseTo(0.8133, within(0.0001));
    }

    @Test
    void equal_words_are_1_and_words_without_a_common_letter_are_0() {
        assertThat(JaroWinkler.similarity("nurlan", "nurlan")).isEqualTo(1.0);
        assertThat(JaroWinkler.similarity("abc", "xyz")).isZero();
    }

    @Test
    void an_empty_word_is_similar_to_nothing_not_even_another_empty_word() {
        assertThat(JaroWinkler.similarity("", "")).isZero();
        assertThat(JaroWinkler.similarity("", "nurlan")).isZero();
    }

    @Test
    void similarity_is_symmetric() {
        assertThat(JaroWinkler.similarity("ahmetov", "ahmetova")).isEqualTo(JaroWinkler.similarity("ahmetova", "ahmetov"));
    }
}
