package kz.egmis.ingestion;

import static java.nio.charset.StandardCharsets.UTF_8;
import static kz.egmis.ingestion.StreamTestData.CLINIC_BIN;
import static kz.egmis.ingestion.StreamTestData.CSV;
import static kz.egmis.ingestion.StreamTestData.DOCTOR_IIN;
import static kz.egmis.ingestion.StreamTestData.NDJSON;
import static kz.egmis.ingestion.StreamTestData.OTHER_PATIENT_IIN;
import static kz.egmis.ingestion.StreamTestData.PATIENT_IIN;
import static kz.egmis.ingestion.StreamTestData.WINDOWS_1251;
import static kz.egmis.ingestion.StreamTestData.byBin;
import static kz.egmis.ingestion.StreamTestData.byIin;
import static kz.egmis.ingestion.StreamTestData.claim;
import static kz.egmis.ingestion.StreamTestData.json;
import static kz.egmis.ingestion.StreamTestData.ndjson;
import static kz.egmis.ingestion.StreamTestData.organization;
import static kz.egmis.ingestion.StreamTestData.patient;
import static kz.egmis.ingestion.StreamTestData.sendingAs;
import static kz.egmis.ingestion.StreamTestData.summary;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import kz.egmis.ingestion.StreamTestData.Summary;
import kz.egmis.testing.ApiClient;
import kz.egmis.testing.EgmisServerTest;
import tools.jackson.databind.JsonNode;

/** Text meant to break things is stored as data, and bodies that are not what they claim get rejections, not 500s. */
@EgmisServerTest
class HostileInputTest {

    /** Names that attack SQL, HTML, terminals and text handling, each with the id of the Patient that carries it. */
    private static final List<String[]> HOSTILE_NAMES = List.of(
            new String[] {"sql", "Robert'); drop table patient; --"},
            new String[] {"sql-quote", "O'Brien \"; delete from claim where '1'='1"},
            new String[] {"script", "<script>alert('x')</script><img src=x onerror=alert(1)>"},
            new String[] {"controls", "tab\there\nnew line\rcarriage\u0001\u0007\u001b[31mred\u001f\u007f end"},
            new String[] {"emoji", "Жанар 👩‍⚕️ 🏥 👨‍👩‍👧 🇰🇿"},
            new String[] {"kazakh", "Әлия Құрманғазықызы Ғабит Үңгір Һ Ө Ұ І ә ғ қ ң ө ұ ү һ і"},
            new String[] {"rtl", "مرحبا بالعالم שלום \u202Eevil\u202C \u200F"},
            new String[] {"combining", "O\u0301lzhas Z\u0361\u035C\u0489algo"},
            new String[] {"backslash", "\\u0000 \\n \"quoted\" \\\\ %s %n ${jndi:ldap://x}"},
            new String[] {"spaces", "  spaces around  "});

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void hostile_names_are_stored_and_read_back_verbatim() {
        ApiClient his = sendingAs(port, "hostile-names");
        List<String> lines = new ArrayList<>();
        for (String[] name : HOSTILE_NAMES) {
            lines.add(patient("pat-" + name[0], PATIENT_IIN, name[1]));
            lines.add(organization("org-" + name[0], CLINIC_BIN, "PHC", name[1]));
        }

        Summary summary = summary(his.post("/ingest/ndjson", NDJSON, ndjson(lines.toArray(String[]::new))));

        assertThat(summary.errors()).isEmpty();
        assertThat(summary.accepted()).isEqualTo(2L * HOSTILE_NAMES.size());
        for (String[] name : HOSTILE_NAMES) {
            HttpResponse<String> read = his.get("/fhir/Patient/pat-" + name[0]);
            assertThat(read.statusCode()).as(name[0]).isEqualTo(200);
            JsonNode resource = json(read);
            assertThat(resource.path("name").path(0).path("text").asString()).as(name[0]).isEqualTo(name[1]);
            assertThat(json(his.get("/fhir/Organization/org-" + name[0])).path("name").asString()).as(name[0])
                    .isEqualTo(name[1]);
            assertThat(jdbc.sql("select name from patient where source_system = 'hostile-names' and resource_id = :id")
                    .param("id", "pat-" + name[0]).query(String.class).single()).as(name[0]).isEqualTo(name[1]);
        }
        assertThat(jdbc.sql("select count(*) from patient where source_system = 'hostile-names'")
                .query(Long.class).single()).isEqualTo(HOSTILE_NAMES.size());
        JsonNode search = json(his.get("/fhir/Patient?identifier=urn:kz:iin%7C" + PATIENT_IIN));
        assertThat(search.path("entry").size()).isEqualTo(HOSTILE_NAMES.size());
    }

