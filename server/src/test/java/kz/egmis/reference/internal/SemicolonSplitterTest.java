package kz.egmis.reference.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SemicolonSplitterTest {

    @Test
    void every_semicolon_separates_two_fields() {
        assertThat(SemicolonSplitter.split("PHC001;Приём;Visit")).containsExactly("PHC001", "Приём", "Visit");
    }

    @Test
    void empty_fields_are_kept_even_at_the_end_of_the_line() {
        assertThat(SemicolonSplitter.split("OSMS;;name;")).containsExactly("OSMS", "", "name", "");
    }

    @Test
    void a_line_without_semicolons_is_one_field() {
        assertThat(SemicolonSplitter.split("code")).containsExactly("code");
        assertThat(SemicolonSplitter.split("")).containsExactly("");
    }

    @Test
    void quotes_and_commas_are_ordinary_characters() {
        assertThat(SemicolonSplitter.split("\"a\";b,c")).containsExactly("\"a\"", "b,c");
    }
}
