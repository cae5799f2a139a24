package kz.egmis.ingestion.internal.csv;

import static kz.egmis.ingestion.internal.csv.CsvBodies.CLINIC;
import static kz.egmis.ingestion.internal.csv.CsvBodies.DOCTOR;
import static kz.egmis.ingestion.internal.csv.CsvBodies.LEGACY_HEADER;
import static kz.egmis.ingestion.internal.csv.CsvBodies.PATIENT;
import static kz.egmis.ingestion.internal.csv.CsvBodies.read;
import static kz.egmis.ingestion.internal.csv.CsvBodies.utf8;
import static kz.egmis.ingestion.internal.csv.CsvBodies.windows1251;
import static kz.egmis.ingestion.internal.csv.CsvFormat.ATTACHMENT_REGISTRY;
import static kz.egmis.ingestion.internal.csv.CsvFormat.DEATH_REGISTRY;
import static kz.egmis.ingestion.internal.csv.CsvFormat.LEGACY_SERVICES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import kz.egmis.ingestion.domain.ClaimRecord;

class CsvHeaderTest {

    private static final String DEATH_EXPECTED = "death-registry expects the header iin;death_date;record_no"
            + " (columns in any order, separated by ';', UTF-8)";
    private static final String LEGACY_EXPECTED = "legacy-services expects the header " + LEGACY_HEADER
            + " (columns in any order, separated by ',', windows-1251)";

    @Test
    void columns_may_come_in_any_order_with_white_space_around_their_names() throws Exception {
        List<CsvRow> rows = read(DEATH_REGISTRY, utf8(" record_no ;iin; death_date\nR1;" + PATIENT + ";2026-01-05\n"));

        assertThat(rows.get(0).conversion().canonicalContent())
                .isEqualTo("death-registry|record=R1|iin=" + PATIENT + "|death_date=2026-01-05");
    }

    @Test
    void a_legacy_file_with_reordered_russian_columns_is_read_by_name() throws Exception {
        String header = "Номер записи,Сумма,Кол-во,ИИН врача,Код услуги,Дата,МКБ-10,БИН,ИИН";
        String row = "A-1,7400,1," + DOCTOR + ",AMB001,05.01.2026,J06.9," + CLINIC + "," + PATIENT;

        ClaimRecord claim = (ClaimRecord) read(LEGACY_SERVICES, windows1251(header + "\r\n" + row + "\r\n"))
                .get(0).conversion().record();

        assertThat(claim.key().id()).isEqualTo("A-1");
        assertThat(claim.patient().iin().value()).isEqualTo(PATIENT);
        assertThat(claim.careTeam().get(0).practitioner().iin().value()).isEqualTo(DOCTOR);
    }

    @Test
    void an_empty_body_has_no_header() {
        assertThatThrownBy(() -> read(DEATH_REGISTRY, new byte[0]))
                .isInstanceOf(CsvHeaderException.class)
                .hasMessage("The body is empty: " + DEATH_EXPECTED + " on line 1.");
        assertThatThrownBy(() -> read(DEATH_REGISTRY, utf8("\uFEFF")))
                .isInstanceOf(CsvHeaderException.class).hasMessageStartingWith("The body is empty");
    }

    @Test
    void a_missing_column_and_an_unknown_one_are_both_named() {
        assertThatThrownBy(() -> read(DEATH_REGISTRY, utf8("iin;date;record_no\n")))
                .isInstanceOf(CsvHeaderException.class)
                .hasMessage(DEATH_EXPECTED + ", found 'iin;date;record_no': unknown column 'date',"
                        + " missing column 'death_date'.");
    }

    @Test
    void a_repeated_column_and_an_extra_separator_are_refused() {
        assertThatThrownBy(() -> read(DEATH_REGISTRY, utf8("iin;death_date;record_no;iin;\n")))
                .isInstanceOf(CsvHeaderException.class)
                .hasMessageEndingWith(": column 'iin' appears twice, an empty column name at position 5"
                        + " (a separator too many?).");
    }

    @Test
    void column_names_are_compared_exactly() {
        assertThatThrownBy(() -> read(ATTACHMENT_REGISTRY, utf8("IIN;BIN;attached_from;attached_to\n")))
                .isInstanceOf(CsvHeaderException.class)
                .hasMessageContaining("unknown column 'IIN', unknown column 'BIN', missing column 'iin',"
                        + " missing column 'bin'");
    }

    @Test
    void another_separator_is_refused_with_a_hint() {
        assertThatThrownBy(() -> read(DEATH_REGISTRY, utf8("iin,death_date,record_no\n")))
                .isInstanceOf(CsvHeaderException.class)
                .hasMessage(DEATH_EXPECTED + ", found 'iin,death_date,record_no': unknown column"
                        + " 'iin,death_date,record_no', missing column 'iin', missing column 'death_date',"
                        + " missing column 'record_no'. The columns look separated by ',': separate them by ';'.");
        assertThatThrownBy(() -> read(LEGACY_SERVICES, windows1251(LEGACY_HEADER.replace(',', ';') + "\n")))
                .isInstanceOf(CsvHeaderException.class)
                .hasMessageEndingWith("The columns look separated by ';': separate them by ','.");
    }

    @Test
    void a_legacy_file_sent_as_utf_8_is_refused_with_a_hint() {
        assertThatThrownBy(() -> read(LEGACY_SERVICES, utf8(LEGACY_HEADER + "\r\n")))
                .isInstanceOf(CsvHeaderException.class)
                .hasMessageStartingWith(LEGACY_EXPECTED + ", found '")
                .hasMessageEndingWith("The header looks like UTF-8: export the file in windows-1251.");
        assertThatThrownBy(() -> read(LEGACY_SERVICES, utf8("\uFEFF" + LEGACY_HEADER + "\r\n")))
                .isInstanceOf(CsvHeaderException.class)
                .hasMessageEndingWith("The header looks like UTF-8: export the file in windows-1251.");
    }

    @Test
    void a_registry_file_that_is_not_utf_8_is_refused_with_a_hint() {
        assertThatThrownBy(() -> read(DEATH_REGISTRY, windows1251("иин;death_date;record_no\n")))
                .isInstanceOf(CsvHeaderException.class)
                .hasMessageEndingWith("The header is not valid UTF-8: export the file as UTF-8.");
    }

    @Test
    void a_header_longer_than_the_line_limit_is_refused() {
        assertThatThrownBy(() -> CsvBodies.read(DEATH_REGISTRY,
                new java.io.ByteArrayInputStream(utf8("iin;death_date;record_no\n")), 10))
                .isInstanceOf(CsvHeaderException.class)
                .hasMessage("Line 1 is longer than 10 bytes: " + DEATH_EXPECTED + ".");
    }

    @Test
    void the_header_must_be_line_1_even_after_a_blank_line() {
        assertThatThrownBy(() -> read(DEATH_REGISTRY, utf8("\niin;death_date;record_no\n")))
                .isInstanceOf(CsvHeaderException.class)
                .hasMessage("Line 1 is blank: " + DEATH_EXPECTED + " on line 1, before any blank line.");
    }

    @Test
    void a_quoted_header_is_read_like_a_plain_one() throws Exception {
        assertThat(read(DEATH_REGISTRY, utf8("\"iin\";\"death_date\";\"record_no\"\n" + PATIENT + ";2026-01-05;R1\n"))
                .get(0).conversion().isAccepted()).isTrue();
    }

    @Test
    void a_header_alone_has_no_rows() throws Exception {
        assertThat(read(DEATH_REGISTRY, utf8("iin;death_date;record_no"))).isEmpty();
    }
}
