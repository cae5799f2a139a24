package kz.egmis.ingestion;

import static java.nio.charset.StandardCharsets.UTF_8;
import static kz.egmis.ingestion.StreamTestData.CLINIC_BIN;
import static kz.egmis.ingestion.StreamTestData.CSV;
import static kz.egmis.ingestion.StreamTestData.DOCTOR_IIN;
import static kz.egmis.ingestion.StreamTestData.HOSPITAL_BIN;
import static kz.egmis.ingestion.StreamTestData.OTHER_DOCTOR_IIN;
import static kz.egmis.ingestion.StreamTestData.OTHER_PATIENT_IIN;
import static kz.egmis.ingestion.StreamTestData.PATIENT_IIN;
import static kz.egmis.ingestion.StreamTestData.WINDOWS_1251;
import static kz.egmis.ingestion.StreamTestData.epochDay;
import static kz.egmis.ingestion.StreamTestData.json;
import static kz.egmis.ingestion.StreamTestData.sendingAs;
import static kz.egmis.ingestion.StreamTestData.summary;
import static kz.egmis.ingestion.StreamTestData.withWrongCheckDigit;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import kz.egmis.ingestion.StreamTestData.Summary;
import kz.egmis.testing.ApiClient;
import kz.egmis.testing.EgmisServerTest;
import tools.jackson.databind.JsonNode;

/** {@code POST /ingest/csv/{format}} over real HTTP, for the three legacy formats of section 4. */
@EgmisServerTest
class CsvIngestTest {

    private static final String LEGACY_HEADER = "ИИН,БИН,Дата,Код услуги,Кол-во,Сумма,ИИН врача,МКБ-10,Номер записи";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void death_registry_rows_become_death_records_traceable_to_their_lines_and_a_bad_row_is_rejected_alone() {
        ApiClient registry = sendingAs(port, "csv-deaths");
        String body = "iin;death_date;record_no\n"
                + PATIENT_IIN + ";2026-01-05;ZAGS-2026-0001\n"                       // 2
                + "\n"                                                               // 3 blank
                + withWrongCheckDigit(OTHER_PATIENT_IIN) + ";2026-01-06;ZAGS-2026-0002\n" // 4 bad IIN
                + OTHER_PATIENT_IIN + ";2026-02-01;ZAGS-2026-0003\n";                // 5

        Summary summary = summary(registry.post("/ingest/csv/death-registry", CSV, body.getBytes(UTF_8)));

        assertThat(summary.accepted()).isEqualTo(2);
        assertThat(summary.rejected()).isEqualTo(1);
        assertThat(summary.errorLines()).containsExactly(4L);
        assertThat(summary.messageOfLine(4)).startsWith("iin: ").contains(withWrongCheckDigit(OTHER_PATIENT_IIN))
                .contains("check digit");
        assertThat(jdbc.sql("select record_number, iin, death_day from death_record where source_system = 'csv-deaths'"
                + " order by record_number").query().listOfRows()).containsExactly(
                Map.of("record_number", "ZAGS-2026-0001", "iin", PATIENT_IIN.value(), "death_day", epochDay("2026-01-05")),
                Map.of("record_number", "ZAGS-2026-0003", "iin", OTHER_PATIENT_IIN.value(),
                        "death_day", epochDay("2026-02-01")));
        assertThat(versions("csv-deaths")).containsExactly(
                "death-registry/ZAGS-2026-0001 v1 csv line 2: " + PATIENT_IIN + ";2026-01-05;ZAGS-2026-0001",
                "death-registry/ZAGS-2026-0003 v1 csv line 5: " + OTHER_PATIENT_IIN + ";2026-02-01;ZAGS-2026-0003");
        assertThat(jdbc.sql("select d.record_number || ' line ' || v.origin_line from death_record d"
                + " join resource_version v on v.id = d.version_id where d.source_system = 'csv-deaths'"
                + " order by d.record_number").query(String.class).list())
                .containsExactly("ZAGS-2026-0001 line 2", "ZAGS-2026-0003 line 5");
    }

