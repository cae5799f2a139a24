package kz.egmis.ingestion.internal.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CsvFieldSplitterTest {

    private final CsvFieldSplitter splitter = new CsvFieldSplitter(',');

    @Test
    void splits_at_the_separator_and_keeps_empty_fields() {
        splitter.start("a,,b,");

        assertThat(splitter.fields()).containsExactly("a", "", "b", "");
    }

    @Test
    void a_quoted_field_holds_separators_and_doubled_quotes() {
        splitter.start("\"a,b\",\"say \"\"hi\"\"\",\"\"");

        assertThat(splitter.fields()).containsExactly("a,b", "say \"hi\"", "");
        assertThat(splitter.problem()).isNull();
    }

    @Test
    void a_quoted_field_continues_over_line_breaks() {
        splitter.start("1,\"first");
        assertThat(splitter.insideQuotes()).isTrue();
        splitter.continueWith("");
        splitter.continueWith("last\",2");

        assertThat(splitter.insideQuotes()).isFalse();
        assertThat(splitter.fields()).containsExactly("1", "first\n\nlast", "2");
    }

    @Test
    void white_space_around_a_quoted_field_is_dropped() {
        splitter.start(" \"a\" ,b");

        assertThat(splitter.fields()).containsExactly("a", "b");
        assertThat(splitter.problem()).isNull();
    }

    @Test
    void a_quote_inside_an_unquoted_field_is_kept() {
        splitter.start("ТОО \"Ромашка\",b");

        assertThat(splitter.fields()).containsExactly("ТОО \"Ромашка\"", "b");
    }

    @Test
    void text_after_a_closing_quote_is_a_problem_naming_the_field() {
        splitter.start("a,\"b\"c,d");

        assertThat(splitter.problem()).startsWith("field 2 has text after its closing quote");
        assertThat(splitter.fields()).hasSize(3);
    }

    @Test
    void starting_again_forgets_the_previous_row() {
        splitter.start("\"x\"y,\"open");
        splitter.start("a");

        assertThat(splitter.fields()).containsExactly("a");
        assertThat(splitter.problem()).isNull();
    }

    @Test
    void the_fields_of_an_open_row_cannot_be_taken_and_a_complete_row_cannot_be_continued() {
        splitter.start("\"open");
        assertThatThrownBy(splitter::fields).isInstanceOf(IllegalStateException.class);

        splitter.start("closed");
        assertThatThrownBy(() -> splitter.continueWith("x")).isInstanceOf(IllegalStateException.class);
    }
}
