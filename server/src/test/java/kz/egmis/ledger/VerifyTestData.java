package kz.egmis.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import kz.egmis.testing.TestServerInitializer;

/** Loads records of every kind through the real HTTP API, as one source system: FHIR PUTs, NDJSON and CSV. */
final class VerifyTestData {

    static final String PATIENT_IIN = "850312401235";
    static final String DOCTOR_IIN = "781102307779";
    static final String CLINIC_BIN = "050440012343";

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final int port;
    private final String source;

    VerifyTestData(int port, String source) {
        this.port = port;
        this.source = source;
    }

    String source() {
        return source;
    }

    /** One record of every type and every table, two versions of claim-1, a CSV row of each format, a read. */
    void loadEverything() {
        put("Organization", "org-1", ORGANIZATION);
        put("Practitioner", "doc-1", PRACTITIONER);
        put("PractitionerRole", "role-1", PRACTITIONER_ROLE);
        put("Patient", "pat-1", PATIENT);
        put("EpisodeOfCare", "att-1", EPISODE_OF_CARE);
        loadClaimInTwoVersions();
        String encounter = filled(ENCOUNTER).replace("\n", " ");
        HttpResponse<String> ndjson = send("POST", "/ingest/ndjson", "application/fhir+ndjson",
                (encounter + "\n" + encounter.replace("enc-1", "enc-2")).getBytes(StandardCharsets.UTF_8));
        assertThat(ndjson.body()).as(ndjson.body()).contains("\"accepted\":2");
        csv("legacy-services", Charset.forName("windows-1251"), "ИИН,БИН,Дата,Код услуги,Кол-во,Сумма,ИИН врача,"
                + "МКБ-10,Номер записи\r\n" + PATIENT_IIN + "," + CLINIC_BIN + ",05.01.2026,AMB001,2,\"7400,50\","
                + DOCTOR_IIN + ",J06.9,Запись-17\r\n");
        csv("death-registry", StandardCharsets.UTF_8, "iin;death_date;record_no\n" + PATIENT_IIN + ";2026-01-05;ZAGS-1\n");
        csv("attachment-registry", StandardCharsets.UTF_8, "iin;bin;attached_from;attached_to\n" + PATIENT_IIN + ";"
                + CLINIC_BIN + ";2024-01-15;2025-12-31\n");
        read("/fhir/Patient/pat-1");
    }

    /** claim-1 as version 1 (total 14200.50), then as version 2, created a day later */
    void loadClaimInTwoVersions() {
        put("Claim", "claim-1", CLAIM.replace("\"created\": \"2025-03-02\"", "\"created\": \"2025-03-01\""));
        put("Claim", "claim-1", CLAIM);
    }

