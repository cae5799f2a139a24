package kz.egmis.ingestion;

import static kz.egmis.ingestion.FhirClient.expect;
import static kz.egmis.ingestion.FhirClient.expectOutcome;
import static kz.egmis.ingestion.FhirClient.quoted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import kz.egmis.identity.Iin;
import kz.egmis.testing.EgmisServerTest;
import tools.jackson.databind.JsonNode;

/**
 * JSON that can be read but not taken as sent (unpaired surrogates, numbers HAPI would write out digit by digit,
 * amounts that round past the columns' size) and Bundle entries HAPI cannot read: a 4xx for the resource or the
 * entry alone, at once, never a 500.
 */
@EgmisServerTest
class FhirUnusableInputTest {

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
    void an_unpaired_surrogate_is_refused_at_its_fhirpath_rather_than_stored_changed() {
        // JSON string literals as sent: these can only arrive as escapes
        for (String name : List.of("\"lone \\ud800 high surrogate\"", "\"lone low surrogate \\uDC00\"",
                "\"reversed pair \\udc00\\ud800\"")) {
            JsonNode issues = expectOutcome(his.put("/fhir/Patient/p", FhirSamples.patient("p", FhirSamples.iin().value(),
                    name)), 400);
            assertThat(issues.get(0).path("expression").get(0).asString()).as(name).isEqualTo("Patient.name[0].text");
        }
        assertThat(storedVersions()).isZero();
        JsonNode pair = expect(his.put("/fhir/Patient/p", FhirSamples.patient("p", FhirSamples.iin().value(),
                "\"escaped pair \\ud83d\\ude00\"")), 201);
        assertThat(pair.path("name").get(0).path("text").asString()).isEqualTo("escaped pair 😀");
    }

    @Test
    void a_number_with_a_huge_exponent_is_refused_at_once() {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            for (String quantity : List.of("1e999999999", "1e-999999999", "-1E+2000")) {
                JsonNode issues = expectOutcome(his.put("/fhir/Claim/c", claim().replace("\"quantity\": {\"value\": 1}",
                        "\"quantity\": {\"value\": " + quantity + "}")), 400);
                assertThat(issues.get(0).path("expression").get(0).asString()).isEqualTo("Claim.item[0].quantity.value");
            }
        });
        assertThat(storedVersions()).isZero();
    }

    @Test
    void an_amount_or_a_quantity_that_rounds_past_the_largest_storable_value_is_422_not_a_500() {
        expectRejectedAt(his.put("/fhir/Claim/c", claim().replace("\"unitPrice\": {\"value\": 3200",
                "\"unitPrice\": {\"value\": 99999999999999.995")), "Claim.item[0].unitPrice.value");
        expectRejectedAt(his.put("/fhir/Claim/c", claim().replace("\"quantity\": {\"value\": 1}",
                "\"quantity\": {\"value\": 999999999.9995}")), "Claim.item[0].quantity.value");
        assertThat(storedVersions()).isZero();
        expect(his.put("/fhir/Claim/c", claim().replace("\"unitPrice\": {\"value\": 3200",
                "\"unitPrice\": {\"value\": 99999999999999.994")), 201);
        assertThat(jdbc.sql("select unit_price_kzt from claim_item where source_system = :source and claim_id = 'c'")
                .param("source", his.source()).query(BigDecimal.class).single()).isEqualByComparingTo("99999999999999.99");
    }

    @Test
    void an_entry_that_cannot_be_read_sinks_only_itself_in_a_batch_and_is_named_in_a_refused_transaction() {
        Iin iin = FhirSamples.iin();
        String good = entry(null, FhirSamples.patient("good", iin), "PUT", "Patient/good");
        String unknownMethod = "{\"resource\": " + FhirSamples.patient("odd-method", iin)
                + ", \"request\": {\"method\": \"FOO\", \"url\": \"Patient/odd-method\"}}";
        String unknownElement = "{\"colour\": \"blue\", \"resource\": " + FhirSamples.patient("odd-entry", iin)
                + ", \"request\": {\"method\": \"PUT\", \"url\": \"Patient/odd-entry\"}}";
        String nul = entry(null, FhirSamples.patient("nul", iin.value(), quoted("a\u0000b")), "PUT", "Patient/nul");
        String batch = bundle("batch", unknownMethod, good, "5", unknownElement, nul);

        JsonNode entries = expect(his.post("/fhir", batch), 200).path("entry");

        assertThat(entries.size()).isEqualTo(5);
        assertThat(entries.get(1).path("response").path("status").asString()).isEqualTo("201 Created");
        for (int index : new int[] {0, 2, 3}) {
            assertRejected(entries.get(index), index, null);
        }
        assertThat(entries.get(0).path("response").path("outcome").path("issue").get(0).path("diagnostics").asString())
                .contains("FOO");
        assertRejected(entries.get(4), 4, "Bundle.entry[4].resource.name[0].text");
        assertThat(jdbc.sql("select resource_id from resource_version where source_system = :source")
                .param("source", his.source()).query(String.class).list()).containsExactly("good");

        JsonNode issues = expectOutcome(his.post("/fhir", bundle("transaction", good.replace("good", "other"),
                unknownMethod)), 400);
        assertThat(issues.get(0).path("expression").get(0).asString()).startsWith("Bundle.entry[1]");
        expectOutcome(his.get("/fhir/Patient/other"), 404);
    }

    private static String claim() {
        return FhirSamples.claim("c", FhirSamples.literal("Patient/p"), FhirSamples.literal("Organization/o"),
                FhirSamples.literal("Practitioner/d"), null);
    }

    private static void expectRejectedAt(HttpResponse<String> response, String fhirPath) {
        JsonNode issues = expectOutcome(response, 422);
        assertThat(issues.valueStream().map(issue -> issue.path("expression").get(0).asString()))
                .as("expressions of %s", response.body()).containsExactly(fhirPath);
    }

    private static String bundle(String type, String... entries) {
        return "{\"resourceType\": \"Bundle\", \"type\": \"" + type + "\", \"entry\": [" + String.join(",\n", entries)
                + "]}";
    }

    private static String entry(String fullUrl, String resource, String method, String url) {
        return "{" + (fullUrl == null ? "" : "\"fullUrl\": \"" + fullUrl + "\", ") + "\"resource\": " + resource
                + ", \"request\": {\"method\": \"" + method + "\", \"url\": \"" + url + "\"}}";
    }

    /** A rejected entry: a 4xx status and an OperationOutcome located in that entry (exactly there, when given). */
    private static void assertRejected(JsonNode entry, int index, String exactly) {
        JsonNode response = entry.path("response");
        assertThat(response.path("status").asString()).as("entry %d", index).matches("4[0-9][0-9]( .*)?");
        JsonNode outcome = response.path("outcome");
        assertThat(outcome.path("resourceType").asString()).isEqualTo("OperationOutcome");
        for (JsonNode issue : outcome.path("issue")) {
            String expression = issue.path("expression").get(0).asString();
            assertThat(expression).as("entry %d", index).startsWith("Bundle.entry[" + index + "]");
            if (exactly != null) {
                assertThat(expression).isEqualTo(exactly);
            }
        }
    }

    private long storedVersions() {
        return jdbc.sql("select count(*) from resource_version where source_system = :source")
                .param("source", his.source()).query(Long.class).single();
    }
}
