package kz.egmis.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import kz.egmis.identity.Bin;
import kz.egmis.identity.Iin;
import kz.egmis.identity.Sex;
import kz.egmis.platform.KazakhstanTime;
import kz.egmis.testing.ApiClient;
import kz.egmis.testing.TestServerInitializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the end-to-end stream tests share: valid identifiers, one-line FHIR resources of every accepted type,
 * a client that sends as a source system, and the stream summary as the server answers it.
 */
final class StreamTestData {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    static final String NDJSON = "application/fhir+ndjson";
    static final String CSV = "text/csv";

    /** A woman born 1985-03-12. */
    static final Iin PATIENT_IIN = Iin.of(LocalDate.of(1985, 3, 12), Sex.FEMALE, 123);
    /** A man born 1990-01-01. */
    static final Iin OTHER_PATIENT_IIN = Iin.of(LocalDate.of(1990, 1, 1), Sex.MALE, 7);
    /** A woman born 1970-07-01. */
    static final Iin DOCTOR_IIN = Iin.of(LocalDate.of(1970, 7, 1), Sex.FEMALE, 42);
    /** A man born 1978-11-02. */
    static final Iin OTHER_DOCTOR_IIN = Iin.of(LocalDate.of(1978, 11, 2), Sex.MALE, 777);
    static final Bin CLINIC_BIN = Bin.of(YearMonth.of(2005, 4), 4, 1234);
    static final Bin HOSPITAL_BIN = Bin.of(YearMonth.of(2010, 11), 4, 98765);

    private StreamTestData() {
    }

    /** A client with the administrator key that sends as {@code source}. */
    static ApiClient sendingAs(int port, String source) {
        return ApiClient.at(port).withKey(TestServerInitializer.ADMINISTRATOR_KEY).withSource(source);
    }

    /** The same IIN with its check digit changed, so that it fails the checksum. */
    static String withWrongCheckDigit(Iin iin) {
        char last = iin.value().charAt(11);
        return iin.value().substring(0, 11) + (last == '9' ? '0' : (char) (last + 1));
    }

    static int epochDay(String isoDay) {
        return KazakhstanTime.epochDay(LocalDate.parse(isoDay));
    }

    // --- references -------------------------------------------------------------------------------------

    static String literal(String type, String id) {
        return "{\"reference\":\"" + type + "/" + id + "\"}";
    }

    static String byIin(String type, Iin iin) {
        return "{\"type\":\"" + type + "\",\"identifier\":{\"system\":\"urn:kz:iin\",\"value\":\"" + iin + "\"}}";
    }

    static String byBin(Bin bin) {
        return "{\"type\":\"Organization\",\"identifier\":{\"system\":\"urn:kz:bin\",\"value\":\"" + bin + "\"}}";
    }

    // --- resources, one line each ---------------------------------------------------------------------------

    static String organization(String id, Bin bin, String facilityType, String name) {
        return oneLine("""
                {"resourceType":"Organization","id":"%s",
                 "identifier":[{"system":"urn:kz:bin","value":"%s"}],
                 "type":[{"coding":[{"system":"urn:kz:egmis:facility-type","code":"%s"}]}],
                 "name":%s,"address":[{"district":"71"}]}
                """.formatted(id, bin, facilityType, string(name)));
    }

    static String practitioner(String id, Iin iin) {
        return oneLine("""
                {"resourceType":"Practitioner","id":"%s",
                 "identifier":[{"system":"urn:kz:iin","value":"%s"}],
                 "name":[{"family":"Сейткали","given":["Айгерим"]}],
                 "gender":"%s","birthDate":"%s"}
                """.formatted(id, iin, iin.sex().fhirCode(), iin.birthDate()));
    }

    static String practitionerRole(String id, String practitioner, String organization, String specialty) {
        return oneLine("""
                {"resourceType":"PractitionerRole","id":"%s","practitioner":%s,"organization":%s,
                 "specialty":[{"coding":[{"system":"urn:kz:egmis:specialty","code":"%s"}]}],
                 "period":{"start":"2020-01-01"}}
                """.formatted(id, practitioner, organization, specialty));
    }

    static String patient(String id, Iin iin, String name) {
        return oneLine("""
                {"resourceType":"Patient","id":"%s",
                 "identifier":[{"system":"urn:kz:iin","value":"%s"}],
                 "name":[{"text":%s}],"gender":"%s","birthDate":"%s","address":[{"district":"75"}]}
                """.formatted(id, iin, string(name), iin.sex().fhirCode(), iin.birthDate()));
    }

