package kz.egmis.ingestion.internal.csv;

import static kz.egmis.ingestion.internal.csv.CsvBodies.CLINIC;
import static kz.egmis.ingestion.internal.csv.CsvBodies.DOCTOR;
import static kz.egmis.ingestion.internal.csv.CsvBodies.LEGACY_HEADER;
import static kz.egmis.ingestion.internal.csv.CsvBodies.PATIENT;
import static kz.egmis.ingestion.internal.csv.CsvBodies.read;
import static kz.egmis.ingestion.internal.csv.CsvBodies.windows1251;
import static kz.egmis.ingestion.internal.csv.CsvFormat.LEGACY_SERVICES;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A resend of the same facts, however formatted, must hash the same; different facts must not. */
class CanonicalContentTest {

    private static String canonical(String header, String row) throws Exception {
        List<CsvRow> rows = read(LEGACY_SERVICES, windows1251(header + "\r\n" + row + "\r\n"));
        assertThat(rows.get(0).conversion().issues()).isEmpty();
        return rows.get(0).conversion().canonicalContent();
    }

    @Test
    void a_decimal_comma_a_dot_a_quote_or_spaces_do_not_change_the_content() throws Exception {
        String prefix = PATIENT + "," + CLINIC + ",05.01.2026,AMB001,1,";
        String suffix = "," + DOCTOR + ",J06.9,A-1";

        assertThat(List.of(
                canonical(LEGACY_HEADER, prefix + "\"7400,00\"" + suffix),
                canonical(LEGACY_HEADER, prefix + "7400.0" + suffix),
                canonical(LEGACY_HEADER, prefix + "\"7400\"" + suffix),
                canonical(LEGACY_HEADER, prefix + "\" 7 400 \"" + suffix),
                canonical(LEGACY_HEADER, " " + PATIENT + " , " + CLINIC + " ,05.01.2026, AMB001 ,\"1,0\", 7400 ,"
                        + DOCTOR + ",\"J06.9\", A-1 ")))
                .containsOnly("legacy-services|iin=" + PATIENT + "|bin=" + CLINIC + "|date=2026-01-05|service=AMB001"
                        + "|quantity=1|amount=7400.00|doctor=" + DOCTOR + "|icd10=J06.9|record=A-1");
    }

    @Test
    void the_column_order_does_not_change_the_content() throws Exception {
        String reordered = "Номер записи,МКБ-10,ИИН врача,Сумма,Кол-во,Код услуги,Дата,БИН,ИИН";

        assertThat(canonical(reordered, "A-1,J06.9," + DOCTOR + ",7400,1,AMB001,05.01.2026," + CLINIC + "," + PATIENT))
                .isEqualTo(canonical(LEGACY_HEADER, PATIENT + "," + CLINIC + ",05.01.2026,AMB001,1,7400," + DOCTOR
                        + ",J06.9,A-1"));
    }

    @Test
    void another_amount_changes_the_content() throws Exception {
        String prefix = PATIENT + "," + CLINIC + ",05.01.2026,AMB001,1,";
        String suffix = "," + DOCTOR + ",J06.9,A-1";

        assertThat(canonical(LEGACY_HEADER, prefix + "7400.01" + suffix))
                .isNotEqualTo(canonical(LEGACY_HEADER, prefix + "7400" + suffix));
    }

    @Test
    void a_bar_or_backslash_in_a_value_is_escaped_so_fields_cannot_run_together() {
        assertThat(new CanonicalContent(LEGACY_SERVICES).add("record", "a|icd10=x").add("icd10", null).toString())
                .isEqualTo("legacy-services|record=a\\|icd10=x|icd10=");
        assertThat(new CanonicalContent(LEGACY_SERVICES).add("record", "a\\").add("icd10", "|x").toString())
                .isNotEqualTo(new CanonicalContent(LEGACY_SERVICES).add("record", "a\\|").add("icd10", "x").toString());
    }
}
