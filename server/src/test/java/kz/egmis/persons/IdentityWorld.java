package kz.egmis.persons;

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

/** A test's own people, sources and keys on the shared server: Patients sent as NDJSON, identity read back. */
final class IdentityWorld {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicInteger SERIAL = new AtomicInteger(7000);
    private static final AtomicInteger SOURCES = new AtomicInteger();

    final ApiClient administrator;
    final String name;
    private final int port;

    IdentityWorld(int port, String name) {
        this.port = port;
        this.name = name + "-" + SOURCES.incrementAndGet();
        this.administrator = ApiClient.at(port).withKey(TestServerInitializer.ADMINISTRATOR_KEY);
    }

    static Iin iin(LocalDate born, Sex sex) {
        return Iin.of(born, sex, SERIAL.getAndAdd(2));
    }

    static Bin facility() {
        return Bin.of(YearMonth.of(2012, 3), 4, SERIAL.getAndAdd(2));
    }

    static String patient(String id, Iin iin, Bin facility, String family, String given, String gender, String born) {
        String identifier = iin != null ? "{\"system\":\"urn:kz:iin\",\"value\":\"" + iin + "\"}"
                : "{\"system\":\"urn:kz:egmis:mrn:" + facility + "\",\"value\":\"MRN-" + id + "\"}";
        return "{\"resourceType\":\"Patient\",\"id\":\"" + id + "\",\"identifier\":[" + identifier + "],"
                + "\"name\":[{\"family\":\"" + family + "\",\"given\":[\"" + given + "\"]}],\"gender\":\"" + gender
                + "\",\"birthDate\":\"" + born + "\"}";
    }

    /** Sends resources as the source {@code <name>-<source>}; every line accepted. */
    String send(String source, String... resources) {
        String code = name + "-" + source;
        HttpResponse<String> response = administrator.withSource(code).post("/ingest/ndjson", "application/fhir+ndjson",
                (String.join("\n", resources) + "\n").getBytes(UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).path("rejected").asLong()).as(response.body()).isZero();
        return code;
    }

    String key(String role) {
        HttpResponse<String> response = administrator.post("/api/admin/keys", "application/json",
                "{\"name\":\"" + name + " " + role + "\",\"role\":\"" + role + "\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body()).path("key").asString();
    }

    ApiClient as(String role) {
        return ApiClient.at(port).withKey(key(role));
    }

    /** The links of this world's records, from GET /api/identity/links. */
    List<JsonNode> links() {
        HttpResponse<String> response = administrator.get("/api/identity/links");
        assertThat(response.statusCode()).isEqualTo(200);
        List<JsonNode> mine = new ArrayList<>();
        for (String line : response.body().split("\n")) {
            JsonNode link = JSON.readTree(line);
            if (link.path("record").asString().startsWith(name + "-")) {
                mine.add(link);
            }
        }
        return mine;
    }

    String personOf(String record) {
        return links().stream().filter(link -> link.path("record").asString().equals(record)).findFirst()
                .orElseThrow(() -> new AssertionError("no link of " + record)).path("personId").asString();
    }

    List<JsonNode> reviews(String record) {
        HttpResponse<String> response = administrator.get("/api/identity/review?record="
                + java.net.URLEncoder.encode(record, UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode item : JSON.readTree(response.body()).path("items")) {
            if (item.path("record").asString().equals(record) || item.path("otherRecord").asString().equals(record)) {
                found.add(item);
            }
        }
        return found;
    }
}
