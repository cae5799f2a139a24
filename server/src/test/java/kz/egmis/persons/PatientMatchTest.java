package kz.egmis.persons;

import static kz.egmis.persons.IdentityWorld.JSON;
import static kz.egmis.persons.IdentityWorld.facility;
import static kz.egmis.persons.IdentityWorld.iin;
import static kz.egmis.persons.IdentityWorld.patient;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import ca.uhn.fhir.context.FhirContext;
import kz.egmis.identity.Iin;
import kz.egmis.identity.Sex;
import kz.egmis.testing.EgmisServerTest;
import tools.jackson.databind.JsonNode;

/** Patient $match through the real HTTP stack, read with HAPI as an outside FHIR client would. */
@EgmisServerTest
class PatientMatchTest {

    private static final FhirContext FHIR = FhirContext.forR4Cached();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private static String parameters(String patient, String more) {
        return "{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"resource\",\"resource\":" + patient + "}"
                + more + "]}";
    }

    @Test
    void a_latin_name_without_iin_finds_the_stored_cyrillic_patients_with_grade_and_score() {
        IdentityWorld world = new IdentityWorld(port, "match");
        Iin iin = iin(LocalDate.of(1971, 8, 19), Sex.FEMALE);
        String source = world.send("clinic", patient("p1", iin, null, "Қасымова", "Ләззат", "female", "1971-08-19"),
                patient("m1", null, facility(), "Касымова", "Ляззат", "female", "1971-08-19"));
        String probe = "{\"resourceType\":\"Patient\",\"name\":[{\"family\":\"Kasymova\",\"given\":[\"Lazzat\"]}],"
                + "\"gender\":\"female\",\"birthDate\":\"1971-08-19\"}";

        HttpResponse<String> response = world.administrator.withSource(source).post("/fhir/Patient/$match",
                "application/fhir+json", parameters(probe, ""));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Bundle bundle = FHIR.newJsonParser().parseResource(Bundle.class, response.body());
        assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.SEARCHSET);
        assertThat(bundle.getEntry()).hasSize(2).allSatisfy(entry -> {
            assertThat(entry.getSearch().getMode()).isEqualTo(Bundle.SearchEntryMode.MATCH);
            assertThat(entry.getSearch().getScore().doubleValue()).isBetween(0.9, 1.0);
            assertThat(entry.getSearch().getExtensionByUrl("http://hl7.org/fhir/StructureDefinition/match-grade")
                    .getValue().primitiveValue()).isEqualTo("certain");
        });
        assertThat(bundle.getEntry()).extracting(entry -> entry.getResource().getIdElement().getIdPart())
                .containsExactlyInAnyOrder("p1", "m1");
        assertThat(jdbc.sql("select count(*) from access_log where path = '/fhir/Patient/$match' and source_system = :source")
                .param("source", source).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void a_source_system_sees_only_its_own_patients_and_only_certain_matches_when_asked() {
        IdentityWorld world = new IdentityWorld(port, "match-scope");
        Iin iin = iin(LocalDate.of(1983, 1, 2), Sex.MALE);
        String mine = world.send("mine", patient("p1", iin, null, "Нұрпейісов", "Дидар", "male", "1983-01-02"));
        world.send("theirs", patient("p1", iin, null, "Нурпеисов", "Дидар", "male", "1983-01-02"));
        String key = JSON.readTree(world.administrator.post("/api/admin/keys", "application/json",
                "{\"name\":\"his\",\"role\":\"SOURCE_SYSTEM\",\"sourceSystem\":\"" + mine + "\"}").body()).path("key").asString();
        String probe = "{\"resourceType\":\"Patient\",\"identifier\":[{\"system\":\"urn:kz:iin\",\"value\":\"" + iin + "\"}]}";

        HttpResponse<String> response = kz.egmis.testing.ApiClient.at(port).withKey(key).withSource(mine)
                .post("/fhir/Patient/$match", "application/fhir+json", parameters(probe,
                        ",{\"name\":\"onlyCertainMatches\",\"valueBoolean\":true},{\"name\":\"count\",\"valueInteger\":5}"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Bundle bundle = FHIR.newJsonParser().parseResource(Bundle.class, response.body());
        assertThat(bundle.getEntry()).singleElement().satisfies(entry ->
                assertThat(entry.getResource().getMeta().getSource()).isEqualTo("urn:kz:egmis:source:" + mine));
    }

    @Test
    void a_request_without_a_patient_or_with_a_bad_iin_is_refused_with_an_operation_outcome() {
        IdentityWorld world = new IdentityWorld(port, "match-bad");
        var client = world.administrator.withSource(world.name + "-any");
        HttpResponse<String> empty = client.post("/fhir/Patient/$match", "application/fhir+json",
                "{\"resourceType\":\"Parameters\"}");
        assertThat(empty.statusCode()).isEqualTo(400);
        OperationOutcome outcome = FHIR.newJsonParser().parseResource(OperationOutcome.class, empty.body());
        assertThat(outcome.getIssueFirstRep().getDetails().getCodingFirstRep().getCode()).isEqualTo("IDENTITY_MATCH_INVALID");
        HttpResponse<String> badIin = client.post("/fhir/Patient/$match", "application/fhir+json", parameters(
                "{\"resourceType\":\"Patient\",\"identifier\":[{\"system\":\"urn:kz:iin\",\"value\":\"123456789012\"}]}", ""));
        assertThat(badIin.statusCode()).isEqualTo(400);
        assertThat(badIin.body()).contains("fails its checksum");
        assertThat(client.post("/fhir/Patient/$match", "application/fhir+json", "{not json").statusCode()).isEqualTo(400);
    }
}