    @Test
    void attachment_registry_rows_become_attachments_identified_by_iin_bin_and_first_day() {
        ApiClient registry = sendingAs(port, "csv-attachments");
        String body = "iin;bin;attached_from;attached_to\n"
                + PATIENT_IIN + ";" + CLINIC_BIN + ";2024-01-01;2025-06-30\n"      // 2
                + PATIENT_IIN + ";" + HOSPITAL_BIN + ";2025-07-01;\n"               // 3 still attached
                + OTHER_PATIENT_IIN + ";" + CLINIC_BIN + ";2025-03-01;2025-02-01\n"; // 4 ends before it starts

        Summary summary = summary(registry.post("/ingest/csv/attachment-registry", CSV, body.getBytes(UTF_8)));

        assertThat(summary.accepted()).isEqualTo(2);
        assertThat(summary.errorLines()).containsExactly(4L);
        assertThat(summary.messageOfLine(4)).startsWith("attached_to: ").contains("2025-02-01 is before");
        List<Map<String, Object>> rows = jdbc.sql("""
                select attachment_id, origin_type, patient_iin, organization_bin, patient_resource_id,
                       organization_resource_id, start_day, end_day
                from attachment where source_system = 'csv-attachments' order by start_day""").query().listOfRows();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsEntry("attachment_id", PATIENT_IIN + ":" + CLINIC_BIN + ":2024-01-01")
                .containsEntry("origin_type", "attachment-registry")
                .containsEntry("patient_iin", PATIENT_IIN.value())
                .containsEntry("organization_bin", CLINIC_BIN.value())
                .containsEntry("start_day", epochDay("2024-01-01"))
                .containsEntry("end_day", epochDay("2025-06-30"));
        assertThat(rows.get(1)).containsEntry("attachment_id", PATIENT_IIN + ":" + HOSPITAL_BIN + ":2025-07-01")
                .containsEntry("origin_type", "attachment-registry")
                .containsEntry("start_day", epochDay("2025-07-01"))
                .containsEntry("end_day", null);
        assertThat(versions("csv-attachments")).containsExactly(
                "attachment-registry/" + PATIENT_IIN + ":" + CLINIC_BIN + ":2024-01-01 v1 csv line 2: "
                        + PATIENT_IIN + ";" + CLINIC_BIN + ";2024-01-01;2025-06-30",
                "attachment-registry/" + PATIENT_IIN + ":" + HOSPITAL_BIN + ":2025-07-01 v1 csv line 3: "
                        + PATIENT_IIN + ";" + HOSPITAL_BIN + ";2025-07-01;");
    }

