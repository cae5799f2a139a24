package kz.egmis.ingestion.internal.fhir;

import static kz.egmis.ingestion.internal.fhir.FhirTestData.JSON;
import static kz.egmis.ingestion.internal.fhir.FhirTestData.PATIENT;
import static kz.egmis.ingestion.internal.fhir.FhirTestData.filled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import kz.egmis.ingestion.domain.ValidationIssue;

class FhirJsonTest {

    @ParameterizedTest
    @ValueSource(strings = {"Organization", "Practitioner", "PractitionerRole", "Patient", "EpisodeOfCare",
            "Encounter", "Claim"})
    void every_accepted_type_is_parsed(String type) {
        ParsedResource parsed = JSON.parse("{\"resourceType\": \"" + type + "\", \"id\": \"x1\"}");

        assertThat(parsed.isParsed()).isTrue();
        assertThat(parsed.resource().fhirType()).isEqualTo(type);
        assertThat(parsed.resource().getIdElement().getIdPart()).isEqualTo("x1");
    }

    @Test
    void malformed_json_is_a_structure_issue_with_the_parser_message() {
        ParsedResource parsed = JSON.parse("{\"resourceType\": \"Patient\", \"id\": \"x\"");

        assertThat(parsed.isParsed()).isFalse();
        assertThat(parsed.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.location()).isEqualTo("Resource");
            assertThat(issue.code()).isEqualTo("structure");
            assertThat(issue.message()).contains("end-of-input");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "[1, 2]", "\"Patient\"", "{\"id\": \"x\"}", "{\"resourceType\": 7}"})
    void content_that_is_no_resource_is_a_structure_issue(String json) {
        assertThat(JSON.parse(json).issues()).extracting(ValidationIssue::location, ValidationIssue::code)
                .containsExactly(tuple("Resource", "structure"));
    }

    @Test
    void a_fhir_type_egmis_does_not_accept_is_not_supported_and_the_accepted_types_are_named() {
        ValidationIssue issue = JSON.parse("{\"resourceType\": \"Observation\", \"id\": \"o1\"}").issues().get(0);

        assertThat(issue.location()).isEqualTo("Observation");
        assertThat(issue.code()).isEqualTo("not-supported");
        assertThat(issue.message()).contains("Organization, Practitioner, PractitionerRole, Patient, EpisodeOfCare,"
                + " Encounter, Claim");
    }

    @Test
    void a_type_that_fhir_does_not_know_is_located_at_the_resource() {
        assertThat(JSON.parse("{\"resourceType\": \"Patiant\"}").issues())
                .extracting(ValidationIssue::location, ValidationIssue::code)
                .containsExactly(tuple("Resource", "not-supported"));
    }

    @Test
    void a_bundle_is_not_a_single_resource() {
        assertThat(JSON.parse("{\"resourceType\": \"Bundle\", \"type\": \"batch\"}").issues())
                .extracting(ValidationIssue::code).containsExactly("not-supported");
    }

    @Test
    void unknown_elements_and_invalid_values_are_all_reported_not_dropped() {
        ParsedResource parsed = JSON.parse("""
                {"resourceType": "Patient", "id": "p1", "colour": "blue", "gender": "mail",
                 "birthDate": "1990-13-45", "active": "yes", "name": "Dana"}
                """);

        assertThat(parsed.isParsed()).isFalse();
        assertThat(parsed.issues()).allSatisfy(issue -> {
            assertThat(issue.location()).isEqualTo("Patient");
            assertThat(issue.code()).isEqualTo("structure");
        });
        assertThat(String.join("\n", parsed.issues().stream().map(ValidationIssue::message).toList()))
                .contains("colour", "mail", "1990-13-45", "yes", "name");
        assertThat(parsed.issues()).hasSize(5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Patient/p1", "p1/_history/2", "p 1", "p_1", "ид-1"})
    void an_id_that_is_not_a_fhir_id_is_refused_rather_than_changed(String id) {
        assertThat(JSON.parse("{\"resourceType\": \"Patient\", \"id\": \"" + id + "\"}").issues())
                .extracting(ValidationIssue::location, ValidationIssue::code)
                .containsExactly(tuple("Patient.id", "invalid"));
    }

    @Test
    void a_time_in_a_date_element_is_refused_though_hapi_would_take_it() {
        assertThat(JSON.parse("{\"resourceType\": \"Patient\", \"birthDate\": \"1985-03-12T08:00:00+05:00\"}")
                .issues()).extracting(ValidationIssue::location, ValidationIssue::code)
                .containsExactly(tuple("Patient", "structure"));
    }

    @Test
    void a_leading_byte_order_mark_is_ignored() {
        assertThat(JSON.parse("\uFEFF{\"resourceType\": \"Patient\", \"id\": \"p1\"}").isParsed()).isTrue();
    }

    @Test
    void a_resource_without_an_id_is_parsed_for_the_server_to_name() {
        assertThat(JSON.parse("{\"resourceType\": \"Patient\"}").resource().getIdElement().getIdPart()).isNull();
    }

    @Test
    void a_bundle_keeps_the_ids_its_entries_were_sent_with() {
        ParsedBundle parsed = JSON.parseBundle("""
                {"resourceType": "Bundle", "type": "transaction", "entry": [
                  {"fullUrl": "urn:uuid:0c3a7b4e-1f2d-4c5b-8a9e-112233445566",
                   "resource": {"resourceType": "Patient"},
                   "request": {"method": "POST", "url": "Patient"}},
                  {"fullUrl": "http://his.example.kz/fhir/Organization/org-1",
                   "resource": {"resourceType": "Organization", "id": "org-1"},
                   "request": {"method": "PUT", "url": "Organization/org-1"}},
                  {"resource": {"resourceType": "Observation", "id": "o1"},
                   "request": {"method": "PUT", "url": "Observation/o1"}}]}
                """);

        assertThat(parsed.issues()).isEmpty();
        Bundle bundle = parsed.bundle();
        assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.TRANSACTION);
        assertThat(parsed.entryResources().get(0).resource().getIdElement().getIdPart()).isNull();
        assertThat(parsed.entryResources().get(1).resource().getIdElement().getIdPart()).isEqualTo("org-1");
        assertThat(parsed.entryResources().get(2).issues()).extracting(ValidationIssue::location, ValidationIssue::code)
                .containsExactly(tuple("Bundle.entry[2].resource", "not-supported"));
        assertThat(bundle.getEntry().get(0).getFullUrl()).isEqualTo("urn:uuid:0c3a7b4e-1f2d-4c5b-8a9e-112233445566");
    }

    @Test
    void a_bundle_with_malformed_content_or_of_another_type_is_refused() {
        assertThat(JSON.parseBundle("{\"resourceType\": \"Bundle\", \"entry\": {}").issues())
                .extracting(ValidationIssue::code).containsExactly("structure");
        assertThat(JSON.parseBundle(filled(PATIENT)).issues()).extracting(ValidationIssue::code)
                .containsExactly("not-supported");
        assertThat(JSON.parseBundle("{\"resourceType\": \"Bundle\", \"typo\": 1}").issues())
                .extracting(ValidationIssue::location).containsExactly("Bundle");
    }

    @Test
    void an_unreadable_entry_is_rejected_alone_so_a_batch_keeps_its_other_entries() {
        ParsedBundle parsed = JSON.parseBundle("{\"resourceType\": \"Bundle\", \"type\": \"batch\", \"entry\": ["
                + "{\"resource\": {\"resourceType\": \"Patient\", \"birthDate\": \"1985-03-12T08:00:00+05:00\"}},"
                + "{\"resource\": {\"resourceType\": \"Patient\", \"typo\": 1}},"
                + "{\"resource\": {\"resourceType\": \"Patient\", \"id\": \"p3\"}}]}");

        assertThat(parsed.issues()).isEmpty();
        assertThat(parsed.entryResources().get(0).issues()).extracting(ValidationIssue::location, ValidationIssue::code)
                .containsExactly(tuple("Bundle.entry[0].resource", "structure"));
        assertThat(parsed.entryResources().get(1).issues()).extracting(ValidationIssue::code).containsExactly("structure");
        assertThat(parsed.entryResources().get(2).isParsed()).isTrue();
    }

    @Test
    void encoding_is_compact_json_that_parses_back_to_the_same_resource() {
        Patient patient = FhirTestData.patient();

        String encoded = JSON.encode(patient);

        assertThat(encoded).startsWith("{\"resourceType\":\"Patient\",\"id\":\"pat-1\"").doesNotContain("\n", ": ");
        assertThat(JSON.encode(JSON.parse(encoded).resource())).isEqualTo(encoded);
    }

    @Test
    void parsing_is_safe_from_many_threads_at_once() throws Exception {
        String json = filled(FhirTestData.CLAIM);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int task = 0; task < 200; task++) {
                results.add(threads.submit(() -> JSON.encode(JSON.parse(json).resource())));
            }
            String expected = JSON.encode(JSON.parse(json).resource());
            for (Future<String> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
