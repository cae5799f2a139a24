package kz.egmis.ingestion.internal.csv;

import static kz.egmis.ingestion.internal.csv.CsvBodies.PATIENT;
import static kz.egmis.ingestion.internal.csv.CsvBodies.outcomes;
import static kz.egmis.ingestion.internal.csv.CsvBodies.read;
import static kz.egmis.ingestion.internal.csv.CsvBodies.utf8;
import static kz.egmis.ingestion.internal.csv.CsvBodies.windows1251;
import static kz.egmis.ingestion.internal.csv.CsvFormat.DEATH_REGISTRY;
import static kz.egmis.ingestion.internal.csv.CsvFormat.LEGACY_SERVICES;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.junit.jupiter.api.Test;

import kz.egmis.ingestion.domain.ValidationIssue;

/** Rows as lines: blank lines, line ends, field counts, quoting, encoding and length, all counted right. */
class CsvStructureTest {

    private static final String HEADER = "iin;death_date;record_no\n";

    private static String row(String recordNumber) {
        return PATIENT + ";2026-01-05;" + recordNumber;
    }

    @Test
    void blank_lines_are_skipped_but_still_counted() throws Exception {
        List<CsvRow> rows = read(DEATH_REGISTRY, utf8(HEADER + "\n" + row("R1") + "\n   \n\r\n" + row("R2") + "\n\n"));

        assertThat(outcomes(rows)).containsExactly("3: accepted", "6: accepted");
    }

    @Test
    void crlf_lf_and_a_last_line_without_terminator_mix_freely() throws Exception {
        List<CsvRow> rows = read(DEATH_REGISTRY, utf8(HEADER.replace("\n", "\r\n") + row("R1") + "\n" + row("R2")
                + "\r\n" + row("R3")));

        assertThat(rows).extracting(row -> row.conversion().record().key().id()).containsExactly("R1", "R2", "R3");
        assertThat(rows).extracting(CsvRow::line).containsExactly(2L, 3L, 4L);
    }

    @Test
    void a_row_with_the_wrong_number_of_fields_is_rejected_and_the_rows_after_it_are_read() throws Exception {
        List<CsvRow> rows = read(DEATH_REGISTRY, utf8(HEADER + row("R1") + "\n" + PATIENT + ";2026-01-05\n"
                + row("R3") + ";extra\n" + row("R4") + "\n"));

        assertThat(outcomes(rows)).containsExactly(
                "2: accepted",
                "3: row: expected 3 fields, found 2: send one value for each column of the header, separated by"
                        + " ';', and quote a value that holds ';'",
                "4: row: expected 3 fields, found 4: send one value for each column of the header, separated by"
                        + " ';', and quote a value that holds ';'",
                "5: accepted");
    }

    @Test
    void an_unquoted_decimal_comma_in_a_legacy_row_makes_one_field_too_many() throws Exception {
        String row = LegacyServicesCsvTest.rowWith(5, "7400,50");

        assertThat(CsvBodies.issuesOfOnlyRow(LEGACY_SERVICES, LegacyServicesCsvTest.body(row)))
                .extracting(ValidationIssue::message).singleElement().asString()
                .startsWith("expected 9 fields, found 10");
    }

    @Test
    void a_too_long_line_is_rejected_with_its_number_and_the_rest_is_read() throws Exception {
        String tooLong = row("R" + "9".repeat(200));
        List<CsvRow> rows = read(DEATH_REGISTRY, new ByteArrayInputStream(utf8(HEADER + row("R1") + "\n" + tooLong
                + "\n" + row("R3") + "\n" + tooLong)), 100);

        assertThat(outcomes(rows)).containsExactly(
                "2: accepted",
                "3: row: line 3 is longer than 100 bytes: split the row or shorten its values",
                "4: accepted",
                "5: row: line 5 is longer than 100 bytes: split the row or shorten its values");
        assertThat(rows.get(1).conversion().issues().get(0).code()).isEqualTo("too-long");
    }

    @Test
    void quotes_are_accepted_in_the_semicolon_formats_too() throws Exception {
        List<CsvRow> rows = read(DEATH_REGISTRY, utf8(HEADER + "\"" + PATIENT + "\";\"2026-01-05\";\"R;1\"\n"
                + row("R2") + "\n"));

        assertThat(rows).extracting(row -> row.conversion().record().key().id()).containsExactly("R;1", "R2");
    }

    @Test
    void a_blank_line_inside_a_quoted_field_belongs_to_the_value_and_is_counted() throws Exception {
        List<CsvRow> rows = read(DEATH_REGISTRY, utf8(HEADER + PATIENT + ";2026-01-05;\"R\r\n\r\n1\"\r\n"
                + row("R5") + "\r\n"));

        assertThat(rows).extracting(CsvRow::line).containsExactly(2L, 5L);
        assertThat(rows.get(0).conversion().record().key().id()).isEqualTo("R\n\n1");
        assertThat(rows.get(0).conversion().rawContent()).isEqualTo(PATIENT + ";2026-01-05;\"R\n\n1\"");
    }

