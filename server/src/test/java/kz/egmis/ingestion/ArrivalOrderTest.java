package kz.egmis.ingestion;

import static java.nio.charset.StandardCharsets.UTF_8;
import static kz.egmis.ingestion.StreamTestData.CLINIC_BIN;
import static kz.egmis.ingestion.StreamTestData.CSV;
import static kz.egmis.ingestion.StreamTestData.DOCTOR_IIN;
import static kz.egmis.ingestion.StreamTestData.HOSPITAL_BIN;
import static kz.egmis.ingestion.StreamTestData.NDJSON;
import static kz.egmis.ingestion.StreamTestData.OTHER_DOCTOR_IIN;
import static kz.egmis.ingestion.StreamTestData.OTHER_PATIENT_IIN;
import static kz.egmis.ingestion.StreamTestData.PATIENT_IIN;
import static kz.egmis.ingestion.StreamTestData.WINDOWS_1251;
import static kz.egmis.ingestion.StreamTestData.attachment;
import static kz.egmis.ingestion.StreamTestData.byBin;
import static kz.egmis.ingestion.StreamTestData.byIin;
import static kz.egmis.ingestion.StreamTestData.claim;
import static kz.egmis.ingestion.StreamTestData.encounter;
import static kz.egmis.ingestion.StreamTestData.literal;
import static kz.egmis.ingestion.StreamTestData.organization;
import static kz.egmis.ingestion.StreamTestData.patient;
import static kz.egmis.ingestion.StreamTestData.practitioner;
import static kz.egmis.ingestion.StreamTestData.practitionerRole;
import static kz.egmis.ingestion.StreamTestData.sendingAs;
import static kz.egmis.ingestion.StreamTestData.summary;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import kz.egmis.ingestion.StreamTestData.Summary;
import kz.egmis.testing.ApiClient;
import kz.egmis.testing.EgmisServerTest;

/**
 * Section 2: "data from different systems arrives in any order". One data set sent in three orders, each to its
 * own source system, gives the same canonical rows; references to records not yet arrived are kept.
 */
@EgmisServerTest
class ArrivalOrderTest {

    /** Every canonical table: the rows of one source, without the columns that name the source or the version. */
    private static final List<String> CANONICAL_TABLES = List.of("organization", "practitioner", "practitioner_role",
            "practitioner_role_specialty", "patient", "death_record", "attachment", "encounter", "encounter_participant",
            "claim", "claim_care_team", "claim_item", "claim_item_care_team", "claim_item_encounter");

    /** One request: a single NDJSON line or a single-row CSV body. */
    private record Arrival(String name, String path, String contentType, byte[] body) {

        static Arrival resource(String name, String json) {
            return new Arrival(name, "/ingest/ndjson", NDJSON, (json + "\n").getBytes(UTF_8));
        }