    @Test
    void windows_1251_legacy_services_become_claims_with_an_item_and_a_doctor_on_the_care_team() {
        ApiClient hospital = sendingAs(port, "csv-legacy");
        String body = LEGACY_HEADER + "\r\n"
                + PATIENT_IIN + "," + CLINIC_BIN + ",05.01.2026,AMB001,2,\"7400,50\"," + DOCTOR_IIN + ",J06.9,Запись-17\r\n"
                + OTHER_PATIENT_IIN + "," + CLINIC_BIN + ",06.01.2026,AMB003,1,6100.00," + OTHER_DOCTOR_IIN
                + ",i10,Запись-18\r\n"
                + PATIENT_IIN + "," + CLINIC_BIN + ",07.01.2026,НЕТ999,1,100," + DOCTOR_IIN + ",J06.9,Запись-19\r\n";
        byte[] windows1251 = body.getBytes(WINDOWS_1251);
        assertThat(windows1251).startsWith((byte) 0xC8, (byte) 0xC8, (byte) 0xCD); // "ИИН", one byte a letter

        Summary summary = summary(hospital.post("/ingest/csv/legacy-services", "text/csv; charset=windows-1251",
                windows1251));

        assertThat(summary.accepted()).isEqualTo(2);
        assertThat(summary.rejected()).isEqualTo(1);
        assertThat(summary.errorLines()).containsExactly(4L);
        assertThat(summary.messageOfLine(4)).startsWith("Код услуги: 'НЕТ999' is not in the national service catalog");

        Map<String, Object> claim = jdbc.sql("""
                select origin_type, status, claim_type, patient_iin, patient_resource_id, provider_bin, created_day,
                       diagnosis_code, total_kzt
                from claim where source_system = 'csv-legacy' and resource_id = 'Запись-17'""").query().singleRow();
        assertThat(claim).containsEntry("origin_type", "legacy-services").containsEntry("status", "active")
                .containsEntry("claim_type", "professional").containsEntry("patient_iin", PATIENT_IIN.value())
                .containsEntry("patient_resource_id", null).containsEntry("provider_bin", CLINIC_BIN.value())
                .containsEntry("created_day", epochDay("2026-01-05")).containsEntry("diagnosis_code", "J06.9")
                .containsEntry("total_kzt", new BigDecimal("7400.50"));
        assertThat(jdbc.sql("""
                select service_code, start_day, end_day, quantity, unit_price_kzt, net_kzt
                from claim_item where source_system = 'csv-legacy' and claim_id = 'Запись-17'""").query().singleRow())
                .containsEntry("service_code", "AMB001").containsEntry("start_day", epochDay("2026-01-05"))
                .containsEntry("end_day", epochDay("2026-01-05")).containsEntry("quantity", new BigDecimal("2.000"))
                .containsEntry("unit_price_kzt", new BigDecimal("3700.25")).containsEntry("net_kzt", new BigDecimal("7400.50"));
        assertThat(jdbc.sql("select practitioner_iin from claim_care_team where source_system = 'csv-legacy'"
                + " and claim_id = 'Запись-17'").query(String.class).list()).containsExactly(DOCTOR_IIN.value());
        assertThat(jdbc.sql("select total_kzt || ' ' || diagnosis_code from claim where source_system = 'csv-legacy'"
                + " and resource_id = 'Запись-18'").query(String.class).single()).isEqualTo("6100.00 I10");
        assertThat(versions("csv-legacy")).containsExactly(
                "Claim/Запись-17 v1 csv line 2: " + PATIENT_IIN + "," + CLINIC_BIN + ",05.01.2026,AMB001,2,\"7400,50\","
                        + DOCTOR_IIN + ",J06.9,Запись-17",
                "Claim/Запись-18 v1 csv line 3: " + OTHER_PATIENT_IIN + "," + CLINIC_BIN + ",06.01.2026,AMB003,1,6100.00,"
                        + OTHER_DOCTOR_IIN + ",i10,Запись-18");
    }

