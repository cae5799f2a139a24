package kz.egmis.ingestion;

import static kz.egmis.ingestion.FhirClient.expect;
import static kz.egmis.ingestion.FhirClient.expectOutcome;
import static kz.egmis.ingestion.FhirClient.quoted;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import kz.egmis.identity.Bin;
import kz.egmis.testing.ApiClient;
import kz.egmis.testing.EgmisServerTest;
import kz.egmis.testing.TestServerInitializer;
import tools.jackson.databind.JsonNode;

/**
 * What /fhir/{type} answers to what it cannot take: 400 for a request it cannot read, 404 for a type it does not
 * serve, 422 with the FHIRPath of the problem for an invalid resource, 413 for a body over the limit; never a
 * 500. And what it must take: any text in a name, stored and answered verbatim.
 */
@EgmisServerTest
class FhirErrorsTest {

    /** The default limit of a /fhir body (standard, section 3). */
    private static final int LIMIT = 32 * 1024 * 1024;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    FhirClient his;

    @BeforeEach
    void client() {
        his = FhirClient.newSource(port);
    }

    @Test
    void malformed_json_is_refused_with_400_and_an_issue_of_code_structure() {
        for (String body : List.of("{\"resourceType\": \"Patient\", ", "not json", "", "   ", "[]", "\"Patient\"",
                "{\"resourceType\": \"Patient\", \"id\": \"x\", \"id\": \"y\"}")) {
            for (HttpResponse<String> response : List.of(his.put("/fhir/Patient/x", body), his.post("/fhir/Patient", body),
                    his.post("/fhir", body))) {
                JsonNode issues = expectOutcome(response, 400);
                assertThat(issues.get(0).path("code").asString()).as("%s", body).isEqualTo("structure");
            }
        }
        assertThat(storedVersions()).isZero();
    }

    @Test
    void a_body_that_is_not_fhir_json_is_refused_with_415_and_nothing_is_stored() {
        String patient = FhirSamples.patient("typed", FhirSamples.iin());
        ApiClient raw = ApiClient.at(port).withKey(TestServerInitializer.ADMINISTRATOR_KEY).withSource(his.source());
        for (String contentType : List.of("text/plain", "application/xml", "application/fhir+xml",
                "application/x-www-form-urlencoded", "text/plain; charset=utf-8")) {
            for (HttpResponse<String> response : List.of(raw.post("/fhir/Patient", contentType, patient),
                    raw.send("PUT", "/fhir/Patient/typed", contentType, patient), raw.post("/fhir", contentType, patient))) {
                JsonNode issues = expectOutcome(response, 415);
                assertThat(issues.get(0).path("code").asString()).isEqualTo("not-supported");
                assertThat(issues.get(0).path("diagnostics").asString()).contains(contentType, "application/fhir+json");
            }
        }
        assertThat(storedVersions()).isZero();
        for (String contentType : List.of("application/fhir+json", "application/fhir+json; fhirVersion=4.0",
                "application/json", "application/json+fhir")) {
            assertThat(raw.send("PUT", "/fhir/Patient/typed", contentType, patient).statusCode()).as(contentType)
                    .isIn(200, 201);
        }
    }

    @Test
    void a_body_of_an_unknown_or_unaccepted_resource_type_is_refused_with_a_4xx() {
        for (String body : List.of("{\"resourceType\": \"Foo\", \"id\": \"x\"}",
                "{\"resourceType\": \"Observation\", \"id\": \"x\", \"status\": \"final\"}",
                "{\"resourceType\": \"Bundle\", \"id\": \"x\", \"type\": \"batch\"}",
                "{\"id\": \"x\", \"name\": [{\"text\": \"no type\"}]}")) {
            for (HttpResponse<String> response : List.of(his.put("/fhir/Patient/x", body), his.post("/fhir/Patient", body))) {
                assertThat(response.statusCode()).as("%s answered %s", body, response.body()).isBetween(400, 499);
                JsonNode issues = expectOutcome(response, response.statusCode());
                assertThat(issues.get(0).path("diagnostics").asString()).contains("Patient");
            }
        }
        assertThat(storedVersions()).isZero();
    }

    @Test
    void a_type_in_the_url_that_egmis_does_not_serve_is_404() {
        String observation = "{\"resourceType\": \"Observation\", \"id\": \"1\", \"status\": \"final\"}";
        List<HttpResponse<String>> responses = List.of(his.get("/fhir/Observation/1"),
                his.get("/fhir/Observation/1/_history"), his.get("/fhir/Observation/1/_history/1"),
                his.get("/fhir/patient/1"), his.put("/fhir/Observation/1", observation),
                his.post("/fhir/Observation", observation), his.put("/fhir/patient/1",
                        FhirSamples.patient("1", FhirSamples.iin())));
        for (HttpResponse<String> response : responses) {
            JsonNode issues = expectOutcome(response, 404);
            assertThat(issues.get(0).path("code").asString()).isEqualTo("not-supported");
        }
        assertThat(storedVersions()).isZero();
    }