    void put(String type, String id, String template) {
        HttpResponse<String> response = send("PUT", "/fhir/" + type + "/" + id, "application/fhir+json", filled(template)
                .getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
    }

    void read(String path) {
        HttpResponse<String> response = send("GET", path, null, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    HttpResponse<String> send(String method, String path, String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + TestServerInitializer.ADMINISTRATOR_KEY)
                .header("X-Source-System", source)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void csv(String format, Charset charset, String text) {
        HttpResponse<String> response = send("POST", "/ingest/csv/" + format, "text/csv", text.getBytes(charset));
        assertThat(response.body()).as(response.body()).contains("\"accepted\":1");
    }

    private static String filled(String template) {
        return template.replace("{bin}", CLINIC_BIN).replace("{patientIin}", PATIENT_IIN)
                .replace("{practitionerIin}", DOCTOR_IIN);
    }

    static final String ORGANIZATION = """
            {"resourceType": "Organization", "id": "org-1",
             "identifier": [{"system": "urn:kz:bin", "value": "{bin}"}],
             "type": [{"coding": [{"system": "urn:kz:egmis:facility-type", "code": "PHC"}]}],
             "name": "Городская поликлиника №1 | ~ \\\\ ", "address": [{"district": "71"}],
             "partOf": {"reference": "Organization/parent-1"}}
            """;

    static final String PRACTITIONER = """
            {"resourceType": "Practitioner", "id": "doc-1",
             "identifier": [{"system": "urn:kz:iin", "value": "{practitionerIin}"}],
             "name": [{"family": "Сейткали", "given": ["Айгерим"]}], "gender": "male", "birthDate": "1978-11-02"}
            """;

    static final String PRACTITIONER_ROLE = """
            {"resourceType": "PractitionerRole", "id": "role-1",
             "practitioner": {"reference": "Practitioner/doc-1"},
             "organization": {"type": "Organization", "identifier": {"system": "urn:kz:bin", "value": "{bin}"}},
             "specialty": [{"coding": [{"system": "urn:kz:egmis:specialty", "code": "GP"},
                                       {"system": "urn:kz:egmis:specialty", "code": "CARD"}]}],
             "period": {"start": "2020-01-01", "end": "2024-12-31"}}
            """;

    static final String PATIENT = """
            {"resourceType": "Patient", "id": "pat-1",
             "identifier": [{"system": "urn:kz:iin", "value": "{patientIin}"}],
             "name": [{"text": "Ахметова Дана"}], "gender": "female", "birthDate": "1985-03-12",
             "address": [{"district": "75"}], "deceasedDateTime": "2026-01-05T23:30:00+03:00"}
            """;

    static final String EPISODE_OF_CARE = """
            {"resourceType": "EpisodeOfCare", "id": "att-1", "status": "active",
             "type": [{"coding": [{"system": "urn:kz:egmis:episode-type", "code": "attachment"}]}],
             "patient": {"type": "Patient", "identifier": {"system": "urn:kz:iin", "value": "{patientIin}"}},
             "managingOrganization": {"reference": "Organization/org-1"}, "period": {"start": "2024-01-01"}}
            """;

    static final String ENCOUNTER = """
            {"resourceType": "Encounter", "id": "enc-1", "status": "finished",
             "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "AMB"},
             "subject": {"reference": "Patient/pat-1"},
             "serviceProvider": {"reference": "Organization/org-1"},
             "participant": [{"individual": {"reference": "Practitioner/doc-1"}},
                             {"individual": {"type": "Practitioner",
                                             "identifier": {"system": "urn:kz:iin", "value": "{practitionerIin}"}}}],
             "period": {"start": "2025-03-01T09:30:00+05:00", "end": "2025-03-01T10:00:00+05:00"},
             "reasonCode": [{"coding": [{"system": "http://hl7.org/fhir/sid/icd-10", "code": "J06.9"}]}]}
            """;

    static final String CLAIM = """
            {"resourceType": "Claim", "id": "claim-1", "status": "active",
             "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/claim-type", "code": "professional"}]},
             "use": "claim", "patient": {"reference": "Patient/pat-1"}, "created": "2025-03-02",
             "provider": {"reference": "Organization/org-1"},
             "priority": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/processpriority", "code": "normal"}]},
             "insurance": [{"sequence": 1, "focal": true,
                            "coverage": {"identifier": {"system": "urn:kz:egmis:funding", "value": "GOBMP"}}}],
             "careTeam": [{"sequence": 1, "provider": {"reference": "Practitioner/doc-1"}},
                          {"sequence": 2, "provider": {"type": "Practitioner",
                                      "identifier": {"system": "urn:kz:iin", "value": "{practitionerIin}"}}}],
             "diagnosis": [{"sequence": 1, "diagnosisCodeableConcept": {"coding": [
                             {"system": "http://hl7.org/fhir/sid/icd-10", "code": "J06.9"}]}}],
             "item": [
               {"sequence": 1, "careTeamSequence": [1],
                "productOrService": {"coding": [{"system": "urn:kz:egmis:service", "code": "PHC001"}]},
                "servicedDate": "2025-03-01", "quantity": {"value": 1},
                "unitPrice": {"value": 3200, "currency": "KZT"}, "net": {"value": 3200, "currency": "KZT"},
                "encounter": [{"reference": "Encounter/enc-1"}]},
               {"sequence": 2,
                "productOrService": {"coding": [{"system": "urn:kz:egmis:service", "code": "AMB001"}]},
                "servicedPeriod": {"start": "2025-03-01T10:00:00+05:00", "end": "2025-03-02T01:00:00+06:00"},
                "quantity": {"value": 2.5}, "net": {"value": 11000.50, "currency": "KZT"}}],
             "total": {"value": 14200.50, "currency": "KZT"}}
            """;
}