    @Test
    void a_legacy_row_whose_record_number_came_before_with_other_content_becomes_version_two_of_that_claim() {
        ApiClient hospital = sendingAs(port, "csv-legacy-versions");
        String first = PATIENT_IIN + "," + CLINIC_BIN + ",05.01.2026,AMB001,1,7400," + DOCTOR_IIN + ",J06.9,R-1";
        String corrected = PATIENT_IIN + "," + CLINIC_BIN + ",05.01.2026,AMB001,1,\"3700,00\"," + DOCTOR_IIN + ",J06.9,R-1";
        String sameAmountOtherSpelling = PATIENT_IIN + "," + CLINIC_BIN + ",05.01.2026,AMB001,1,3700.00," + DOCTOR_IIN
                + ",J06.9,R-1";

        Summary created = summary(hospital.post("/ingest/csv/legacy-services", CSV, legacy(first)));
        Summary updated = summary(hospital.post("/ingest/csv/legacy-services", CSV, legacy(corrected)));
        Summary again = summary(hospital.post("/ingest/csv/legacy-services", CSV, legacy(sameAmountOtherSpelling)));

        assertThat(List.of(created.accepted(), created.unchanged())).containsExactly(1L, 0L);
        assertThat(List.of(updated.accepted(), updated.unchanged())).containsExactly(1L, 0L);
        assertThat(List.of(again.accepted(), again.unchanged())).containsExactly(0L, 1L);
        assertThat(jdbc.sql("""
                select version || ': ' || raw_content from resource_version
                where source_system = 'csv-legacy-versions' and resource_id = 'R-1' order by version""")
                .query(String.class).list()).containsExactly("1: " + first, "2: " + corrected);
        assertThat(jdbc.sql("""
                select v.version || ' ' || c.total_kzt || ' ' || i.net_kzt
                from claim c join resource_version v on v.id = c.version_id
                join claim_item i on i.source_system = c.source_system and i.claim_id = c.resource_id
                where c.source_system = 'csv-legacy-versions' and c.resource_id = 'R-1'""").query(String.class).single())
                .isEqualTo("2 3700.00 3700.00");
        assertThat(jdbc.sql("select count(*) from claim_care_team where source_system = 'csv-legacy-versions'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void an_unknown_format_is_a_404_that_names_the_formats() {
        HttpResponse<String> response = sendingAs(port, "csv-unknown")
                .post("/ingest/csv/birth-registry", CSV, "iin;birth_date\n".getBytes(UTF_8));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        JsonNode error = json(response);
        assertThat(error.path("error").asString()).isEqualTo("CSV_FORMAT_UNKNOWN");
        assertThat(error.path("message").asString()).contains("birth-registry").contains("death-registry")
                .contains("attachment-registry").contains("legacy-services");
    }

    @Test
    void a_wrong_header_is_a_400_that_names_the_expected_header_and_nothing_is_stored() {
        String body = "iin,death_date,record_no\n" + PATIENT_IIN + ",2026-01-05,R1\n";

        HttpResponse<String> response = sendingAs(port, "csv-wrong-header")
                .post("/ingest/csv/death-registry", CSV, body.getBytes(UTF_8));

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = json(response);
        assertThat(error.path("error").asString()).isEqualTo("CSV_HEADER_INVALID");
        assertThat(error.path("message").asString()).contains("iin;death_date;record_no").contains("';'");
        assertThat(versions("csv-wrong-header")).isEmpty();
    }

    @Test
    void a_utf_8_legacy_services_header_is_a_400_that_asks_for_windows_1251() {
        String body = LEGACY_HEADER + "\r\n";

        HttpResponse<String> response = sendingAs(port, "csv-utf8-legacy")
                .post("/ingest/csv/legacy-services", CSV, body.getBytes(UTF_8));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("message").asString()).contains(LEGACY_HEADER).contains("windows-1251");
    }

    @Test
    void an_empty_body_is_a_400() {
        for (String format : List.of("death-registry", "attachment-registry", "legacy-services")) {
            HttpResponse<String> response = sendingAs(port, "csv-empty").post("/ingest/csv/" + format, CSV, new byte[0]);

            assertThat(response.statusCode()).as(format).isEqualTo(400);
            assertThat(json(response).path("error").asString()).isEqualTo("CSV_HEADER_INVALID");
            assertThat(json(response).path("message").asString()).as(format).contains("empty").contains(format);
        }
    }

    private static byte[] legacy(String... rows) {
        return (LEGACY_HEADER + "\r\n" + String.join("\r\n", rows) + "\r\n").getBytes(WINDOWS_1251);
    }

    /** Each stored version of the source as "type/id vN transport line L: raw content", in line order. */
    private List<String> versions(String source) {
        return jdbc.sql("""
                select resource_type || '/' || resource_id || ' v' || version || ' ' || transport || ' line '
                    || origin_line || ': ' || raw_content
                from resource_version where source_system = :source order by origin_line, id""")
                .param("source", source).query(String.class).list();
    }
}