    @Test
    void a_body_whose_type_differs_from_the_url_is_refused_with_400() {
        Bin bin = FhirSamples.bin();
        JsonNode issues = expectOutcome(his.put("/fhir/Patient/org-1", FhirSamples.organization("org-1", bin)), 400);
        assertThat(issues.get(0).path("diagnostics").asString()).contains("Organization", "Patient");
        expectOutcome(his.post("/fhir/Claim", FhirSamples.patient(null, FhirSamples.iin())), 400);
        assertThat(storedVersions()).isZero();
    }

    @Test
    void a_body_id_that_differs_from_the_put_url_is_refused_with_400() {
        JsonNode issues = expectOutcome(his.put("/fhir/Patient/url-id", FhirSamples.patient("body-id", FhirSamples.iin())),
                400);
        assertThat(issues.get(0).path("expression").get(0).asString()).isEqualTo("Patient.id");
        assertThat(issues.get(0).path("diagnostics").asString()).contains("body-id", "url-id");
        assertThat(storedVersions()).isZero();
    }

    @Test
    void a_put_without_an_id_in_the_body_takes_the_id_of_the_url() {
        JsonNode body = expect(his.put("/fhir/Patient/from-url", FhirSamples.patient(null, FhirSamples.iin())), 201);
        assertThat(body.path("id").asString()).isEqualTo("from-url");
        assertThat(expect(his.get("/fhir/Patient/from-url"), 200).path("id").asString()).isEqualTo("from-url");
    }

    @Test
    void an_iin_that_fails_its_checksum_is_422_at_its_fhirpath() {
        String bad = FhirSamples.withBadCheckDigit(FhirSamples.iin().value());
        expectRejectedAt(his.put("/fhir/Patient/p", FhirSamples.patient("p", bad, quoted("Имя"))),
                "Patient.identifier[0].value");
    }

    @Test
    void an_iin_that_disagrees_with_the_birth_date_is_422_at_the_birth_date() {
        String patient = FhirSamples.patient("p", FhirSamples.iin())
                .replace(FhirSamples.BIRTH_DATE.toString(), FhirSamples.BIRTH_DATE.plusDays(1).toString());
        expectRejectedAt(his.put("/fhir/Patient/p", patient), "Patient.birthDate");
    }

    @Test
    void an_unknown_service_code_is_422_at_its_fhirpath() {
        String claim = claim().replace("\"PHC001\"", "\"NOPE999\"");
        expectRejectedAt(his.put("/fhir/Claim/c", claim), "Claim.item[0].productOrService.coding[0].code");
    }

    @Test
    void a_negative_amount_is_422_at_its_fhirpath() {
        String claim = claim().replace("\"net\": {\"value\": 3200", "\"net\": {\"value\": -3200");
        expectRejectedAt(his.put("/fhir/Claim/c", claim), "Claim.item[0].net.value");
    }

    @Test
    void a_date_more_than_24_hours_in_the_future_is_422_at_its_fhirpath() {
        String future = LocalDate.now(ZoneOffset.ofHours(5)).plusDays(3).toString();
        String claim = claim().replace("\"created\": \"2025-03-02\"", "\"created\": \"" + future + "\"");
        expectRejectedAt(his.put("/fhir/Claim/c", claim), "Claim.created");
    }

    @Test
    void an_end_before_the_start_is_422_at_the_end() {
        String encounter = FhirSamples.encounter("e", FhirSamples.literal("Patient/p"),
                FhirSamples.literal("Organization/o"), FhirSamples.literal("Practitioner/d"))
                .replace("\"end\": \"2025-03-01T09:45:00+05:00\"", "\"end\": \"2025-03-01T09:15:00+05:00\"");
        expectRejectedAt(his.put("/fhir/Encounter/e", encounter), "Encounter.period.end");
        expectRejectedAt(his.post("/fhir/Encounter", encounter), "Encounter.period.end");
    }

    @Test
    void a_body_over_the_limit_is_refused_with_413() {
        String huge = FhirSamples.patient("big", FhirSamples.iin().value(), quoted("x".repeat(LIMIT + 1024 * 1024)));
        assertThat(huge.length()).isGreaterThan(LIMIT);

        JsonNode issues = expectOutcome(his.put("/fhir/Patient/big", huge), 413);
        assertThat(issues.get(0).path("code").asString()).isEqualTo("too-long");
        expectOutcome(his.post("/fhir/Patient", huge), 413);
        expectOutcome(his.post("/fhir", "{\"resourceType\": \"Bundle\", \"type\": \"batch\", \"entry\": [{\"resource\": "
                + huge + "}]}"), 413);
        assertThat(storedVersions()).isZero();

        // the server still answers afterwards, and a body just under the limit is read
        expect(his.put("/fhir/Patient/big", FhirSamples.patient("big", FhirSamples.iin().value(),
                quoted("x".repeat(LIMIT - 1024 * 1024)))), 201);
    }

