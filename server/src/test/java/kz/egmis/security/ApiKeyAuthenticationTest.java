package kz.egmis.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import kz.egmis.testing.ApiClient;
import kz.egmis.testing.SyntheticPatients;
import kz.egmis.testing.EgmisServerTest;
import kz.egmis.testing.TestServerInitializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import kz.egmis.platform.Sha256;

@EgmisServerTest
class ApiKeyAuthenticationTest {

    private static final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient anonymous;
    ApiClient administrator;

    @BeforeEach
    void clients() {
        anonymous = ApiClient.at(port);
        administrator = anonymous.withKey(TestServerInitializer.ADMINISTRATOR_KEY);
    }

    @Test
    void every_api_path_without_a_key_is_refused_with_a_json_401() {
        for (String path : new String[] {"/api/findings", "/api/admin/keys", "/fhir/Patient/1", "/fhir", "/ingest/ndjson",
                "/api/caller", "/actuator/metrics", "/api/no-such-thing"}) {
            HttpResponse<String> response = anonymous.withSource("his").get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
            assertThat(read(response).path("error").asString()).isEqualTo("UNAUTHENTICATED");
            assertThat(response.headers().firstValue("WWW-Authenticate")).contains("Bearer realm=\"egmis\"");
        }
    }

    @Test
    void a_wrong_key_is_refused_and_an_encoded_path_does_not_slip_past_the_check() {
        assertThat(anonymous.withKey("not-a-key").get("/api/admin/keys").statusCode()).isEqualTo(401);
        assertThat(anonymous.withHeader("Authorization", "Basic YWRtaW46YWRtaW4=").get("/api/admin/keys").statusCode())
                .isEqualTo(401);
        assertThat(anonymous.get("/%61pi/admin/keys").statusCode()).isIn(400, 401);
        assertThat(anonymous.get("/api/../api/admin/keys").statusCode()).isIn(400, 401);
    }

    @Test
    void health_is_public_and_up() {
        HttpResponse<String> response = anonymous.get("/actuator/health");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(read(response).path("status").asString()).isEqualTo("UP");
    }

