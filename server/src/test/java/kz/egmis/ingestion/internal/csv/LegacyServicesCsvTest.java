package kz.egmis.ingestion.internal.csv;

import static kz.egmis.ingestion.internal.csv.CsvBodies.BAD_BIN;
import static kz.egmis.ingestion.internal.csv.CsvBodies.BAD_BIN_MESSAGE;
import static kz.egmis.ingestion.internal.csv.CsvBodies.BAD_IIN;
import static kz.egmis.ingestion.internal.csv.CsvBodies.BAD_IIN_MESSAGE;
import static kz.egmis.ingestion.internal.csv.CsvBodies.CLINIC;
import static kz.egmis.ingestion.internal.csv.CsvBodies.DOCTOR;
import static kz.egmis.ingestion.internal.csv.CsvBodies.LEGACY_HEADER;
import static kz.egmis.ingestion.internal.csv.CsvBodies.PATIENT;
import static kz.egmis.ingestion.internal.csv.CsvBodies.SOURCE;
import static kz.egmis.ingestion.internal.csv.CsvBodies.issuesOfOnlyRow;
import static kz.egmis.ingestion.internal.csv.CsvBodies.read;
import static kz.egmis.ingestion.internal.csv.CsvBodies.windows1251;
import static kz.egmis.ingestion.internal.csv.CsvFormat.LEGACY_SERVICES;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kz.egmis.identity.Bin;
import kz.egmis.identity.Iin;
import kz.egmis.ingestion.domain.ClaimRecord;
import kz.egmis.ingestion.domain.ClaimRecord.CareTeamMember;
import kz.egmis.ingestion.domain.ClaimRecord.ClaimItem;
import kz.egmis.ingestion.domain.Conversion;
import kz.egmis.ingestion.domain.RecordKey;
import kz.egmis.ingestion.domain.Reference;
import kz.egmis.ingestion.domain.ValidationIssue;

class LegacyServicesCsvTest {

    static byte[] body(String... rows) {
        return windows1251(LEGACY_HEADER + "\r\n" + String.join("\r\n", rows) + "\r\n");
    }

    /** A valid row with one column replaced: 0 ИИН .. 8 Номер записи. */
    static String rowWith(int column, String value) {
        String[] values = {PATIENT, CLINIC, "05.01.2026", "AMB001", "2", "\"7400,50\"", DOCTOR, "J06.9", "A-17"};
        values[column] = value;
        return String.join(",", values);
    }