    @Test
    void a_nul_character_in_a_name_rejects_its_line_and_the_rest_of_the_stream_is_kept() {
        ApiClient his = sendingAs(port, "hostile-nul");
        String body = ndjson(
                patient("pat-before", PATIENT_IIN, "До"),
                patient("pat-nul", OTHER_PATIENT_IIN, "Nul\u0000Byte"),
                organization("org-nul", CLINIC_BIN, "PHC", "\u0000"),
                patient("pat-after", OTHER_PATIENT_IIN, "После"));

        Summary summary = summary(his.post("/ingest/ndjson", NDJSON, body));

        assertThat(summary.errorLines()).containsExactly(2L, 3L);
        assertThat(summary.messageOfLine(2)).startsWith("Patient.name[0].text: ").contains("U+0000");
        assertThat(summary.messageOfLine(3)).startsWith("Organization.name: ").contains("U+0000");
        assertThat(summary.accepted()).isEqualTo(2);
        assertThat(jdbc.sql("select resource_id from patient where source_system = 'hostile-nul' order by resource_id")
                .query(String.class).list()).containsExactly("pat-after", "pat-before");
    }

    @Test
    void a_body_of_random_bytes_gets_a_rejection_for_each_line_and_never_a_server_error() {
        ApiClient his = sendingAs(port, "hostile-random");
        SplittableRandom random = new SplittableRandom(1_234_567L);
        for (int round = 0; round < 5; round++) {
            byte[] body = new byte[20_000 + random.nextInt(80_000)];
            random.nextBytes(body);

            Summary summary = summary(his.post("/ingest/ndjson", NDJSON, body));

            assertThat(summary.accepted()).isZero();
            assertThat(summary.unchanged()).isZero();
            assertThat(summary.rejected()).isEqualTo(nonBlankLines(body).size());
            assertThat(summary.errorLines()).isEqualTo(nonBlankLines(body));
            assertThat(summary.errors()).allSatisfy(error -> assertThat(error.message()).isNotBlank());
        }
        assertThat(jdbc.sql("select count(*) from resource_version where source_system = 'hostile-random'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void random_bytes_after_a_valid_csv_header_are_rejected_row_by_row() {
        ApiClient registry = sendingAs(port, "hostile-random-csv");
        SplittableRandom random = new SplittableRandom(98_765L);
        for (String[] format : new String[][] {{"death-registry", "iin;death_date;record_no\n"},
                {"attachment-registry", "iin;bin;attached_from;attached_to\n"},
                {"legacy-services", "ИИН,БИН,Дата,Код услуги,Кол-во,Сумма,ИИН врача,МКБ-10,Номер записи\r\n"}}) {
            byte[] noise = new byte[30_000];
            random.nextBytes(noise);
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.writeBytes(format[1].getBytes(format[0].equals("legacy-services") ? WINDOWS_1251 : UTF_8));
            body.writeBytes(noise);

            Summary summary = summary(registry.post("/ingest/csv/" + format[0], CSV, body.toByteArray()));

            assertThat(summary.accepted()).as(format[0]).isZero();
            assertThat(summary.rejected()).as(format[0]).isPositive().isEqualTo(summary.errors().size());
            assertThat(summary.errorLines()).as(format[0]).isSorted().doesNotHaveDuplicates()
                    .allSatisfy(line -> assertThat(line).isGreaterThan(1L));
        }
    }

    @Test
    void a_csv_row_with_a_nul_byte_an_unclosed_quote_or_invalid_windows_1251_is_rejected_alone() {
        ApiClient registry = sendingAs(port, "hostile-csv");
        String deaths = "iin;death_date;record_no\n"
                + PATIENT_IIN + ";2026-01-05;Z-1\n"                       // 2
                + OTHER_PATIENT_IIN + ";2026-01-06;Z-\u00002\n"           // 3 NUL in the record number
                + "\"" + OTHER_PATIENT_IIN + ";2026-01-07;Z-3\n"          // 4 quote never closed
                + OTHER_PATIENT_IIN + ";2026-01-08;Z-4\n";                // 5 read again as a row of its own

        Summary summary = summary(registry.post("/ingest/csv/death-registry", CSV, deaths.getBytes(UTF_8)));

        assertThat(summary.errorLines()).containsExactly(3L, 4L);
        assertThat(summary.messageOfLine(3)).contains("0x00");
        assertThat(summary.messageOfLine(4)).contains("quoted field").contains("line 4");
        assertThat(summary.accepted()).isEqualTo(2);
        assertThat(jdbc.sql("select record_number from death_record where source_system = 'hostile-csv'"
                + " order by record_number").query(String.class).list()).containsExactly("Z-1", "Z-4");

        ByteArrayOutputStream legacy = new ByteArrayOutputStream();
        legacy.writeBytes(("ИИН,БИН,Дата,Код услуги,Кол-во,Сумма,ИИН врача,МКБ-10,Номер записи\r\n"
                + PATIENT_IIN + "," + CLINIC_BIN + ",05.01.2026,AMB001,1,7400," + DOCTOR_IIN + ",J06.9,Запись-1\r\n")
                .getBytes(WINDOWS_1251));
        // 0x98 is the one byte windows-1251 leaves undefined.
        legacy.writeBytes((PATIENT_IIN + "," + CLINIC_BIN + ",06.01.2026,AMB001,1,7400," + DOCTOR_IIN + ",J06.9,Зап")
                .getBytes(WINDOWS_1251));
        legacy.writeBytes(new byte[] {(byte) 0x98});
        legacy.writeBytes(("ь-2\r\n" + PATIENT_IIN + "," + CLINIC_BIN + ",07.01.2026,AMB001,1,7400," + DOCTOR_IIN
                + ",J06.9,Запись-\u00003\r\n"
                + PATIENT_IIN + "," + CLINIC_BIN + ",08.01.2026,AMB001,1,7400," + DOCTOR_IIN + ",J06.9,Запись-4\r\n")
                .getBytes(WINDOWS_1251));

        Summary legacySummary = summary(registry.post("/ingest/csv/legacy-services", CSV, legacy.toByteArray()));

        assertThat(legacySummary.errorLines()).containsExactly(3L, 4L);
        assertThat(legacySummary.messageOfLine(3)).contains("0x98").contains("windows-1251");
        assertThat(legacySummary.messageOfLine(4)).contains("0x00");
        assertThat(legacySummary.accepted()).isEqualTo(2);
        assertThat(jdbc.sql("select resource_id from claim where source_system = 'hostile-csv' order by resource_id")
                .query(String.class).list()).containsExactly("Запись-1", "Запись-4");
    }

    @Test
    void json_that_is_valid_but_not_a_resource_is_rejected_per_line() {
        ApiClient his = sendingAs(port, "hostile-shapes");
        String body = ndjson("[1,2,3]", "\"just a string\"", "42", "null", "{}", "{\"resourceType\":42,\"id\":\"x\"}",
                "{\"resourceType\":\"Patient\",\"id\":\"../../etc/passwd\"}",
                "{\"resourceType\":\"Patient\",\"id\":\"p1\",\"unknownElement\":true}",
                "{\"resourceType\":\"Patient\",\"id\":\"p2\",\"birthDate\":\"not a date\"}",
                "{\"resourceType\":\"Bundle\",\"type\":\"batch\"}",
                "{\"resourceType\":\"Patient\",\"id\":\"p3\",\"name\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}",
                patient("pat-ok", PATIENT_IIN, "Верный"));

        Summary summary = summary(his.post("/ingest/ndjson", NDJSON, body));

        assertThat(summary.errorLines()).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L);
        assertThat(summary.accepted()).isEqualTo(1);
        assertThat(summary.messageOfLine(7)).contains("Patient.id");
        assertThat(summary.messageOfLine(8)).contains("unknownElement");
    }

    @Test
    void the_fhir_path_answers_a_nul_character_or_json_nested_too_deep_with_a_4xx_outcome_not_a_500() {
        ApiClient his = sendingAs(port, "hostile-fhir");
        String withNul = patient("pat-nul", PATIENT_IIN, "Nul\u0000Byte");
        String nestedTooDeep = "{\"resourceType\":\"Patient\",\"name\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}";

        for (String body : List.of(withNul, nestedTooDeep)) {
            HttpResponse<String> response = his.post("/fhir/Patient", "application/fhir+json", body);

            assertThat(response.statusCode()).as(response.body()).isBetween(400, 499);
            JsonNode outcome = json(response);
            assertThat(outcome.path("resourceType").asString()).isEqualTo("OperationOutcome");
            assertThat(outcome.path("issue").path(0).path("diagnostics").asString()).isNotBlank();
        }
        assertThat(jdbc.sql("select count(*) from resource_version where source_system = 'hostile-fhir'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void amounts_and_quantities_too_large_to_store_are_rejected_per_line_and_later_claims_are_still_stored() {
        ApiClient his = sendingAs(port, "hostile-numbers");
        String hugeAmount = claim("claim-huge-amount", byIin("Patient", PATIENT_IIN), byBin(CLINIC_BIN),
                byIin("Practitioner", DOCTOR_IIN), "AMB001", "2026-03-02", "100000000000000000000", null);
        String hugeQuantity = claim("claim-huge-quantity", byIin("Patient", PATIENT_IIN), byBin(CLINIC_BIN),
                byIin("Practitioner", DOCTOR_IIN), "AMB001", "2026-03-02", "7400", null)
                .replace("\"quantity\":{\"value\":1}", "\"quantity\":{\"value\":10000000000}");
        String largestAmount = claim("claim-largest", byIin("Patient", PATIENT_IIN), byBin(CLINIC_BIN),
                byIin("Practitioner", DOCTOR_IIN), "AMB001", "2026-03-02", "99999999999999.99", null);

        Summary fhir = summary(his.post("/ingest/ndjson", NDJSON, ndjson(hugeAmount, hugeQuantity, largestAmount)));

        assertThat(fhir.errorLines()).containsExactly(1L, 2L);
        assertThat(fhir.messageOfLine(1)).contains("Claim.item[0].unitPrice.value").contains("Claim.total.value")
                .contains("more than 14 digits");
        assertThat(fhir.messageOfLine(2)).contains("Claim.item[0].quantity.value").contains("more than 9 digits");
        assertThat(fhir.accepted()).isEqualTo(1);

        String header = "ИИН,БИН,Дата,Код услуги,Кол-во,Сумма,ИИН врача,МКБ-10,Номер записи\r\n";
        String row = PATIENT_IIN + "," + CLINIC_BIN + ",05.01.2026,AMB001,%s,%s," + DOCTOR_IIN + ",J06.9,%s\r\n";
        String legacy = header
                + row.formatted("1", "999999999999999", "L-amount")               // 2: 15 digits
                + row.formatted("1000000000", "100", "L-quantity")               // 3: 10 digits
                + row.formatted("\"0,01\"", "99999999999999", "L-unit-price")    // 4: unit price of 16 digits
                + row.formatted("1", "\"99 999 999 999 999,99\"", "L-largest");  // 5

        Summary csv = summary(his.post("/ingest/csv/legacy-services", CSV, legacy.getBytes(WINDOWS_1251)));

        assertThat(csv.errorLines()).containsExactly(2L, 3L, 4L);
        assertThat(csv.messageOfLine(2)).startsWith("Сумма: ").contains("more than 14 digits");
        assertThat(csv.messageOfLine(3)).startsWith("Кол-во: ").contains("more than 9 digits");
        assertThat(csv.messageOfLine(4)).startsWith("Сумма: ").contains("unit price");
        assertThat(csv.accepted()).isEqualTo(1);

        Summary later = summary(his.post("/ingest/ndjson", NDJSON, ndjson(claim("claim-later",
                byIin("Patient", PATIENT_IIN), byBin(CLINIC_BIN), byIin("Practitioner", DOCTOR_IIN), "AMB001",
                "2026-03-03", "7400", null))));

        assertThat(later.accepted()).isEqualTo(1);
        assertThat(jdbc.sql("select resource_id || ' ' || total_kzt from claim where source_system = 'hostile-numbers'"
                + " order by resource_id").query(String.class).list()).containsExactly(
                "L-largest 99999999999999.99", "claim-largest 99999999999999.99", "claim-later 7400.00");
    }

    /** The numbers of the lines the server must reject: every line that is not blank once decoded as UTF-8. */
    private static List<Long> nonBlankLines(byte[] body) {
        List<Long> lines = new ArrayList<>();
        int start = 0;
        if (body.length >= 3 && body[0] == (byte) 0xEF && body[1] == (byte) 0xBB && body[2] == (byte) 0xBF) {
            start = 3;
        }
        long number = 0;
        while (start < body.length) {
            int end = start;
            while (end < body.length && body[end] != '\n') {
                end++;
            }
            int length = end - start;
            if (length > 0 && end < body.length && body[end - 1] == '\r') {
                length--;
            }
            number++;
            if (!decodeLeniently(body, start, length).isBlank()) {
                lines.add(number);
            }
            start = end + 1;
        }
        return lines;
    }

    private static String decodeLeniently(byte[] bytes, int offset, int length) {
        try {
            return UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes, offset, length))
                    .toString();
        } catch (CharacterCodingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
