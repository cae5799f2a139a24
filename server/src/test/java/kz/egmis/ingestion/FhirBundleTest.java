package kz.egmis.ingestion;

import static kz.egmis.ingestion.FhirClient.expect;
import static kz.egmis.ingestion.FhirClient.expectOutcome;
import static kz.egmis.ingestion.FhirClient.quoted;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import kz.egmis.identity.Bin;
import kz.egmis.identity.Iin;
import kz.egmis.identity.Sex;
import kz.egmis.testing.EgmisServerTest;
import tools.jackson.databind.JsonNode;

/** Batch and transaction Bundles on POST /fhir, over real HTTP (standard, sections 2 and 3). */
@EgmisServerTest
class FhirBundleTest {

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
    void a_batch_stores_its_valid_entries_and_rejects_each_invalid_one_with_its_place_in_the_bundle() {
        Iin iin = FhirSamples.iin();
        Bin bin = FhirSamples.bin();
        String badIin = FhirSamples.patient("bad-iin", FhirSamples.withBadCheckDigit(iin.value()), quoted("Имя"));
        String unknownElement = FhirSamples.patient("odd", iin).replace("\"gender\"", "\"favouriteColour\": \"blue\", \"gender\"");
        String observation = "{\"resourceType\": \"Observation\", \"id\": \"obs\", \"status\": \"final\","
                + " \"code\": {\"text\": \"glucose\"}}";
        String batch = bundle("batch",
                entry(null, FhirSamples.patient(null, iin), "POST", "Patient"),
                entry(null, badIin, "PUT", "Patient/bad-iin"),
                entry(null, unknownElement, "PUT", "Patient/odd"),
                "{\"request\": {\"method\": \"GET\", \"url\": \"Patient/x\"}}",
                "{\"request\": {\"method\": \"DELETE\", \"url\": \"Patient/x\"}}",
                entry(null, FhirSamples.patient("x", iin), "DELETE", "Patient/x"),
                entry(null, observation, "PUT", "Observation/obs"),
                entry(null, FhirSamples.organization("org-1", bin), "PUT", "Organization/org-1"),
                entry(null, FhirSamples.patient("nul", iin.value(), quoted("a\u0000b")), "PUT", "Patient/nul"));

        JsonNode response = expect(his.post("/fhir", batch), 200);

        assertThat(response.path("resourceType").asString()).isEqualTo("Bundle");
        assertThat(response.path("type").asString()).isEqualTo("batch-response");
        JsonNode entries = response.path("entry");
        assertThat(entries.size()).isEqualTo(9);
        String patientLocation = entries.get(0).path("response").path("location").asString();
        assertThat(entries.get(0).path("response").path("status").asString()).isEqualTo("201 Created");
        assertThat(patientLocation).matches("Patient/[A-Za-z0-9\\-.]+/_history/1");
        assertThat(entries.get(7).path("response").path("status").asString()).isEqualTo("201 Created");
        assertThat(entries.get(7).path("response").path("location").asString())
                .isEqualTo("Organization/org-1/_history/1");
        assertRejected(entries.get(1), 1, "Bundle.entry[1].resource.identifier[0].value");
        assertRejected(entries.get(2), 2, null);
        assertThat(entries.get(2).path("response").path("outcome").path("issue").get(0).path("diagnostics").asString())
                .contains("favouriteColour");
        for (int index : new int[] {3, 4, 5}) {
            assertRejected(entries.get(index), index, null);
            assertThat(entries.get(index).path("response").path("outcome").path("issue").get(0).path("diagnostics")
                    .asString()).as("entry %d", index).contains(index == 3 ? "GET" : "DELETE");
        }
        assertRejected(entries.get(6), 6, null);
        assertThat(entries.get(6).path("response").path("outcome").path("issue").get(0).path("diagnostics").asString())
                .contains("Observation");
        assertRejected(entries.get(8), 8, "Bundle.entry[8].resource.name[0].text");

        String patientId = patientLocation.split("/")[1];
        assertThat(expect(his.get("/fhir/Patient/" + patientId), 200).path("identifier").get(0).path("value").asString())
                .isEqualTo(iin.value());
        expect(his.get("/fhir/Organization/org-1"), 200);
        assertThat(jdbc.sql("select resource_type || '/' || resource_id from resource_version where source_system = :source"
                        + " order by resource_type").param("source", his.source()).query(String.class).list())
                .containsExactly("Organization/org-1", "Patient/" + patientId);
    }

