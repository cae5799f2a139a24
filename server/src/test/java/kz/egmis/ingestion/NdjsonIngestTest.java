package kz.egmis.ingestion;

import static kz.egmis.ingestion.StreamTestData.CLINIC_BIN;
import static kz.egmis.ingestion.StreamTestData.DOCTOR_IIN;
import static kz.egmis.ingestion.StreamTestData.NDJSON;
import static kz.egmis.ingestion.StreamTestData.OTHER_PATIENT_IIN;
import static kz.egmis.ingestion.StreamTestData.PATIENT_IIN;
import static kz.egmis.ingestion.StreamTestData.byBin;
import static kz.egmis.ingestion.StreamTestData.byIin;
import static kz.egmis.ingestion.StreamTestData.claim;
import static kz.egmis.ingestion.StreamTestData.literal;
import static kz.egmis.ingestion.StreamTestData.ndjson;
import static kz.egmis.ingestion.StreamTestData.organization;
import static kz.egmis.ingestion.StreamTestData.patient;
import static kz.egmis.ingestion.StreamTestData.patientWithBadIin;
import static kz.egmis.ingestion.StreamTestData.practitioner;
import static kz.egmis.ingestion.StreamTestData.sendingAs;
import static kz.egmis.ingestion.StreamTestData.summary;
import static kz.egmis.ingestion.StreamTestData.withWrongCheckDigit;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import kz.egmis.bench.SyntheticResources;
import kz.egmis.identity.Iin;
import kz.egmis.ingestion.StreamTestData.Summary;
import kz.egmis.testing.ApiClient;
import kz.egmis.testing.EgmisServerTest;

/** {@code POST /ingest/ndjson} over real HTTP: line-by-line acceptance, rejection by line number, idempotence. */
@EgmisServerTest
class NdjsonIngestTest {

    private static final int ONE_MEBIBYTE = 1024 * 1024;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_valid_lines_of_a_mixed_stream_are_stored_and_each_bad_line_is_rejected_with_its_number_and_problem() {
        ApiClient his = sendingAs(port, "ndjson-mixed");
        String body = ndjson(
                organization("org-1", CLINIC_BIN, "PHC", "Городская поликлиника №1"),   // 1
                patient("pat-1", PATIENT_IIN, "Ахметова Дана"),                          // 2
                "{\"resourceType\":\"Patient\",\"id\":\"pat-broken\",",                  // 3 malformed JSON
                patientWithBadIin("pat-bad-iin", OTHER_PATIENT_IIN),                     // 4 IIN checksum
                "",                                                                      // 5 blank
                patient("pat-no-id", OTHER_PATIENT_IIN, "Без Номера").replace("\"id\":\"pat-no-id\",", ""), // 6
                "{\"resourceType\":\"Observation\",\"id\":\"obs-1\",\"status\":\"final\"}", // 7 unsupported type
                practitioner("doc-1", DOCTOR_IIN),                                       // 8
                claim("claim-1", literal("Patient", "pat-1"), byBin(CLINIC_BIN), byIin("Practitioner", DOCTOR_IIN),
                        "AMB001", "2026-03-02", "7400", null));                          // 9

        Summary first = summary(his.post("/ingest/ndjson", NDJSON, body));

        assertThat(first.accepted()).isEqualTo(4);
        assertThat(first.unchanged()).isZero();
        assertThat(first.rejected()).isEqualTo(4);
        assertThat(first.errorLines()).containsExactly(3L, 4L, 6L, 7L);
        assertThat(first.messageOfLine(3)).contains("malformed JSON");
        assertThat(first.messageOfLine(4)).contains("Patient.identifier[0]")
                .contains(withWrongCheckDigit(OTHER_PATIENT_IIN)).contains("check digit");
        assertThat(first.messageOfLine(6)).contains("Patient.id").contains("id is required");
        assertThat(first.messageOfLine(7)).contains("Observation").contains("not accepted");

        assertThat(versions("ndjson-mixed")).containsExactly(
                "Organization/org-1 v1 ndjson line 1", "Patient/pat-1 v1 ndjson line 2",
                "Practitioner/doc-1 v1 ndjson line 8", "Claim/claim-1 v1 ndjson line 9");
        assertThat(jdbc.sql("select resource_id from patient where source_system = 'ndjson-mixed'")
                .query(String.class).list()).containsExactly("pat-1");
        assertThat(jdbc.sql("""
                select c.patient_resource_id || ' ' || c.provider_bin || ' ' || t.practitioner_iin || ' ' || i.service_code
                    || ' ' || i.net_kzt
                from claim c join claim_care_team t on t.source_system = c.source_system and t.claim_id = c.resource_id
                join claim_item i on i.source_system = c.source_system and i.claim_id = c.resource_id
                where c.source_system = 'ndjson-mixed'""").query(String.class).single())
                .isEqualTo("pat-1 " + CLINIC_BIN + " " + DOCTOR_IIN + " AMB001 7400.00");
        assertThat(jdbc.sql("select raw_content from resource_version where source_system = 'ndjson-mixed'"
                + " and resource_id = 'pat-1'").query(String.class).single()).isEqualTo(body.split("\n")[1]);

        Summary again = summary(his.post("/ingest/ndjson", NDJSON, body));

        assertThat(again.accepted()).isZero();
        assertThat(again.unchanged()).isEqualTo(4);
        assertThat(again.rejected()).isEqualTo(4);
        assertThat(again.errorLines()).containsExactly(3L, 4L, 6L, 7L);
        assertThat(versions("ndjson-mixed")).hasSize(4);
    }