    @Test
    void a_windows_1251_row_becomes_a_professional_claim_of_one_item() throws Exception {
        List<CsvRow> rows = read(LEGACY_SERVICES, body(
                PATIENT + "," + CLINIC + ",05.01.2026,AMB001,2,\"7400,50\"," + DOCTOR + ",J06.9,Запись-17"));

        LocalDate day = LocalDate.of(2026, 1, 5);
        ClaimItem item = new ClaimItem(1, "AMB001", day, day, new BigDecimal("2"), new BigDecimal("3700.25"),
                new BigDecimal("7400.50"), List.of(), List.of());
        ClaimRecord expected = new ClaimRecord(new RecordKey(SOURCE, "Claim", "Запись-17"), "legacy-services",
                "active", "professional", Reference.person("Patient", Iin.parse(PATIENT)),
                Reference.organization(Bin.parse(CLINIC)), null, day, "J06.9", new BigDecimal("7400.50"),
                List.of(new CareTeamMember(1, Reference.person("Practitioner", Iin.parse(DOCTOR)))), List.of(item));
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(2);
            assertThat(row.conversion().record()).isEqualTo(expected);
            assertThat(row.conversion().canonicalContent()).isEqualTo("legacy-services|iin=" + PATIENT + "|bin="
                    + CLINIC + "|date=2026-01-05|service=AMB001|quantity=2|amount=7400.50|doctor=" + DOCTOR
                    + "|icd10=J06.9|record=Запись-17");
            assertThat(row.conversion().rawContent()).isEqualTo(PATIENT + "," + CLINIC
                    + ",05.01.2026,AMB001,2,\"7400,50\"," + DOCTOR + ",J06.9,Запись-17");
        });
    }

    @Test
    void the_unit_price_is_the_amount_over_the_quantity_rounded_half_up() throws Exception {
        ClaimRecord claim = (ClaimRecord) read(LEGACY_SERVICES, body(rowWith(4, "3").replace("\"7400,50\"", "100")))
                .get(0).conversion().record();

        assertThat(claim.items().get(0).unitPrice()).isEqualTo(new BigDecimal("33.33"));
        assertThat(claim.items().get(0).net()).isEqualTo(new BigDecimal("100.00"));
        assertThat(claim.total()).isEqualTo(new BigDecimal("100.00"));
    }

    @Test
    void an_empty_diagnosis_is_left_out_and_a_lower_case_one_is_written_in_upper_case() throws Exception {
        List<CsvRow> rows = read(LEGACY_SERVICES, body(rowWith(7, ""), rowWith(7, "i10")));

        assertThat(((ClaimRecord) rows.get(0).conversion().record()).diagnosisCode()).isNull();
        assertThat(rows.get(0).conversion().canonicalContent()).contains("|icd10=|");
        assertThat(((ClaimRecord) rows.get(1).conversion().record()).diagnosisCode()).isEqualTo("I10");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "7400        | 7400.00",
        "\"7400,5\"  | 7400.50",
        "7400.05     | 7400.05",
        "\"7 400,50\" | 7400.50",
        "\"1 234 567.00\" | 1234567.00",
        "0           | 0.00",
    })
    void amounts_take_a_comma_or_a_dot_and_spaces_between_thousands(String written, String amount) throws Exception {
        ClaimRecord claim = (ClaimRecord) read(LEGACY_SERVICES, body(rowWith(5, written))).get(0).conversion().record();

        assertThat(claim.total()).isEqualTo(new BigDecimal(amount));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "\"1.234,56\" | '1.234,56' has both '.' and ',', so its decimal mark is ambiguous: send digits with an optional ',' or '.' and at most 2 decimals, e.g. 7400 or 7400,50, without thousands separators other than spaces",
        "1.234        | '1.234' has 3 or more digits after the decimal mark, which could be a thousands separator: send digits with an optional ',' or '.' and at most 2 decimals, e.g. 7400 or 7400,50",
        "-100         | '-100' is negative: send digits with an optional ',' or '.' and at most 2 decimals, e.g. 7400 or 7400,50",
        "7400 тг      | '7400 тг' is not a number: send digits with an optional ',' or '.' and at most 2 decimals, e.g. 7400 or 7400,50",
        "\"74 00\"    | '74 00' is not a number: send digits with an optional ',' or '.' and at most 2 decimals, e.g. 7400 or 7400,50",
        "1234567890123456 | '1234567890123456' has more than 15 digits before the decimal mark: check the value",
    })
    void an_amount_that_is_ambiguous_or_not_a_number_is_rejected(String written, String message) throws Exception {
        assertThat(issuesOfOnlyRow(LEGACY_SERVICES, body(rowWith(5, written))))
                .containsExactly(ValidationIssue.value("Сумма", message));
    }

    @Test
    void a_quantity_may_be_a_decimal_but_must_be_more_than_zero() throws Exception {
        List<CsvRow> rows = read(LEGACY_SERVICES, body(rowWith(4, "\"1,5\""), rowWith(4, "0"), rowWith(4, "-1"),
                rowWith(4, "")));

        assertThat(((ClaimRecord) rows.get(0).conversion().record()).items().get(0).quantity())
                .isEqualTo(new BigDecimal("1.5"));
        assertThat(rows.get(1).conversion().issues()).containsExactly(ValidationIssue.value("Кол-во",
                "'0' is zero: send the number of units provided, more than 0"));
        assertThat(rows.get(2).conversion().issues()).containsExactly(ValidationIssue.value("Кол-во",
                "'-1' is negative: send digits with an optional ',' or '.' and at most 2 decimals, e.g. 7400 or 7400,50"));
        assertThat(rows.get(3).conversion().issues()).containsExactly(ValidationIssue.required("Кол-во",
                "is empty: send digits with an optional ',' or '.' and at most 2 decimals, e.g. 7400 or 7400,50"));
    }

    @Test
    void each_check_names_its_column_on_its_own_line() throws Exception {
        List<CsvRow> rows = read(LEGACY_SERVICES, body(
                rowWith(0, BAD_IIN),
                rowWith(1, BAD_BIN),
                rowWith(2, "2026-01-05"),
                rowWith(2, "30.02.2026"),
                rowWith(2, "03.03.2026"),
                rowWith(3, "XYZ999"),
                rowWith(3, ""),
                rowWith(6, ""),
                rowWith(6, BAD_IIN),
                rowWith(7, "\"J06,9\""),
                rowWith(7, "\u04100.1"),
                rowWith(8, "")));

        assertThat(rows).extracting(CsvRow::line).containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L);
        assertThat(rows).extracting(row -> row.conversion().issues()).containsExactly(
                List.of(ValidationIssue.value("ИИН", BAD_IIN_MESSAGE)),
                List.of(ValidationIssue.value("БИН", BAD_BIN_MESSAGE)),
                List.of(ValidationIssue.value("Дата", "'2026-01-05' is not a date as DD.MM.YYYY, e.g. 05.01.2026:"
                        + " send it in that form")),
                List.of(ValidationIssue.value("Дата", "'30.02.2026' is not a calendar date: send a real date as"
                        + " DD.MM.YYYY, e.g. 05.01.2026")),
                List.of(ValidationIssue.value("Дата", "2026-03-03 is more than 24 hours in the future"
                        + " (Kazakhstan time): send the day it happened, not a planned day")),
                List.of(ValidationIssue.unknownCode("Код услуги", "'XYZ999' is not in the national service"
                        + " catalog: send a code from it, e.g. AMB001")),
                List.of(ValidationIssue.required("Код услуги", "is empty: send the service's code from the"
                        + " national service catalog, e.g. AMB001")),
                List.of(ValidationIssue.required("ИИН врача", "is empty: send the 12-digit IIN of the doctor who"
                        + " provided the service")),
                List.of(ValidationIssue.value("ИИН врача", BAD_IIN_MESSAGE)),
                List.of(ValidationIssue.value("МКБ-10", "'J06,9' is not an ICD-10 code: send a Latin letter, two"
                        + " digits and optionally a dot and up to 4 more letters or digits, e.g. J06.9, or leave it"
                        + " empty")),
                List.of(ValidationIssue.value("МКБ-10", "'\u04100.1' has a Cyrillic letter: write ICD-10 codes"
                        + " with Latin letters, e.g. J06.9")),
                List.of(ValidationIssue.required("Номер записи", "is empty: send the record's number in the"
                        + " source system (1-64 characters), which identifies the row when it is sent again")));
    }

    @Test
    void all_issues_of_a_row_are_reported_not_just_the_first() throws Exception {
        List<ValidationIssue> issues = issuesOfOnlyRow(LEGACY_SERVICES,
                body(BAD_IIN + "," + BAD_BIN + ",5.1.2026,NOPE,0,abc," + BAD_IIN + ",??,"));

        assertThat(issues).extracting(ValidationIssue::location).containsExactly(
                "ИИН", "БИН", "Дата", "Код услуги", "Кол-во", "Сумма", "ИИН врача", "МКБ-10", "Номер записи");
    }

    @Test
    void a_quoted_field_may_hold_commas_quotes_and_line_breaks_and_later_rows_keep_their_line_numbers()
            throws Exception {
        List<CsvRow> rows = read(LEGACY_SERVICES, body(
                rowWith(8, "\"A,1 \"\"копия\"\"\""),
                rowWith(8, "\"многострочный\r\nномер\nзаписи\""),
                rowWith(8, "A-3")));

        assertThat(rows).extracting(CsvRow::line).containsExactly(2L, 3L, 6L);
        assertThat(rows).extracting(row -> row.conversion().record().key().id())
                .containsExactly("A,1 \"копия\"", "многострочный\nномер\nзаписи", "A-3");
        assertThat(rows.get(1).conversion().rawContent()).endsWith(",\"многострочный\nномер\nзаписи\"");
    }

    @Test
    void a_record_number_already_received_names_the_same_claim_again() throws Exception {
        List<CsvRow> rows = read(LEGACY_SERVICES, body(rowWith(8, "A-1"), rowWith(8, "A-1").replace("AMB001", "PHC001")));

        assertThat(rows.get(0).conversion().record().key()).isEqualTo(rows.get(1).conversion().record().key());
        assertThat(rows.get(0).conversion().canonicalContent()).isNotEqualTo(rows.get(1).conversion().canonicalContent());
    }
}