    @Test
    void a_transaction_with_one_bad_entry_is_refused_whole_and_nothing_of_it_is_stored() {
        Iin iin = FhirSamples.iin();
        Bin bin = FhirSamples.bin();
        String transaction = bundle("transaction",
                entry("urn:uuid:" + UUID.randomUUID(), FhirSamples.organization(null, bin), "POST", "Organization"),
                entry(null, FhirSamples.patient("good", iin), "PUT", "Patient/good"),
                entry(null, FhirSamples.patient("bad", FhirSamples.withBadCheckDigit(iin.value()), quoted("Имя")),
                        "PUT", "Patient/bad"));

        JsonNode issues = expectOutcome(his.post("/fhir", transaction), 400);

        assertThat(issues.valueStream().map(issue -> issue.path("expression").get(0).asString()))
                .containsExactly("Bundle.entry[2].resource.identifier[0].value");
        assertThat(count("select count(*) from resource_version where source_system = :source")).isZero();
        assertThat(count("select count(*) from resource_current where source_system = :source")).isZero();
        assertThat(count("select count(*) from patient where source_system = :source")).isZero();
        assertThat(count("select count(*) from organization where source_system = :source")).isZero();
        expectOutcome(his.get("/fhir/Patient/good"), 404);
    }

    @Test
    void a_transaction_resolves_urn_uuid_references_to_the_ids_the_server_assigns() {
        Iin patientIin = FhirSamples.iin();
        Iin doctorIin = Iin.of(LocalDate.of(1970, 7, 1), Sex.FEMALE, 42);
        Bin bin = FhirSamples.bin();
        String organization = "urn:uuid:" + UUID.randomUUID();
        String patient = "urn:uuid:" + UUID.randomUUID();
        String doctor = "urn:uuid:" + UUID.randomUUID();
        String encounter = "urn:uuid:" + UUID.randomUUID();
        String claim = "urn:uuid:" + UUID.randomUUID();
        String transaction = bundle("transaction",
                entry(claim, FhirSamples.claim(null, FhirSamples.literal(patient), FhirSamples.literal(organization),
                        FhirSamples.literal(doctor), FhirSamples.literal(encounter)), "POST", "Claim"),
                entry(encounter, FhirSamples.encounter(null, FhirSamples.literal(patient),
                        FhirSamples.literal(organization), FhirSamples.literal(doctor)), "POST", "Encounter"),
                entry(patient, FhirSamples.patient(null, patientIin), "POST", "Patient"),
                entry(organization, FhirSamples.organization(null, bin), "POST", "Organization"),
                entry(doctor, FhirSamples.practitioner(null, doctorIin), "POST", "Practitioner"));

        JsonNode response = expect(his.post("/fhir", transaction), 200);

        assertThat(response.path("type").asString()).isEqualTo("transaction-response");
        JsonNode entries = response.path("entry");
        assertThat(entries.size()).isEqualTo(5);
        String[] ids = new String[5];
        for (int index = 0; index < 5; index++) {
            JsonNode result = entries.get(index).path("response");
            assertThat(result.path("status").asString()).isEqualTo("201 Created");
            ids[index] = result.path("location").asString().split("/")[1];
        }
        String claimId = ids[0];
        String encounterId = ids[1];
        String patientId = ids[2];
        String organizationId = ids[3];
        String doctorId = ids[4];
        assertThat(List.of(ids)).doesNotHaveDuplicates().noneMatch(id -> id.startsWith("urn"));

        JsonNode storedClaim = expect(his.get("/fhir/Claim/" + claimId), 200);
        assertThat(storedClaim.path("patient").path("reference").asString()).isEqualTo("Patient/" + patientId);
        assertThat(storedClaim.path("provider").path("reference").asString()).isEqualTo("Organization/" + organizationId);
        assertThat(storedClaim.path("careTeam").get(0).path("provider").path("reference").asString())
                .isEqualTo("Practitioner/" + doctorId);
        assertThat(storedClaim.path("item").get(0).path("encounter").get(0).path("reference").asString())
                .isEqualTo("Encounter/" + encounterId);
        JsonNode storedEncounter = expect(his.get("/fhir/Encounter/" + encounterId), 200);
        assertThat(storedEncounter.path("subject").path("reference").asString()).isEqualTo("Patient/" + patientId);
        expect(his.get("/fhir/Patient/" + patientId), 200);
        expect(his.get("/fhir/Organization/" + organizationId), 200);
        expect(his.get("/fhir/Practitioner/" + doctorId), 200);

        Map<String, Object> claimRow = jdbc.sql("select patient_resource_id, provider_resource_id from claim "
                + "where source_system = :source and resource_id = :id").param("source", his.source())
                .param("id", claimId).query().singleRow();
        assertThat(claimRow).containsEntry("patient_resource_id", patientId)
                .containsEntry("provider_resource_id", organizationId);
        assertThat(jdbc.sql("select encounter_resource_id from claim_item_encounter where source_system = :source "
                + "and claim_id = :id").param("source", his.source()).param("id", claimId).query(String.class).single())
                .isEqualTo(encounterId);
        assertThat(jdbc.sql("select practitioner_resource_id from claim_care_team where source_system = :source "
                + "and claim_id = :id").param("source", his.source()).param("id", claimId).query(String.class).single())
                .isEqualTo(doctorId);
        Map<String, Object> encounterRow = jdbc.sql("select patient_resource_id, organization_resource_id from encounter "
                + "where source_system = :source and resource_id = :id").param("source", his.source())
                .param("id", encounterId).query().singleRow();
        assertThat(encounterRow).containsEntry("patient_resource_id", patientId)
                .containsEntry("organization_resource_id", organizationId);
        assertThat(count("select count(*) from resource_version where source_system = :source")).isEqualTo(5);
    }

