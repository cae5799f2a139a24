package kz.egmis.screening;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import kz.egmis.identity.Bin;
import kz.egmis.identity.Iin;
import kz.egmis.identity.Sex;
import kz.egmis.testing.ApiClient;
import kz.egmis.testing.TestServerInitializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One test's own world: a source system of its own and identifiers no other test uses (the server and its
 * database are shared by every test class), resources as NDJSON lines, a full pass, and the findings it made.
 */
public final class ScreeningFixture {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    // Steps of two: Iin.of and Bin.of take the next serial when one has no check digit.
    private static final AtomicInteger PERSON_SERIAL = new AtomicInteger(5000);
    private static final AtomicInteger ORGANIZATION_SERIAL = new AtomicInteger(600_000);
    private static final AtomicInteger SOURCE = new AtomicInteger();

    final String source;
    private final int port;
    private final ApiClient client;
    private final ApiClient administrator;

    public ScreeningFixture(int port, String name) {
        this.source = name + "-" + SOURCE.incrementAndGet();
        this.port = port;
        this.administrator = ApiClient.at(port).withKey(TestServerInitializer.ADMINISTRATOR_KEY);
        this.client = administrator.withSource(source);
    }

    public static Iin person(LocalDate birthDate, Sex sex) {
        return Iin.of(birthDate, sex, PERSON_SERIAL.getAndAdd(2));
    }

    public static Iin adult() {
        return person(LocalDate.of(1980, 5, 20), Sex.MALE);
    }

    public static Bin organizationNumber() {
        return Bin.of(YearMonth.of(2015, 6), 4, ORGANIZATION_SERIAL.getAndAdd(2));
    }

    // --- sending -------------------------------------------------------------------------------------------

    /** Sends resources as one NDJSON stream; every line must be accepted (or be unchanged). */
    public void send(String... resources) {
        HttpResponse<String> response = client.post("/ingest/ndjson", "application/fhir+ndjson",
                (String.join("\n", resources) + "\n").getBytes(UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).path("rejected").asLong()).as(response.body()).isZero();
    }

    public void csv(String format, String header, String... rows) {
        HttpResponse<String> response = client.post("/ingest/csv/" + format, "text/csv",
                (header + "\n" + String.join("\n", rows) + "\n").getBytes(UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).path("rejected").asLong()).as(response.body()).isZero();
    }

    public void death(Iin iin, String day) {
        csv("death-registry", "iin;death_date;record_no", iin + ";" + day + ";" + "ZAGS-" + iin);
    }

