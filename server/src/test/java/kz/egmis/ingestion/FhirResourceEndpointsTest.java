package kz.egmis.ingestion;

import static kz.egmis.ingestion.FhirClient.expect;
import static kz.egmis.ingestion.FhirClient.expectOutcome;
import static kz.egmis.ingestion.FhirClient.quoted;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import kz.egmis.identity.Iin;
import kz.egmis.identity.Sex;
import kz.egmis.testing.EgmisServerTest;
import tools.jackson.databind.JsonNode;

/** PUT, POST and the reads of single resources on /fhir/{type}, over real HTTP (standard, sections 2 and 3). */
@EgmisServerTest
class FhirResourceEndpointsTest {

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
    void a_put_creates_version_1_and_answers_the_stored_resource() {
        Iin iin = FhirSamples.iin();
        HttpResponse<String> created = his.put("/fhir/Patient/pat-1", FhirSamples.patient("pat-1", iin));

        JsonNode body = expect(created, 201);
        assertThat(created.headers().firstValue("Location")).contains("/fhir/Patient/pat-1/_history/1");
        assertThat(created.headers().firstValue("ETag")).contains("W/\"1\"");
        assertThat(body.path("resourceType").asString()).isEqualTo("Patient");
        assertThat(body.path("id").asString()).isEqualTo("pat-1");
        assertThat(body.path("meta").path("versionId").asString()).isEqualTo("1");
        assertThat(body.path("meta").path("lastUpdated").asString()).isNotBlank();
        assertThat(body.path("identifier").get(0).path("value").asString()).isEqualTo(iin.value());
        assertThat(body.path("name").get(0).path("text").asString()).isEqualTo("Ахметова Дана");
        assertThat(versions("Patient", "pat-1")).isEqualTo(1);
        assertThat(jdbc.sql("select iin from patient where source_system = :source and resource_id = 'pat-1'")
                .param("source", his.source()).query(String.class).single()).isEqualTo(iin.value());
    }

    @Test
    void the_same_content_again_in_another_key_order_and_spacing_is_200_and_stays_version_1() {
        Iin iin = FhirSamples.iin();
        expect(his.put("/fhir/Patient/same", FhirSamples.patient("same", iin)), 201);
        String reordered = "{ \"birthDate\" : \"" + FhirSamples.BIRTH_DATE + "\",\n\t\"gender\":\"female\","
                + "\"name\":[{\"text\":\"Ахметова Дана\"}],   \"address\":[{\"district\":\"71\"}],"
                + "\"identifier\":[{\"value\":\"" + iin.value() + "\",\"system\":\"urn:kz:iin\"}],"
                + "\"id\":\"same\",\"resourceType\":\"Patient\"}\n";

        HttpResponse<String> again = his.put("/fhir/Patient/same", reordered);

        JsonNode body = expect(again, 200);
        assertThat(body.path("meta").path("versionId").asString()).isEqualTo("1");
        assertThat(again.headers().firstValue("ETag")).contains("W/\"1\"");
        assertThat(again.headers().firstValue("Location")).contains("/fhir/Patient/same/_history/1");
        assertThat(versions("Patient", "same")).isEqualTo(1);
    }

    @Test
    void new_content_makes_version_2_and_the_reads_answer_the_current_version_and_the_history() {
        Iin iin = FhirSamples.iin();
        expect(his.put("/fhir/Patient/pat-2", FhirSamples.patient("pat-2", iin.value(), quoted("Первое Имя"))), 201);

        HttpResponse<String> updated = his.put("/fhir/Patient/pat-2",
                FhirSamples.patient("pat-2", iin.value(), quoted("Второе Имя")));

        JsonNode body = expect(updated, 200);
        assertThat(body.path("meta").path("versionId").asString()).isEqualTo("2");
        assertThat(updated.headers().firstValue("ETag")).contains("W/\"2\"");
        assertThat(updated.headers().firstValue("Location")).contains("/fhir/Patient/pat-2/_history/2");
        assertThat(versions("Patient", "pat-2")).isEqualTo(2);

        HttpResponse<String> current = his.get("/fhir/Patient/pat-2");
        JsonNode read = expect(current, 200);
        assertThat(read.path("id").asString()).isEqualTo("pat-2");
        assertThat(read.path("meta").path("versionId").asString()).isEqualTo("2");
        assertThat(read.path("name").get(0).path("text").asString()).isEqualTo("Второе Имя");
        assertThat(current.headers().firstValue("ETag")).contains("W/\"2\"");

        JsonNode history = expect(his.get("/fhir/Patient/pat-2/_history"), 200);
        assertThat(history.path("resourceType").asString()).isEqualTo("Bundle");
        assertThat(history.path("type").asString()).isEqualTo("history");
        assertThat(history.path("entry").size()).isEqualTo(2);
        JsonNode newest = history.path("entry").get(0).path("resource");
        JsonNode oldest = history.path("entry").get(1).path("resource");
        assertThat(newest.path("meta").path("versionId").asString()).isEqualTo("2");
        assertThat(newest.path("name").get(0).path("text").asString()).isEqualTo("Второе Имя");
        assertThat(oldest.path("meta").path("versionId").asString()).isEqualTo("1");
        assertThat(oldest.path("name").get(0).path("text").asString()).isEqualTo("Первое Имя");

        HttpResponse<String> first = his.get("/fhir/Patient/pat-2/_history/1");
        JsonNode firstBody = expect(first, 200);
        assertThat(firstBody.path("id").asString()).isEqualTo("pat-2");
        assertThat(firstBody.path("meta").path("versionId").asString()).isEqualTo("1");
        assertThat(firstBody.path("name").get(0).path("text").asString()).isEqualTo("Первое Имя");
        assertThat(first.headers().firstValue("ETag")).contains("W/\"1\"");

        expectOutcome(his.get("/fhir/Patient/pat-2/_history/3"), 404);
        expectOutcome(his.get("/fhir/Patient/pat-2/_history/x"), 400);
    }

