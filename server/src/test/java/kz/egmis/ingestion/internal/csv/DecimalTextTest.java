package kz.egmis.ingestion.internal.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalTextTest {

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(delimiter = '|', value = {
        "0          | 0",
        "7400       | 7400",
        "7400,5     | 7400.5",
        "7400.50    | 7400.50",
        "'7 400,50' | 7400.50",
        "'12 345 678' | 12345678",
        "007        | 7",
        "999999999999999.99 | 999999999999999.99",
    })
    void reads_plain_and_space_grouped_numbers_with_either_decimal_mark(String text, String value) {
        assertThat(DecimalText.parse(text)).isEqualByComparingTo(new BigDecimal(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"7\u00A0400,50", "7\u202F400,50"})
    void a_no_break_space_between_thousands_is_a_space(String text) {
        assertThat(DecimalText.parse(text)).isEqualByComparingTo("7400.50");
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"", " ", "-1", "+1", "1.234", "1,234", "1.234,56", "1,234.56", "74 00", "7400,", ",5",
        "1e3", "7400 тг", "١٢٣", "1000000000000000", "7  400", "7 400 000,123"})
    void refuses_what_is_not_a_number_in_that_form_or_is_ambiguous(String text) {
        assertThat(DecimalText.parse(text)).isNull();
        assertThat(DecimalText.problem(text)).isNotBlank();
    }
}