    /** A full pass; answers {findings, durationMs}. */
    public JsonNode run() {
        HttpResponse<String> response = administrator.post("/api/screening/run", "application/json", "");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    public HttpResponse<String> get(String path) {
        return administrator.get(path);
    }

    int port() {
        return port;
    }

    public ApiClient administrator() {
        return administrator;
    }

    /** The findings of a rule (not withdrawn) that involve this key: an IIN, a BIN or a record id. */
    public List<JsonNode> findings(String rule, String key) {
        return query("rule=" + rule, key);
    }

    /** The findings a query answers that involve {@code key}. */
    public List<JsonNode> query(String query, String key) {
        HttpResponse<String> response = administrator.get("/api/findings?size=1000&" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<JsonNode> matching = new ArrayList<>();
        for (JsonNode finding : JSON.readTree(response.body()).path("items")) {
            if (finding.toString().contains(key)) {
                matching.add(finding);
            }
        }
        return matching;
    }

    // --- resources, one NDJSON line each -------------------------------------------------------------------

    public static String patientReference(Iin iin) {
        return "{\"type\":\"Patient\",\"identifier\":{\"system\":\"urn:kz:iin\",\"value\":\"" + iin + "\"}}";
    }

    public static String practitionerReference(Iin iin) {
        return "{\"type\":\"Practitioner\",\"identifier\":{\"system\":\"urn:kz:iin\",\"value\":\"" + iin + "\"}}";
    }

    public static String organizationReference(Bin bin) {
        return "{\"type\":\"Organization\",\"identifier\":{\"system\":\"urn:kz:bin\",\"value\":\"" + bin + "\"}}";
    }

    public static String literal(String type, String id) {
        return "{\"reference\":\"" + type + "/" + id + "\"}";
    }

    public static String organization(String id, Bin bin, String facilityType) {
        return "{\"resourceType\":\"Organization\",\"id\":\"" + id + "\",\"identifier\":[{\"system\":\"urn:kz:bin\","
                + "\"value\":\"" + bin + "\"}],\"type\":[{\"coding\":[{\"system\":\"urn:kz:egmis:facility-type\","
                + "\"code\":\"" + facilityType + "\"}]}],\"name\":\"Facility " + id + "\",\"address\":[{\"district\":\"71\"}]}";
    }

    public static String practitioner(String id, Iin iin) {
        return "{\"resourceType\":\"Practitioner\",\"id\":\"" + id + "\",\"identifier\":[{\"system\":\"urn:kz:iin\","
                + "\"value\":\"" + iin + "\"}],\"gender\":\"" + iin.sex().fhirCode() + "\",\"birthDate\":\"" + iin.birthDate() + "\"}";
    }

    /** A role from {@code start} to {@code end} (null: still employed). */
    public static String role(String id, Iin practitioner, Bin organization, String specialty, String start, String end) {
        String period = "{\"start\":\"" + start + "\"" + (end == null ? "" : ",\"end\":\"" + end + "\"") + "}";
        return "{\"resourceType\":\"PractitionerRole\",\"id\":\"" + id + "\",\"practitioner\":"
                + practitionerReference(practitioner) + ",\"organization\":" + organizationReference(organization)
                + ",\"specialty\":[{\"coding\":[{\"system\":\"urn:kz:egmis:specialty\",\"code\":\"" + specialty + "\"}]}],"
                + "\"period\":" + period + "}";
    }

    /** A Patient; {@code deceased} is a date-time with offset, or null. */
    public static String patient(String id, Iin iin, String deceased) {
        return "{\"resourceType\":\"Patient\",\"id\":\"" + id + "\",\"identifier\":[{\"system\":\"urn:kz:iin\","
                + "\"value\":\"" + iin + "\"}],\"name\":[{\"text\":\"Пациент\"}],\"gender\":\"" + iin.sex().fhirCode()
                + "\",\"birthDate\":\"" + iin.birthDate() + "\""
                + (deceased == null ? "" : ",\"deceasedDateTime\":\"" + deceased + "\"") + "}";
    }

    public static String attachment(String id, Iin patient, Bin organization, String start, String end) {
        String period = "{\"start\":\"" + start + "\"" + (end == null ? "" : ",\"end\":\"" + end + "\"") + "}";
        return "{\"resourceType\":\"EpisodeOfCare\",\"id\":\"" + id + "\",\"status\":\"active\",\"type\":[{\"coding\":"
                + "[{\"system\":\"urn:kz:egmis:episode-type\",\"code\":\"attachment\"}]}],\"patient\":"
                + patientReference(patient) + ",\"managingOrganization\":" + organizationReference(organization)
                + ",\"period\":" + period + "}";
    }

    public static String encounter(String id, String encounterClass, Iin patient, Bin organization, Iin practitioner,
                            String start, String end) {
        return "{\"resourceType\":\"Encounter\",\"id\":\"" + id + "\",\"status\":\"finished\",\"class\":{\"system\":"
                + "\"http://terminology.hl7.org/CodeSystem/v3-ActCode\",\"code\":\"" + encounterClass + "\"},\"subject\":"
                + patientReference(patient) + ",\"serviceProvider\":" + organizationReference(organization)
                + ",\"participant\":[{\"individual\":" + practitionerReference(practitioner) + "}],\"period\":{\"start\":\""
                + start + "\",\"end\":\"" + end + "\"}}";
    }

    /** One item of a claim: a service on a day, its quantity and price per unit, and optionally its encounter id. */
    public record Item(String service, String day, String quantity, int unitPrice, String encounterId) {

        public static Item of(String service, String day) {
            return new Item(service, day, "1", 1000, null);
        }

        /** Units as FHIR writes a decimal, e.g. "48" or "0.1". */
        Item times(String units) {
            return new Item(service, day, units, unitPrice, encounterId);
        }

        Item times(int units) {
            return times(Integer.toString(units));
        }

        Item forEncounter(String id) {
            return new Item(service, day, quantity, unitPrice, id);
        }
    }

    public static String claim(String id, Iin patient, Bin provider, Iin practitioner, Item... items) {
        StringBuilder lines = new StringBuilder();
        java.math.BigDecimal total = java.math.BigDecimal.ZERO;
        for (int i = 0; i < items.length; i++) {
            Item item = items[i];
            java.math.BigDecimal net = new java.math.BigDecimal(item.quantity()).multiply(java.math.BigDecimal.valueOf(item.unitPrice()));
            total = total.add(net);
            lines.append(i == 0 ? "" : ",").append("{\"sequence\":").append(i + 1).append(",\"careTeamSequence\":[1],")
                    .append("\"productOrService\":{\"coding\":[{\"system\":\"urn:kz:egmis:service\",\"code\":\"")
                    .append(item.service()).append("\"}]},\"servicedDate\":\"").append(item.day())
                    .append("\",\"quantity\":{\"value\":").append(item.quantity()).append("},\"unitPrice\":{\"value\":")
                    .append(item.unitPrice()).append(",\"currency\":\"KZT\"},\"net\":{\"value\":").append(net.toPlainString())
                    .append(",\"currency\":\"KZT\"}")
                    .append(item.encounterId() == null ? "" : ",\"encounter\":[" + literal("Encounter", item.encounterId()) + "]")
                    .append('}');
        }
        return "{\"resourceType\":\"Claim\",\"id\":\"" + id + "\",\"status\":\"active\",\"type\":{\"coding\":[{\"system\":"
                + "\"http://terminology.hl7.org/CodeSystem/claim-type\",\"code\":\"professional\"}]},\"use\":\"claim\","
                + "\"patient\":" + patientReference(patient) + ",\"created\":\"" + items[0].day() + "\",\"provider\":"
                + organizationReference(provider) + ",\"priority\":{\"coding\":[{\"system\":"
                + "\"http://terminology.hl7.org/CodeSystem/processpriority\",\"code\":\"normal\"}]},\"insurance\":[{"
                + "\"sequence\":1,\"focal\":true,\"coverage\":{\"identifier\":{\"system\":\"urn:kz:egmis:funding\","
                + "\"value\":\"GOBMP\"}}}],\"careTeam\":[{\"sequence\":1,\"provider\":" + practitionerReference(practitioner)
                + "}],\"item\":[" + lines + "],\"total\":{\"value\":" + total.toPlainString() + ",\"currency\":\"KZT\"}}";
    }
}