    @Test
    void a_post_creates_the_resource_under_an_id_the_server_assigns_whatever_id_the_body_carries() {
        Iin iin = FhirSamples.iin();
        HttpResponse<String> created = his.post("/fhir/Patient", FhirSamples.patient("my-own-id", iin));

        JsonNode body = expect(created, 201);
        String id = body.path("id").asString();
        assertThat(id).isNotBlank().isNotEqualTo("my-own-id");
        assertThat(created.headers().firstValue("Location")).contains("/fhir/Patient/" + id + "/_history/1");
        assertThat(body.path("meta").path("versionId").asString()).isEqualTo("1");

        JsonNode read = expect(his.get("/fhir/Patient/" + id), 200);
        assertThat(read.path("id").asString()).isEqualTo(id);
        assertThat(read.path("identifier").get(0).path("value").asString()).isEqualTo(iin.value());
        expectOutcome(his.get("/fhir/Patient/my-own-id"), 404);

        JsonNode second = expect(his.post("/fhir/Patient", FhirSamples.patient(null, iin)), 201);
        assertThat(second.path("id").asString()).isNotBlank().isNotEqualTo(id);
        assertThat(jdbc.sql("select count(*) from patient where source_system = :source and iin = :iin")
                .param("source", his.source()).param("iin", iin.value()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void reads_are_scoped_to_the_source_system_that_sent_the_resource() {
        expect(his.put("/fhir/Patient/shared-id", FhirSamples.patient("shared-id", FhirSamples.iin())), 201);
        FhirClient other = his.otherSource();

        for (String path : new String[] {"/fhir/Patient/shared-id", "/fhir/Patient/shared-id/_history",
                "/fhir/Patient/shared-id/_history/1"}) {
            JsonNode issues = expectOutcome(other.get(path), 404);
            assertThat(issues.get(0).path("code").asString()).as(path).isEqualTo("not-found");
            expect(his.get(path), 200);
        }
        expectOutcome(his.get("/fhir/Patient/never-sent"), 404);
    }

    @Test
    void a_patient_search_by_iin_answers_a_searchset_bundle_of_the_patients_of_that_source() {
        Iin iin = FhirSamples.iin();
        Iin someoneElse = Iin.of(FhirSamples.BIRTH_DATE, Sex.FEMALE,
                (Integer.parseInt(iin.value().substring(7, 11)) + 17) % 10_000);
        expect(his.put("/fhir/Patient/a", FhirSamples.patient("a", iin)), 201);
        expect(his.put("/fhir/Patient/b", FhirSamples.patient("b", iin)), 201);
        expect(his.put("/fhir/Patient/c", FhirSamples.patient("c", someoneElse)), 201);
        FhirClient other = his.otherSource();
        expect(other.put("/fhir/Patient/z", FhirSamples.patient("z", iin)), 201);

        JsonNode found = expect(his.get("/fhir/Patient?identifier=urn:kz:iin%7C" + iin.value()), 200);

        assertThat(found.path("resourceType").asString()).isEqualTo("Bundle");
        assertThat(found.path("type").asString()).isEqualTo("searchset");
        assertThat(found.path("total").asInt()).isEqualTo(2);
        assertThat(found.path("entry").valueStream().map(entry -> entry.path("resource").path("id").asString()))
                .containsExactly("a", "b");
        assertThat(found.path("entry").get(0).path("resource").path("identifier").get(0).path("value").asString())
                .isEqualTo(iin.value());

        JsonNode none = expect(his.get("/fhir/Patient?identifier=urn:kz:iin%7C"
                + Iin.of(LocalDate.of(2001, 1, 1), Sex.MALE, 1).value()), 200);
        assertThat(none.path("type").asString()).isEqualTo("searchset");
        assertThat(none.path("total").asInt()).isZero();
        assertThat(none.path("entry").size()).isZero();
    }

    @Test
    void a_patient_search_without_a_valid_iin_is_refused_with_400() {
        Iin iin = FhirSamples.iin();
        for (String query : new String[] {"", "?identifier=", "?identifier=" + iin.value(),
                "?identifier=urn:kz:iin%7C" + FhirSamples.withBadCheckDigit(iin.value()),
                "?identifier=urn:kz:iin%7C12345", "?identifier=urn:kz:bin%7C" + iin.value(),
                "?name=%D0%90%D1%85"}) {
            JsonNode issues = expectOutcome(his.get("/fhir/Patient" + query), 400);
            assertThat(issues.get(0).path("expression").get(0).asString()).as(query).isEqualTo("Patient.identifier");
        }
    }

    private long versions(String type, String id) {
        return jdbc.sql("select count(*) from resource_version where source_system = :source and resource_type = :type"
                + " and resource_id = :id").param("source", his.source()).param("type", type).param("id", id)
                .query(Long.class).single();
    }
}