    @Test
    void a_nul_character_which_cannot_be_stored_is_refused_with_a_4xx_at_its_fhirpath_not_a_500() {
        JsonNode issues = expectOutcome(his.put("/fhir/Patient/p", FhirSamples.patient("p", FhirSamples.iin().value(),
                quoted("a\u0000b"))), 400);
        assertThat(issues.get(0).path("expression").get(0).asString()).isEqualTo("Patient.name[0].text");
        expectOutcome(his.post("/fhir/Organization", FhirSamples.organization(null, FhirSamples.bin())
                .replace("\"Городская поликлиника №1\"", quoted("\u0000"))), 400);
        assertThat(storedVersions()).isZero();
    }

    @Test
    void json_nested_deeper_than_the_reader_allows_is_malformed_json_not_a_500() {
        String deep = "{\"resourceType\": \"Patient\", \"id\": \"deep\", \"extension\": " + "[".repeat(5000)
                + "]".repeat(5000) + "}";
        JsonNode issues = expectOutcome(his.put("/fhir/Patient/deep", deep), 400);
        assertThat(issues.get(0).path("code").asString()).isEqualTo("structure");
        expectOutcome(his.post("/fhir", "{\"resourceType\": \"Bundle\", \"type\": \"batch\", \"entry\": "
                + "[".repeat(5000) + "]".repeat(5000) + "}"), 400);
    }

    @Test
    void an_amount_or_a_quantity_too_large_to_store_is_422_at_its_fhirpath_not_a_500() {
        expectRejectedAt(his.put("/fhir/Claim/c", claim().replace("\"net\": {\"value\": 3200", "\"net\": {\"value\": 1e20")),
                "Claim.item[0].net.value");
        expectRejectedAt(his.put("/fhir/Claim/c", claim().replace("\"total\": {\"value\": 3200",
                "\"total\": {\"value\": 123456789012345678")), "Claim.total.value");
        expectRejectedAt(his.put("/fhir/Claim/c", claim().replace("\"quantity\": {\"value\": 1}",
                "\"quantity\": {\"value\": 1e30}")), "Claim.item[0].quantity.value");
        assertThat(storedVersions()).isZero();

        String largest = claim().replace("\"net\": {\"value\": 3200", "\"net\": {\"value\": 99999999999999.99")
                .replace("\"quantity\": {\"value\": 1}", "\"quantity\": {\"value\": 999999999.999}");
        expect(his.put("/fhir/Claim/c", largest), 201);
        assertThat(jdbc.sql("select net_kzt from claim_item where source_system = :source and claim_id = 'c'")
                .param("source", his.source()).query(BigDecimal.class).single())
                .isEqualByComparingTo("99999999999999.99");
    }

    @ParameterizedTest
    @ValueSource(strings = {"'); drop table patient; --", "Robert'); DROP TABLE resource_version;--",
            "<script>alert(1)</script>", "a\u0001b\u001fc", "tab\there\nnew line\r\n",
            "Жанар 👩‍⚕️ 🏥 😀", "Ә Ғ Қ Ң Ө Ұ Ү Һ І ә ғ қ ң ө ұ ү һ і", "مرحبا بالعالم שלום", "O\u0301lzhas \u202Eevil",
            "\"quoted\" \\ back\\slash /", "  spaces around  ", "%s %n {0} ${jndi:ldap://x/a}"})
    void any_text_in_a_name_is_stored_verbatim_and_read_back_identical(String name) {
        String id = "hostile-" + Integer.toHexString(name.hashCode());
        expect(his.put("/fhir/Patient/" + id, FhirSamples.patient(id, FhirSamples.iin().value(), quoted(name))), 201);

        JsonNode read = expect(his.get("/fhir/Patient/" + id), 200);
        assertThat(read.path("name").get(0).path("text").asString()).isEqualTo(name);
        assertThat(jdbc.sql("select name from patient where source_system = :source and resource_id = :id")
                .param("source", his.source()).param("id", id).query(String.class).single()).isEqualTo(name);
        String stored = jdbc.sql("select raw_content from resource_version where source_system = :source "
                + "and resource_id = :id").param("source", his.source()).param("id", id).query(String.class).single();
        assertThat(FhirClient.JSON.readTree(stored).path("name").get(0).path("text").asString()).isEqualTo(name);
        assertThat(jdbc.sql("select count(*) from information_schema.tables where table_name in "
                + "('patient', 'resource_version')").query(Long.class).single()).isEqualTo(2);
    }

    private static void expectRejectedAt(HttpResponse<String> response, String fhirPath) {
        JsonNode issues = expectOutcome(response, 422);
        assertThat(issues.valueStream().map(issue -> issue.path("expression").get(0).asString()))
                .as("expressions of %s", response.body()).containsExactly(fhirPath);
    }

    private static String claim() {
        return FhirSamples.claim("c", FhirSamples.literal("Patient/p"), FhirSamples.literal("Organization/o"),
                FhirSamples.literal("Practitioner/d"), null);
    }

    private long storedVersions() {
        return jdbc.sql("select count(*) from resource_version where source_system = :source")
                .param("source", his.source()).query(Long.class).single();
    }
}