    @Test
    void a_quote_inside_an_unquoted_value_is_an_ordinary_character() throws Exception {
        assertThat(read(DEATH_REGISTRY, utf8(HEADER + row("ЗАГС \"Алматы\" 5") + "\n")).get(0).conversion().record()
                .key().id()).isEqualTo("ЗАГС \"Алматы\" 5");
    }

    @Test
    void text_after_a_closing_quote_rejects_the_row() throws Exception {
        assertThat(outcomes(read(DEATH_REGISTRY, utf8(HEADER + PATIENT + ";2026-01-05;\"R\"1\n" + row("R2")))))
                .containsExactly("2: row: field 3 has text after its closing quote: quote the whole field and write"
                        + " a quote inside it as \"\"", "3: accepted");
    }

    @Test
    void an_unclosed_quote_costs_only_its_own_row() throws Exception {
        List<CsvRow> rows = read(DEATH_REGISTRY, utf8(HEADER + row("R1") + "\n" + PATIENT + ";2026-01-05;\"R2\n"
                + row("R3") + "\n" + row("R4") + "\n"));

        assertThat(outcomes(rows)).containsExactly(
                "2: accepted",
                "3: row: a quoted field that starts on line 3 is not closed before the end of the body: end it"
                        + " with a quote and write a quote inside a field as \"\" (the lines after it were read as rows"
                        + " of their own)",
                "4: accepted",
                "5: accepted");
    }

    @Test
    void a_quoted_field_that_runs_past_the_line_limit_is_given_up_and_the_lines_are_read_again() throws Exception {
        StringBuilder body = new StringBuilder(HEADER + PATIENT + ";2026-01-05;\"R1\n");
        for (int number = 3; number <= 12; number++) {
            body.append(row("R" + number)).append('\n');
        }

        List<CsvRow> rows = read(DEATH_REGISTRY, new ByteArrayInputStream(utf8(body.toString())), 100);

        assertThat(outcomes(rows).get(0)).startsWith("2: row: a quoted field that starts on line 2 is not closed"
                + " within 100 bytes");
        assertThat(rows.subList(1, rows.size())).extracting(CsvRow::line)
                .containsExactly(3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L);
        assertThat(rows.subList(1, rows.size())).allMatch(row -> row.conversion().isAccepted());
    }

    @Test
    void a_quoted_field_that_runs_into_a_too_long_line_is_given_up_and_that_line_reported_too() throws Exception {
        List<CsvRow> rows = read(DEATH_REGISTRY, new ByteArrayInputStream(utf8(HEADER + PATIENT
                + ";2026-01-05;\"R1\n" + row("R3") + "\n" + "x".repeat(150) + "\n" + row("R5") + "\n")), 100);

        assertThat(outcomes(rows)).containsExactly(
                "2: row: a quoted field that starts on line 2 runs into line 4, which is longer than 100 bytes: end"
                        + " it with a quote and write a quote inside a field as \"\" (the lines after it were read as"
                        + " rows of their own)",
                "3: accepted",
                "4: row: line 4 is longer than 100 bytes: split the row or shorten its values",
                "5: accepted");
    }

    @Test
    void bytes_that_are_not_windows_1251_reject_the_row_and_name_the_byte() throws Exception {
        byte[] good = LegacyServicesCsvTest.body(LegacyServicesCsvTest.rowWith(8, "A-1"),
                LegacyServicesCsvTest.rowWith(8, "A-2"));
        byte[] body = new String(good, CsvBodies.WINDOWS_1251).replace("A-1", "A\u0402").getBytes(CsvBodies.WINDOWS_1251);
        int position = new String(body, CsvBodies.WINDOWS_1251).indexOf('\u0402');
        body[position] = (byte) 0x98;

        List<CsvRow> rows = read(LEGACY_SERVICES, body);

        // 75 characters of the row come before "A", so 0x98 is the 77th byte of line 2.
        assertThat(rows.get(0).conversion().issues()).containsExactly(new ValidationIssue("row", "invalid",
                "line 2 has the byte 0x98 at position 77, which is not valid windows-1251: export the file as"
                        + " windows-1251"));
        assertThat(rows.get(1).conversion().isAccepted()).isTrue();
    }

    @Test
    void bytes_that_are_not_utf_8_reject_a_registry_row() throws Exception {
        byte[] body = utf8(HEADER + row("R1") + "\n" + row("R2") + "\n");
        byte[] broken = new byte[body.length + 1];
        int cut = utf8(HEADER + row("R")).length;
        System.arraycopy(body, 0, broken, 0, cut);
        broken[cut] = (byte) 0xC0;
        System.arraycopy(body, cut, broken, cut + 1, body.length - cut);

        assertThat(outcomes(read(DEATH_REGISTRY, broken))).containsExactly(
                "2: row: line 2 has the byte 0xC0 at position 26, which is not valid UTF-8: export the file as UTF-8",
                "3: accepted");
    }

    @Test
    void the_raw_content_of_a_legacy_row_is_its_decoded_text() throws Exception {
        String row = LegacyServicesCsvTest.rowWith(8, "\"Запись №1\"");

        assertThat(read(LEGACY_SERVICES, windows1251(CsvBodies.LEGACY_HEADER + "\n" + row + "\n")).get(0)
                .conversion().rawContent()).isEqualTo(row);
    }
}