    @Test
    void logical_references_by_iin_and_bin_are_stored_as_the_national_identifiers() {
        Iin patientIin = FhirSamples.iin();
        Iin doctorIin = Iin.of(LocalDate.of(1970, 7, 1), Sex.FEMALE, 43);
        Bin bin = FhirSamples.bin();
        String transaction = bundle("transaction",
                entry(null, FhirSamples.claim("logical", FhirSamples.byIin("Patient", patientIin), FhirSamples.byBin(bin),
                        FhirSamples.byIin("Practitioner", doctorIin), null), "PUT", "Claim/logical"),
                entry(null, FhirSamples.encounter("logical-visit", FhirSamples.byIin("Patient", patientIin),
                        FhirSamples.byBin(bin), FhirSamples.byIin("Practitioner", doctorIin)), "PUT", "Encounter/logical-visit"));

        JsonNode response = expect(his.post("/fhir", transaction), 200);

        assertThat(response.path("entry").valueStream().map(entry -> entry.path("response").path("status").asString()))
                .containsExactly("201 Created", "201 Created");
        Map<String, Object> claim = jdbc.sql("select patient_iin, patient_resource_id, provider_bin, provider_resource_id "
                + "from claim where source_system = :source and resource_id = 'logical'").param("source", his.source())
                .query().singleRow();
        assertThat(claim.get("patient_iin")).isEqualTo(patientIin.value());
        assertThat(claim.get("provider_bin")).isEqualTo(bin.value());
        assertThat(claim.get("patient_resource_id")).isNull();
        assertThat(claim.get("provider_resource_id")).isNull();
        assertThat(jdbc.sql("select practitioner_iin from claim_care_team where source_system = :source "
                + "and claim_id = 'logical'").param("source", his.source()).query(String.class).single())
                .isEqualTo(doctorIin.value());
        Map<String, Object> encounter = jdbc.sql("select patient_iin, organization_bin from encounter "
                + "where source_system = :source and resource_id = 'logical-visit'").param("source", his.source())
                .query().singleRow();
        assertThat(encounter).containsEntry("patient_iin", patientIin.value()).containsEntry("organization_bin", bin.value());
        assertThat(expect(his.get("/fhir/Claim/logical"), 200).path("patient").path("identifier").path("value").asString())
                .isEqualTo(patientIin.value());
    }

    @Test
    void a_literal_reference_to_a_resource_not_received_yet_is_accepted_and_stored_as_sent() {
        String claim = FhirSamples.claim("early", FhirSamples.literal("Patient/arrives-later"),
                FhirSamples.literal("Organization/arrives-later-too"), FhirSamples.literal("Practitioner/not-yet"), null);

        JsonNode response = expect(his.post("/fhir", bundle("batch", entry(null, claim, "PUT", "Claim/early"))), 200);

        assertThat(response.path("entry").get(0).path("response").path("status").asString()).isEqualTo("201 Created");
        Map<String, Object> row = jdbc.sql("select patient_resource_id, provider_resource_id, patient_iin from claim "
                + "where source_system = :source and resource_id = 'early'").param("source", his.source())
                .query().singleRow();
        assertThat(row).containsEntry("patient_resource_id", "arrives-later")
                .containsEntry("provider_resource_id", "arrives-later-too");
        assertThat(row.get("patient_iin")).isNull();
        assertThat(expect(his.get("/fhir/Claim/early"), 200).path("patient").path("reference").asString())
                .isEqualTo("Patient/arrives-later");
        expect(his.put("/fhir/Claim/alone", claim.replace("\"early\"", "\"alone\"")), 201);
    }