    @Test
    void a_line_longer_than_one_mebibyte_is_rejected_by_number_and_the_lines_after_it_are_still_accepted() {
        ApiClient his = sendingAs(port, "ndjson-long-line");
        String exactlyAtTheLimit = paddedPatient("pat-at-limit", PATIENT_IIN, ONE_MEBIBYTE);
        String overTheLimit = paddedPatient("pat-over-limit", OTHER_PATIENT_IIN, ONE_MEBIBYTE + 1);
        String body = ndjson(
                organization("org-1", CLINIC_BIN, "PHC", "Поликлиника"),
                overTheLimit,
                patient("pat-after", OTHER_PATIENT_IIN, "После Длинной"),
                exactlyAtTheLimit,
                practitioner("doc-1", DOCTOR_IIN));

        Summary summary = summary(his.post("/ingest/ndjson", NDJSON, body));

        assertThat(summary.accepted()).isEqualTo(4);
        assertThat(summary.rejected()).isEqualTo(1);
        assertThat(summary.errorLines()).containsExactly(2L);
        assertThat(summary.messageOfLine(2)).contains("longer than " + ONE_MEBIBYTE + " bytes");
        assertThat(versions("ndjson-long-line")).containsExactly("Organization/org-1 v1 ndjson line 1",
                "Patient/pat-after v1 ndjson line 3", "Patient/pat-at-limit v1 ndjson line 4",
                "Practitioner/doc-1 v1 ndjson line 5");
        assertThat(jdbc.sql("select length(name) from patient where source_system = 'ndjson-long-line'"
                + " and resource_id = 'pat-at-limit'").query(Integer.class).single()).isGreaterThan(ONE_MEBIBYTE - 500);
    }

    @Test
    void crlf_line_ends_a_byte_order_mark_and_a_line_of_spaces_are_read_as_a_source_would_mean_them() {
        ApiClient his = sendingAs(port, "ndjson-crlf");
        String body = "\uFEFF" + organization("org-1", CLINIC_BIN, "PHC", "Поликлиника") + "\r\n"
                + "   \t \r\n"
                + patient("pat-1", PATIENT_IIN, "Ахметова Дана") + "\r\n"
                + "{not json}\r\n"
                + practitioner("doc-1", DOCTOR_IIN);

        Summary summary = summary(his.post("/ingest/ndjson", NDJSON, body));

        assertThat(summary.accepted()).isEqualTo(3);
        assertThat(summary.rejected()).isEqualTo(1);
        assertThat(summary.errorLines()).containsExactly(4L);
        assertThat(versions("ndjson-crlf")).containsExactly("Organization/org-1 v1 ndjson line 1",
                "Patient/pat-1 v1 ndjson line 3", "Practitioner/doc-1 v1 ndjson line 5");
        assertThat(jdbc.sql("select raw_content from resource_version where source_system = 'ndjson-crlf'"
                + " and resource_id = 'org-1'").query(String.class).single())
                .isEqualTo(organization("org-1", CLINIC_BIN, "PHC", "Поликлиника"));
    }