    @Test
    void the_bootstrap_key_is_an_administrator_and_only_its_hash_is_stored() {
        assertThat(administrator.get("/api/admin/keys").statusCode()).isEqualTo(200);
        assertThat(administrator.get("/actuator/metrics").statusCode()).isEqualTo(200);
        long clearCopies = jdbc.sql("select count(*) from api_key where key_sha256 = :key or name = :key")
                .param("key", TestServerInitializer.ADMINISTRATOR_KEY).query(Long.class).single();
        assertThat(clearCopies).isZero();
        assertThat(jdbc.sql("select count(*) from api_key where key_sha256 = :hash")
                .param("hash", Sha256.hex(TestServerInitializer.ADMINISTRATOR_KEY)).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void ingest_paths_require_a_valid_source_system_header() {
        ApiClient source = anonymous.withKey(createKey(
                "{\"name\":\"his\",\"role\":\"SOURCE_SYSTEM\",\"sourceSystem\":\"his-1.main_2\"}"));
        HttpResponse<String> missing = source.get("/fhir/Patient/1");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(read(missing).path("error").asString()).isEqualTo("SOURCE_SYSTEM_INVALID");
        assertThat(read(missing).path("message").asString()).contains("X-Source-System");
        assertThat(source.withSource("bad source!").get("/fhir/Patient/1").statusCode()).isEqualTo(400);
        assertThat(source.withSource("x".repeat(65)).get("/fhir/Patient/1").statusCode()).isEqualTo(400);
        assertThat(source.withSource("his-1.main_2").get("/fhir/Patient/1").statusCode()).isEqualTo(404);
    }

    @Test
    void a_key_bound_to_a_source_system_may_not_send_as_another() {
        ApiClient bound = anonymous.withKey(createKey("{\"name\":\"lis\",\"role\":\"SOURCE_SYSTEM\",\"sourceSystem\":\"lis\"}"));
        HttpResponse<String> asAnother = bound.withSource("his").get("/fhir/Patient/1");
        assertThat(asAnother.statusCode()).isEqualTo(403);
        assertThat(read(asAnother).path("error").asString()).isEqualTo("SOURCE_SYSTEM_FORBIDDEN");
        assertThat(bound.withSource("his").post("/ingest/ndjson", "application/fhir+ndjson", "{}").statusCode())
                .isEqualTo(403);
        assertThat(bound.withSource("lis").get("/fhir/Patient/1").statusCode()).isEqualTo(404);
    }

    @Test
    void a_source_system_key_cannot_administer_and_an_auditor_cannot_send() {
        ApiClient source = anonymous.withKey(createKey("{\"name\":\"his\",\"role\":\"SOURCE_SYSTEM\",\"sourceSystem\":\"his\"}"));
        assertThat(source.get("/api/admin/keys").statusCode()).isEqualTo(403);
        ApiClient auditor = anonymous.withKey(createKey("{\"name\":\"auditor\",\"role\":\"AUDITOR\"}")).withSource("his");
        assertThat(auditor.post("/ingest/ndjson", "application/fhir+ndjson", "{}").statusCode()).isEqualTo(403);
        assertThat(auditor.get("/api/admin/keys").statusCode()).isEqualTo(403);
    }

    @Test
    void a_revoked_key_stops_working() {
        HttpResponse<String> created = administrator.post("/api/admin/keys", "application/json",
                "{\"name\":\"temporary\",\"role\":\"ANALYST\"}");
        JsonNode body = read(created);
        ApiClient analyst = anonymous.withKey(body.path("key").asString());
        assertThat(analyst.get("/api/caller").statusCode()).isEqualTo(200);
        assertThat(administrator.delete("/api/admin/keys/" + body.path("id").asLong()).statusCode()).isEqualTo(204);
        assertThat(analyst.get("/api/caller").statusCode()).isEqualTo(401);
        assertThat(administrator.delete("/api/admin/keys/" + body.path("id").asLong()).statusCode()).isEqualTo(404);
    }

    @Test
    void a_malformed_key_request_gets_a_400_that_names_the_field() {
        HttpResponse<String> noRole = administrator.post("/api/admin/keys", "application/json", "{\"name\":\"x\"}");
        assertThat(noRole.statusCode()).isEqualTo(400);
        assertThat(read(noRole).path("message").asString()).contains("role");
        HttpResponse<String> badSource = administrator.post("/api/admin/keys", "application/json",
                "{\"name\":\"x\",\"role\":\"SOURCE_SYSTEM\",\"sourceSystem\":\"a b\"}");
        assertThat(badSource.statusCode()).isEqualTo(400);
        assertThat(administrator.post("/api/admin/keys", "application/json", "{not json").statusCode()).isEqualTo(400);
    }

    @Test
    void a_bound_role_without_its_scope_or_with_an_invalid_one_is_refused_at_creation() {
        assertRefused("{\"name\":\"x\",\"role\":\"SOURCE_SYSTEM\"}", "'sourceSystem' is required");
        assertRefused("{\"name\":\"x\",\"role\":\"FACILITY_MANAGER\"}", "'organizations' is required");
        assertRefused("{\"name\":\"x\",\"role\":\"FACILITY_MANAGER\",\"organizations\":[]}", "'organizations' is required");
        assertRefused("{\"name\":\"x\",\"role\":\"FACILITY_MANAGER\",\"organizations\":[\"123456789012\"]}",
                "'123456789012', which is not a valid BIN");
        assertRefused("{\"name\":\"x\",\"role\":\"CITIZEN\"}", "'iin' is required");
        String valid = SyntheticPatients.iin(1);
        String wrongCheckDigit = valid.substring(0, 11) + (char) ('0' + (valid.charAt(11) - '0' + 1) % 10);
        assertRefused("{\"name\":\"x\",\"role\":\"CITIZEN\",\"iin\":\"" + wrongCheckDigit + "\"}",
                "'iin' is not a valid IIN");
        assertRefused("{\"name\":\"x\",\"role\":\"AUDITOR\",\"iin\":\"" + SyntheticPatients.iin(1) + "\"}",
                "'iin' is only for the role CITIZEN");
        assertRefused("{\"name\":\"x\",\"role\":\"ANALYST\",\"sourceSystem\":\"his\"}",
                "'sourceSystem' is only for the role SOURCE_SYSTEM");
        assertRefused("{\"name\":\"x\",\"role\":\"KING\"}", null);
    }

    @Test
    void a_key_answers_who_it_is_with_its_scope() {
        JsonNode manager = read(anonymous.withKey(createKey("{\"name\":\"Polyclinic 5 manager\","
                + "\"role\":\"FACILITY_MANAGER\",\"organizations\":[\"" + Bins.B + "\",\"" + Bins.A + "\"]}"))
                .get("/api/caller"));
        assertThat(manager.path("role").asString()).isEqualTo("FACILITY_MANAGER");
        assertThat(manager.path("name").asString()).isEqualTo("Polyclinic 5 manager");
        assertThat(manager.path("organizations").toString()).isEqualTo("[\"" + Bins.A + "\",\"" + Bins.B + "\"]");
        assertThat(manager.path("actor").asString()).startsWith("key:");
        JsonNode citizen = read(anonymous.withKey(createKey("{\"name\":\"Aigerim\",\"role\":\"CITIZEN\",\"iin\":\""
                + SyntheticPatients.iin(3) + "\"}")).get("/api/caller"));
        assertThat(citizen.path("iin").asString()).isEqualTo(SyntheticPatients.iin(3));
    }

    private void assertRefused(String request, String messagePart) {
        HttpResponse<String> response = administrator.post("/api/admin/keys", "application/json", request);
        assertThat(response.statusCode()).as(request).isEqualTo(400);
        if (messagePart != null) {
            assertThat(read(response).path("error").asString()).isEqualTo("KEY_REQUEST_INVALID");
            assertThat(read(response).path("message").asString()).as(request).contains(messagePart);
        }
    }

    private String createKey(String request) {
        HttpResponse<String> response = administrator.post("/api/admin/keys", "application/json", request);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return read(response).path("key").asString();
    }

    private static JsonNode read(HttpResponse<String> response) {
        return json.readTree(response.body());
    }
}