    @Test
    void a_bundle_of_another_type_than_batch_or_transaction_is_refused_with_400() {
        String patient = FhirSamples.patient("p", FhirSamples.iin());
        for (String type : new String[] {"collection", "document", "searchset", "transaction-response"}) {
            JsonNode issues = expectOutcome(his.post("/fhir", bundle(type, entry(null, patient, "PUT", "Patient/p"))),
                    400);
            assertThat(issues.get(0).path("expression").get(0).asString()).isEqualTo("Bundle.type");
        }
        expectOutcome(his.post("/fhir", "{\"resourceType\": \"Bundle\", \"entry\": []}"), 400);
        expectOutcome(his.post("/fhir", patient), 400);
        assertThat(count("select count(*) from resource_version where source_system = :source")).isZero();
    }

    @Test
    void put_entries_store_records_under_the_sources_own_ids_and_the_same_transaction_again_changes_nothing() {
        Iin iin = FhirSamples.iin();
        Bin bin = FhirSamples.bin();
        String transaction = bundle("transaction",
                entry(null, FhirSamples.organization("org-7", bin), "PUT", "Organization/org-7"),
                entry(null, FhirSamples.patient(null, iin), "PUT", "Patient/pat-7"),
                entry(null, FhirSamples.claim("claim-7", FhirSamples.literal("Patient/pat-7"),
                        FhirSamples.literal("Organization/org-7"), FhirSamples.byIin("Practitioner", iin), null),
                        "PUT", "Claim/claim-7"));

        JsonNode first = expect(his.post("/fhir", transaction), 200);
        assertThat(first.path("entry").valueStream().map(entry -> entry.path("response").path("location").asString()))
                .containsExactly("Organization/org-7/_history/1", "Patient/pat-7/_history/1", "Claim/claim-7/_history/1");
        assertThat(first.path("entry").valueStream().map(entry -> entry.path("response").path("status").asString()))
                .containsOnly("201 Created");
        assertThat(expect(his.get("/fhir/Patient/pat-7"), 200).path("id").asString()).isEqualTo("pat-7");
        assertThat(jdbc.sql("select patient_resource_id from claim where source_system = :source and resource_id = 'claim-7'")
                .param("source", his.source()).query(String.class).single()).isEqualTo("pat-7");

        JsonNode again = expect(his.post("/fhir", transaction.replace("\n", " ")), 200);

        assertThat(again.path("type").asString()).isEqualTo("transaction-response");
        assertThat(again.path("entry").valueStream().map(entry -> entry.path("response").path("status").asString()))
                .containsExactly("200 OK", "200 OK", "200 OK");
        assertThat(again.path("entry").valueStream().map(entry -> entry.path("response").path("location").asString()))
                .containsExactly("Organization/org-7/_history/1", "Patient/pat-7/_history/1", "Claim/claim-7/_history/1");
        assertThat(count("select count(*) from resource_version where source_system = :source")).isEqualTo(3);
        assertThat(expect(his.get("/fhir/Claim/claim-7"), 200).path("meta").path("versionId").asString()).isEqualTo("1");
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
        assertThat(response.path("location").isMissingNode()).as("entry %d has no location", index).isTrue();
        JsonNode outcome = response.path("outcome");
        assertThat(outcome.path("resourceType").asString()).isEqualTo("OperationOutcome");
        assertThat(outcome.path("issue").size()).isPositive();
        for (JsonNode issue : outcome.path("issue")) {
            String expression = issue.path("expression").get(0).asString();
            assertThat(expression).as("entry %d", index).startsWith("Bundle.entry[" + index + "]");
            if (exactly != null) {
                assertThat(expression).isEqualTo(exactly);
            }
        }
    }

    private long count(String sql) {
        return jdbc.sql(sql).param("source", his.source()).query(Long.class).single();
    }
}