    /** A Patient whose IIN carries a wrong check digit. */
    static String patientWithBadIin(String id, Iin iin) {
        return patient(id, iin, "Ахметова Дана").replace(iin.value(), withWrongCheckDigit(iin));
    }

    static String attachment(String id, String patient, String organization, String start) {
        return oneLine("""
                {"resourceType":"EpisodeOfCare","id":"%s","status":"active",
                 "type":[{"coding":[{"system":"urn:kz:egmis:episode-type","code":"attachment"}]}],
                 "patient":%s,"managingOrganization":%s,"period":{"start":"%s"}}
                """.formatted(id, patient, organization, start));
    }

    static String encounter(String id, String encounterClass, String patient, String organization, String practitioner,
                            String start, String end) {
        return oneLine("""
                {"resourceType":"Encounter","id":"%s","status":"finished",
                 "class":{"system":"http://terminology.hl7.org/CodeSystem/v3-ActCode","code":"%s"},
                 "subject":%s,"serviceProvider":%s,
                 "participant":[{"individual":%s}],
                 "period":{"start":"%s","end":"%s"},
                 "reasonCode":[{"coding":[{"system":"http://hl7.org/fhir/sid/icd-10","code":"J06.9"}]}]}
                """.formatted(id, encounterClass, patient, organization, practitioner, start, end));
    }

    /** A professional claim of one item of {@code service} on {@code day}, for {@code price} KZT. */
    static String claim(String id, String patient, String provider, String practitioner, String service, String day,
                        String price, String encounter) {
        String encounters = encounter == null ? "" : ",\"encounter\":[" + encounter + "]";
        return oneLine("""
                {"resourceType":"Claim","id":"%s","status":"active",
                 "type":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/claim-type","code":"professional"}]},
                 "use":"claim","patient":%s,"created":"%s","provider":%s,
                 "priority":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/processpriority","code":"normal"}]},
                 "insurance":[{"sequence":1,"focal":true,
                   "coverage":{"identifier":{"system":"urn:kz:egmis:funding","value":"GOBMP"}}}],
                 "careTeam":[{"sequence":1,"provider":%s}],
                 "diagnosis":[{"sequence":1,"diagnosisCodeableConcept":{"coding":[
                   {"system":"http://hl7.org/fhir/sid/icd-10","code":"J06.9"}]}}],
                 "item":[{"sequence":1,"careTeamSequence":[1],
                   "productOrService":{"coding":[{"system":"urn:kz:egmis:service","code":"%s"}]},
                   "servicedDate":"%s","quantity":{"value":1},
                   "unitPrice":{"value":%s,"currency":"KZT"},"net":{"value":%s,"currency":"KZT"}%s}],
                 "total":{"value":%s,"currency":"KZT"}}
                """.formatted(id, patient, day, provider, practitioner, service, day, price, price, encounters, price));
    }

    /** Lines joined by LF, with a final LF, as an NDJSON body. */
    static String ndjson(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    /** A JSON string literal of {@code text}: quotes, backslashes and control characters escaped. */
    static String string(String text) {
        return JSON.writeValueAsString(text);
    }

    private static String oneLine(String json) {
        return json.strip().replace("\n", "");
    }

    // --- answers --------------------------------------------------------------------------------------------

    record LineError(long line, String message) {
    }

    /** The summary of a stream ingest: {accepted, unchanged, rejected, errors:[{line, message}]}. */
    record Summary(long accepted, long unchanged, long rejected, List<LineError> errors) {

        List<Long> errorLines() {
            return errors.stream().map(LineError::line).toList();
        }

        String messageOfLine(long line) {
            return errors.stream().filter(error -> error.line() == line).map(LineError::message).findFirst()
                    .orElseThrow(() -> new AssertionError("no error for line " + line + " in " + errors));
        }
    }

    /** The summary of a 200 answer, after checking that it is one and is JSON. */
    static Summary summary(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        JsonNode body = JSON.readTree(response.body());
        for (String field : List.of("accepted", "unchanged", "rejected")) {
            assertThat(body.path(field).isIntegralNumber()).as("%s in %s", field, response.body()).isTrue();
        }
        assertThat(body.path("errors").isArray()).as("errors in %s", response.body()).isTrue();
        List<LineError> errors = new ArrayList<>();
        for (JsonNode error : body.path("errors")) {
            assertThat(error.path("line").isIntegralNumber()).as("line of %s", error).isTrue();
            assertThat(error.path("message").isString()).as("message of %s", error).isTrue();
            errors.add(new LineError(error.path("line").asLong(), error.path("message").asString()));
        }
        return new Summary(body.path("accepted").asLong(), body.path("unchanged").asLong(),
                body.path("rejected").asLong(), errors);
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
