package kz.egmis.ingestion.internal.csv;

import static kz.egmis.ingestion.internal.csv.CsvBodies.BAD_IIN;
import static kz.egmis.ingestion.internal.csv.CsvBodies.BAD_IIN_MESSAGE;
import static kz.egmis.ingestion.internal.csv.CsvBodies.NEWBORN;
import static kz.egmis.ingestion.internal.csv.CsvBodies.PATIENT;
import static kz.egmis.ingestion.internal.csv.CsvBodies.SOURCE;
import static kz.egmis.ingestion.internal.csv.CsvBodies.issuesOfOnlyRow;
import static kz.egmis.ingestion.internal.csv.CsvBodies.read;
import static kz.egmis.ingestion.internal.csv.CsvBodies.utf8;
import static kz.egmis.ingestion.internal.csv.CsvFormat.DEATH_REGISTRY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import kz.egmis.identity.Iin;
import kz.egmis.ingestion.domain.Conversion;
import kz.egmis.ingestion.domain.DeathRecord;
import kz.egmis.ingestion.domain.RecordKey;
import kz.egmis.ingestion.domain.ValidationIssue;

class DeathRegistryCsvTest {

    private static final String HEADER = "iin;death_date;record_no\n";

    @Test
    void a_row_becomes_a_death_record_identified_by_its_record_number() throws Exception {
        List<CsvRow> rows = read(DEATH_REGISTRY, utf8(HEADER + PATIENT + ";2026-01-05;ZAGS-2026-0001\n"));

        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).line()).isEqualTo(2);
        Conversion conversion = rows.get(0).conversion();
        assertThat(conversion.record()).isEqualTo(new DeathRecord(
                new RecordKey(SOURCE, "death-registry", "ZAGS-2026-0001"), Iin.parse(PATIENT), LocalDate.of(2026, 1, 5)));
        assertThat(conversion.canonicalContent())
                .isEqualTo("death-registry|record=ZAGS-2026-0001|iin=" + PATIENT + "|death_date=2026-01-05");
        assertThat(conversion.rawContent()).isEqualTo(PATIENT + ";2026-01-05;ZAGS-2026-0001");
    }

    @Test
    void a_byte_order_mark_and_crlf_line_ends_are_read_like_plain_lf() throws Exception {
        String body = HEADER + PATIENT + ";2026-01-05;R1\n";
        String withMarkAndCrlf = "\uFEFF" + body.replace("\n", "\r\n");

        Conversion plain = read(DEATH_REGISTRY, utf8(body)).get(0).conversion();
        Conversion marked = read(DEATH_REGISTRY, utf8(withMarkAndCrlf)).get(0).conversion();

        assertThat(marked.record()).isEqualTo(plain.record());
        assertThat(marked.rawContent()).isEqualTo(plain.rawContent());
    }

    @Test
    void white_space_around_values_does_not_count() throws Exception {
        Conversion conversion = read(DEATH_REGISTRY, utf8(HEADER + " " + PATIENT + " ; 2026-01-05\t; R1 \n"))
                .get(0).conversion();

        assertThat(conversion.canonicalContent()).isEqualTo("death-registry|record=R1|iin=" + PATIENT
                + "|death_date=2026-01-05");
    }

    @Test
    void an_invalid_iin_is_rejected_with_the_identifier_message() throws Exception {
        assertThat(issuesOfOnlyRow(DEATH_REGISTRY, utf8(HEADER + BAD_IIN + ";2026-01-05;R1\n")))
                .containsExactly(ValidationIssue.value("iin", BAD_IIN_MESSAGE));
    }

    @Test
    void every_empty_value_is_named() throws Exception {
        assertThat(issuesOfOnlyRow(DEATH_REGISTRY, utf8(HEADER + ";;\n"))).extracting(ValidationIssue::toString)
                .containsExactly(
                        "iin: is empty: send the 12-digit IIN of the person who died",
                        "death_date: is empty: send the date as YYYY-MM-DD, e.g. 2026-01-05",
                        "record_no: is empty: send the record's number in the source system (1-64 characters),"
                                + " which identifies the row when it is sent again");
    }

    @ParameterizedTest
    @ValueSource(strings = {"05.01.2026", "2026-1-5", "2026/01/05", "20260105", "yesterday"})
    void a_death_date_not_written_as_iso_is_rejected(String date) throws Exception {
        assertThat(issuesOfOnlyRow(DEATH_REGISTRY, utf8(HEADER + PATIENT + ";" + date + ";R1\n")))
                .containsExactly(ValidationIssue.value("death_date", "'" + date
                        + "' is not a date as YYYY-MM-DD, e.g. 2026-01-05: send it in that form"));
    }

    @Test
    void a_death_date_that_is_not_a_calendar_day_is_rejected() throws Exception {
        assertThat(issuesOfOnlyRow(DEATH_REGISTRY, utf8(HEADER + PATIENT + ";2025-02-29;R1\n")))
                .containsExactly(ValidationIssue.value("death_date", "'2025-02-29' is not a calendar date:"
                        + " send a real date as YYYY-MM-DD, e.g. 2026-01-05"));
    }

    @Test
    void tomorrow_is_within_24_hours_but_the_day_after_is_rejected() throws Exception {
        List<CsvRow> rows = read(DEATH_REGISTRY, utf8(HEADER + PATIENT + ";2026-03-02;R1\n"
                + PATIENT + ";2026-03-03;R2\n"));

        assertThat(rows.get(0).conversion().isAccepted()).isTrue();
        assertThat(rows.get(1).conversion().issues()).containsExactly(ValidationIssue.value("death_date",
                "2026-03-03 is more than 24 hours in the future (Kazakhstan time): send the day it happened,"
                        + " not a planned day"));
    }

    @Test
    void a_death_before_the_birth_date_of_the_iin_is_rejected() throws Exception {
        assertThat(issuesOfOnlyRow(DEATH_REGISTRY, utf8(HEADER + NEWBORN + ";2026-02-19;R1\n")))
                .containsExactly(ValidationIssue.value("death_date", "2026-02-19 is before 2026-02-20, the birth"
                        + " date IIN " + NEWBORN + " gives: check the date and the IIN"));
        assertThat(read(DEATH_REGISTRY, utf8(HEADER + NEWBORN + ";2026-02-20;R1\n")).get(0).conversion()
                .isAccepted()).isTrue();
    }

    @Test
    void a_record_number_of_64_characters_is_kept_and_65_is_rejected() throws Exception {
        String longest = "N".repeat(64);
        List<CsvRow> rows = read(DEATH_REGISTRY, utf8(HEADER + PATIENT + ";2026-01-05;" + longest + "\n"
                + PATIENT + ";2026-01-05;" + longest + "5\n"));

        assertThat(rows.get(0).conversion().record().key().id()).isEqualTo(longest);
        assertThat(rows.get(1).conversion().issues()).containsExactly(ValidationIssue.value("record_no",
                "'" + longest + "...' has 65 characters: send at most 64"));
    }
}