        static Arrival row(String name, String format, String header, String row) {
            boolean legacy = format.equals("legacy-services");
            String body = header + (legacy ? "\r\n" : "\n") + row + (legacy ? "\r\n" : "\n");
            return new Arrival(name, "/ingest/csv/" + format, CSV, body.getBytes(legacy ? WINDOWS_1251 : UTF_8));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void one_data_set_sent_in_three_orders_gives_the_same_canonical_rows() {
        List<Arrival> natural = dataSet();
        List<Arrival> reversed = new ArrayList<>(natural);
        Collections.reverse(reversed);
        List<Arrival> shuffled = new ArrayList<>(natural);
        Collections.shuffle(shuffled, new Random(20_260_101L));
        assertThat(shuffled).isNotEqualTo(natural).isNotEqualTo(reversed);

        send("order-natural", natural);
        send("order-reversed", reversed);
        send("order-shuffled", shuffled);

        Map<String, List<String>> expected = canonicalRows("order-natural");
        assertThat(expected.get("claim")).hasSize(3);
        assertThat(expected.get("attachment")).hasSize(3);
        assertThat(expected.get("death_record")).hasSize(1);
        assertThat(expected.get("claim_item_encounter")).hasSize(2);
        expected.forEach((table, rows) -> assertThat(rows).as("rows of %s", table).isNotEmpty());
        assertThat(canonicalRows("order-reversed")).isEqualTo(expected);
        assertThat(canonicalRows("order-shuffled")).isEqualTo(expected);
        assertThat(history("order-reversed")).isEqualTo(history("order-natural"));
        assertThat(history("order-shuffled")).isEqualTo(history("order-natural"));
    }

    @Test
    void a_reference_to_a_record_that_has_not_arrived_yet_is_kept_as_sent() {
        List<Arrival> claimsFirst = new ArrayList<>(dataSet());
        Collections.reverse(claimsFirst);

        send("order-claims-first", claimsFirst);

        // The Claim was stored before its Patient, Organization, Practitioner and Encounter existed ...
        assertThat(jdbc.sql("""
                select count(*) from resource_version c, resource_version p
                where c.source_system = 'order-claims-first' and p.source_system = c.source_system
                  and c.resource_type = 'Claim' and c.resource_id = 'claim-1'
                  and p.resource_type = 'Patient' and p.resource_id = 'pat-1' and c.id < p.id""").query(Long.class).single())
                .isEqualTo(1);
        // ... and still holds what it named.
        assertThat(jdbc.sql("""
                select patient_resource_id || ' ' || provider_resource_id from claim
                where source_system = 'order-claims-first' and resource_id = 'claim-1'""").query(String.class).single())
                .isEqualTo("pat-1 org-phc");
        assertThat(jdbc.sql("""
                select practitioner_resource_id from claim_care_team
                where source_system = 'order-claims-first' and claim_id = 'claim-1'""").query(String.class).single())
                .isEqualTo("doc-1");
        assertThat(jdbc.sql("""
                select encounter_resource_id from claim_item_encounter
                where source_system = 'order-claims-first' and claim_id = 'claim-1'""").query(String.class).single())
                .isEqualTo("enc-1");
        assertThat(jdbc.sql("""
                select patient_iin || ' ' || provider_bin from claim
                where source_system = 'order-claims-first' and resource_id = 'claim-2'""").query(String.class).single())
                .isEqualTo(OTHER_PATIENT_IIN + " " + HOSPITAL_BIN);
        assertThat(jdbc.sql("""
                select patient_resource_id || ' ' || organization_resource_id from encounter
                where source_system = 'order-claims-first' and resource_id = 'enc-1'""").query(String.class).single())
                .isEqualTo("pat-1 org-phc");
        assertThat(jdbc.sql("""
                select practitioner_resource_id || ' ' || organization_bin from practitioner_role
                where source_system = 'order-claims-first' and resource_id = 'role-1'""").query(String.class).single())
                .isEqualTo("doc-1 " + CLINIC_BIN);
    }

    /**
     * Organizations, practitioners and their roles, patients, attachments (FHIR and registry), encounters, claims
     * (FHIR and legacy) and a death, with literal and logical references between them, in their natural order.
     */
    private static List<Arrival> dataSet() {
        return List.of(
                Arrival.resource("org-phc", organization("org-phc", CLINIC_BIN, "PHC", "Городская поликлиника №1")),
                Arrival.resource("org-hosp", organization("org-hosp", HOSPITAL_BIN, "HOSP", "Городская больница")),
                Arrival.resource("doc-1", practitioner("doc-1", DOCTOR_IIN)),
                Arrival.resource("doc-2", practitioner("doc-2", OTHER_DOCTOR_IIN)),
                Arrival.resource("role-1", practitionerRole("role-1", literal("Practitioner", "doc-1"), byBin(CLINIC_BIN),
                        "GP")),
                Arrival.resource("role-2", practitionerRole("role-2", byIin("Practitioner", OTHER_DOCTOR_IIN),
                        literal("Organization", "org-hosp"), "CARD")),
                Arrival.resource("pat-1", patient("pat-1", PATIENT_IIN, "Ахметова Дана")),
                Arrival.resource("pat-2", patient("pat-2", OTHER_PATIENT_IIN, "Жумабаев Ерлан")),
                Arrival.resource("att-1", attachment("att-1", literal("Patient", "pat-1"),
                        literal("Organization", "org-phc"), "2024-01-01")),
                Arrival.resource("att-2", attachment("att-2", byIin("Patient", OTHER_PATIENT_IIN), byBin(CLINIC_BIN),
                        "2025-02-01")),
                Arrival.row("attachment-row", "attachment-registry", "iin;bin;attached_from;attached_to",
                        PATIENT_IIN + ";" + CLINIC_BIN + ";2023-01-01;2023-12-31"),
                Arrival.resource("enc-1", encounter("enc-1", "AMB", literal("Patient", "pat-1"),
                        literal("Organization", "org-phc"), literal("Practitioner", "doc-1"),
                        "2026-03-02T09:30:00+05:00", "2026-03-02T09:50:00+05:00")),
                Arrival.resource("enc-2", encounter("enc-2", "IMP", byIin("Patient", OTHER_PATIENT_IIN), byBin(HOSPITAL_BIN),
                        byIin("Practitioner", OTHER_DOCTOR_IIN), "2026-03-01T10:00:00+05:00", "2026-03-05")),
                Arrival.resource("claim-1", claim("claim-1", literal("Patient", "pat-1"), literal("Organization", "org-phc"),
                        literal("Practitioner", "doc-1"), "PHC001", "2026-03-02", "3200", literal("Encounter", "enc-1"))),
                Arrival.resource("claim-2", claim("claim-2", byIin("Patient", OTHER_PATIENT_IIN), byBin(HOSPITAL_BIN),
                        byIin("Practitioner", OTHER_DOCTOR_IIN), "AMB001", "2026-03-03", "7400",
                        literal("Encounter", "enc-2"))),
                Arrival.row("legacy-row", "legacy-services",
                        "ИИН,БИН,Дата,Код услуги,Кол-во,Сумма,ИИН врача,МКБ-10,Номер записи",
                        PATIENT_IIN + "," + CLINIC_BIN + ",04.03.2026,PHC001,1,\"3200,00\"," + DOCTOR_IIN + ",J06.9,L-1"),
                Arrival.row("death-row", "death-registry", "iin;death_date;record_no",
                        OTHER_PATIENT_IIN + ";2026-04-01;ZAGS-1"));
    }

    private void send(String source, List<Arrival> arrivals) {
        ApiClient client = sendingAs(port, source);
        for (Arrival arrival : arrivals) {
            Summary summary = summary(client.post(arrival.path(), arrival.contentType(), arrival.body()));
            assertThat(summary.errors()).as("%s to %s", arrival, source).isEmpty();
            assertThat(summary.accepted()).as("%s to %s", arrival, source).isEqualTo(1);
        }
    }

    /** For each canonical table, its rows of the source as text, without source_system and version_id, sorted. */
    private Map<String, List<String>> canonicalRows(String source) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String table : CANONICAL_TABLES) {
            List<String> columns = jdbc.sql("""
                    select column_name from information_schema.columns
                    where table_schema = current_schema() and table_name = :table
                      and column_name not in ('source_system', 'version_id')
                    order by ordinal_position""").param("table", table).query(String.class).list();
            assertThat(columns).as("columns of %s", table).isNotEmpty();
            String row = String.join(" || '|' || ", columns.stream()
                    .map(column -> "coalesce(" + column + "::text, '∅')").toList());
            rows.put(table, jdbc.sql("select " + row + " as r from " + table + " where source_system = :source order by r")
                    .param("source", source).query(String.class).list());
        }
        return rows;
    }

    /** Every version received by the source, without its database id, origin and time of arrival. */
    private List<String> history(String source) {
        return jdbc.sql("""
                select resource_type || '/' || resource_id || ' v' || version || ' ' || content_sha256 || ' ' || transport
                    || ' ' || raw_content as r
                from resource_version where source_system = :source order by r""")
                .param("source", source).query(String.class).list();
    }
}