    @Test
    void a_stream_of_twenty_thousand_synthetic_resources_is_accepted_whole() {
        ApiClient his = sendingAs(port, "ndjson-synthetic");
        SyntheticResources resources = new SyntheticResources(20_260_101L, "big");
        StringBuilder body = new StringBuilder();
        Map<String, Long> sentByType = new TreeMap<>();
        for (int line = 0; line < 20_000; line++) {
            String resource = resources.next();
            sentByType.merge(resourceType(resource), 1L, Long::sum);
            body.append(resource).append('\n');
        }

        Summary summary = summary(his.post("/ingest/ndjson", NDJSON, body.toString()));

        assertThat(summary.errors()).isEmpty();
        assertThat(summary.accepted()).isEqualTo(20_000);
        assertThat(summary.rejected()).isZero();
        Map<String, Long> storedByType = new TreeMap<>();
        for (String[] table : new String[][] {{"Organization", "organization"}, {"Practitioner", "practitioner"},
                {"PractitionerRole", "practitioner_role"}, {"Patient", "patient"}, {"Encounter", "encounter"},
                {"Claim", "claim"}}) {
            long rows = jdbc.sql("select count(*) from " + table[1] + " where source_system = 'ndjson-synthetic'")
                    .query(Long.class).single();
            if (rows > 0) {
                storedByType.put(table[0], rows);
            }
        }
        assertThat(storedByType).isEqualTo(sentByType);
        assertThat(jdbc.sql("select count(*) from claim_item where source_system = 'ndjson-synthetic'")
                .query(Long.class).single()).isEqualTo(sentByType.get("Claim"));
        assertThat(jdbc.sql("""
                select count(*), count(distinct origin_line), min(origin_line), max(origin_line),
                       count(*) filter (where transport = 'ndjson' and version = 1)
                from resource_version where source_system = 'ndjson-synthetic'""")
                .query((row, number) -> List.of(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4),
                        row.getLong(5))).single())
                .containsExactly(20_000L, 20_000L, 1L, 20_000L, 20_000L);
    }

    @Test
    void bad_lines_spread_over_a_long_stream_are_reported_in_order_with_their_own_numbers() {
        ApiClient his = sendingAs(port, "ndjson-spread");
        SyntheticResources resources = new SyntheticResources(7L, "spread");
        List<String> lines = new ArrayList<>();
        List<Long> badLines = LongStream.iterate(233, line -> line <= 3_000, line -> line + 311).boxed().toList();
        for (long line = 1; line <= 3_000; line++) {
            String resource = resources.next();
            lines.add(badLines.contains(line) ? "{\"resourceType\":\"Patient\",\"id\":\"x" + line + "\"," : resource);
        }

        Summary summary = summary(his.post("/ingest/ndjson", NDJSON, ndjson(lines.toArray(String[]::new))));

        assertThat(summary.rejected()).isEqualTo(badLines.size());
        assertThat(summary.accepted()).isEqualTo(3_000 - badLines.size());
        assertThat(summary.errorLines()).isEqualTo(badLines);
        assertThat(summary.errors()).allSatisfy(error -> assertThat(error.message()).contains("malformed JSON"));
        List<Long> storedLines = jdbc.sql("select origin_line from resource_version where source_system = 'ndjson-spread'"
                + " order by origin_line").query(Long.class).list();
        assertThat(storedLines).hasSize(3_000 - badLines.size()).doesNotContainAnyElementsOf(badLines);
    }

    @Test
    void streams_sent_at_the_same_time_by_several_sources_are_each_stored_whole() throws Exception {
        int sources = 4;
        int lines = 5_000;
        List<Callable<Summary>> senders = new ArrayList<>();
        for (int number = 0; number < sources; number++) {
            String source = "ndjson-parallel-" + number;
            SyntheticResources resources = new SyntheticResources(number, "parallel" + number);
            StringBuilder body = new StringBuilder();
            for (int line = 0; line < lines; line++) {
                body.append(resources.next()).append('\n');
            }
            senders.add(() -> summary(sendingAs(port, source).post("/ingest/ndjson", NDJSON, body.toString())));
        }
        ExecutorService pool = Executors.newFixedThreadPool(sources);
        try {
            for (Future<Summary> sent : pool.invokeAll(senders)) {
                Summary summary = sent.get();
                assertThat(summary.errors()).isEmpty();
                assertThat(summary.accepted()).isEqualTo(lines);
            }
        } finally {
            pool.shutdownNow();
        }

        for (int number = 0; number < sources; number++) {
            String source = "ndjson-parallel-" + number;
            long rows = jdbc.sql("""
                    select (select count(*) from organization where source_system = :source)
                         + (select count(*) from practitioner where source_system = :source)
                         + (select count(*) from practitioner_role where source_system = :source)
                         + (select count(*) from patient where source_system = :source)
                         + (select count(*) from encounter where source_system = :source)
                         + (select count(*) from claim where source_system = :source)""")
                    .param("source", source).query(Long.class).single();
            assertThat(rows).as(source).isEqualTo(lines);
            assertThat(jdbc.sql("""
                    select count(*) from claim c join resource_version v on v.id = c.version_id
                    where c.source_system = :source and v.source_system = :source and v.resource_id = c.resource_id""")
                    .param("source", source).query(Long.class).single())
                    .as(source).isEqualTo(jdbc.sql("select count(*) from claim where source_system = :source")
                            .param("source", source).query(Long.class).single());
            assertThat(jdbc.sql("select count(*) from claim_item where source_system = :source and claim_id not like :tag")
                    .param("source", source).param("tag", "parallel" + number + "-%").query(Long.class).single())
                    .as(source).isZero();
        }
    }

    /** Each stored version of the source as "Type/id vN transport line L", in line order. */
    private List<String> versions(String source) {
        return jdbc.sql("""
                select resource_type || '/' || resource_id || ' v' || version || ' ' || transport || ' line ' || origin_line
                from resource_version where source_system = :source order by origin_line, id""")
                .param("source", source).query(String.class).list();
    }

    /** A valid Patient line of exactly {@code bytes} UTF-8 bytes: its name is padded with ASCII letters. */
    private static String paddedPatient(String id, Iin iin, int bytes) {
        String shell = patient(id, iin, "");
        int padding = bytes - shell.getBytes(StandardCharsets.UTF_8).length;
        String line = patient(id, iin, "N".repeat(padding));
        assertThat(line.getBytes(StandardCharsets.UTF_8)).hasSize(bytes);
        return line;
    }

    private static String resourceType(String json) {
        String marker = "\"resourceType\":\"";
        int start = json.indexOf(marker) + marker.length();
        return json.substring(start, json.indexOf('"', start));
    }
}
