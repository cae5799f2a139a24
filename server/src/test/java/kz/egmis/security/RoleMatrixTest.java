package kz.egmis.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import kz.egmis.testing.ApiClient;
import kz.egmis.testing.EgmisServerTest;
import kz.egmis.testing.SyntheticPatients;
import kz.egmis.testing.TestServerInitializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * The role matrix, generated from the declared policy: every declared path and method, called over real HTTP by
 * every role (with its scope) and by an anonymous caller. An allowed cell is never refused for authentication or
 * authorization and never fails with a server error; a refused cell answers 401 without credentials and 403 with
 * them, both with a JSON body. Every path a controller serves is declared, and undeclared paths are refused.
 */
@EgmisServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleMatrixTest {

    private static final JsonMapper json = JsonMapper.builder().build();
    private static final String SOURCE = "matrix";

    @LocalServerPort
    int port;

    @Autowired
    DeclaredAccessPolicy policy;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final Map<Role, ApiClient> callers = new EnumMap<>(Role.class);

    @BeforeAll
    void keys_of_every_role_with_their_scope() {
        ApiClient administrator = ApiClient.at(port).withKey(TestServerInitializer.ADMINISTRATOR_KEY);
        Map<Role, String> scopes = new LinkedHashMap<>();
        scopes.put(Role.SOURCE_SYSTEM, ",\"sourceSystem\":\"" + SOURCE + "\"");
        scopes.put(Role.AUDITOR, "");
        scopes.put(Role.ANALYST, "");
        scopes.put(Role.FACILITY_MANAGER, ",\"organizations\":[\"" + Bins.A + "\"]");
        scopes.put(Role.CITIZEN, ",\"iin\":\"" + SyntheticPatients.iin(7) + "\"");
        callers.put(Role.ADMINISTRATOR, administrator.withSource(SOURCE));
        scopes.forEach((role, scope) -> {
            HttpResponse<String> created = administrator.post("/api/admin/keys", "application/json",
                    "{\"name\":\"matrix " + role + "\",\"role\":\"" + role + "\"" + scope + "}");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            String key = json.readTree(created.body()).path("key").asString();
            callers.put(role, ApiClient.at(port).withKey(key).withSource(SOURCE));
        });
    }

    @Test
    void every_declared_cell_answers_as_the_policy_says() {
        List<String> wrong = new ArrayList<>();
        for (PathRule rule : policy.rules()) {
            String path = concrete(rule.pattern());
            for (Role role : Role.values()) {
                check(rule, path, role.name(), callers.get(role), rule.anonymous() || rule.roles().contains(role), wrong);
            }
            check(rule, path, "anonymous", ApiClient.at(port).withSource(SOURCE), rule.anonymous(), wrong);
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void the_policy_gives_each_role_what_section_7_of_the_standard_says() {
        Set<Role> everyone = Set.of(Role.values());
        Map<String, Set<Role>> expected = new LinkedHashMap<>();
        expected.put("POST /fhir", Set.of(Role.ADMINISTRATOR, Role.SOURCE_SYSTEM));
        expected.put("PUT /fhir/{type}/{id}", Set.of(Role.ADMINISTRATOR, Role.SOURCE_SYSTEM));
        expected.put("GET /fhir/{type}/{id}", Set.of(Role.ADMINISTRATOR, Role.SOURCE_SYSTEM));
        expected.put("POST /ingest/ndjson", Set.of(Role.ADMINISTRATOR, Role.SOURCE_SYSTEM));
        expected.put("POST /ingest/csv/{format}", Set.of(Role.ADMINISTRATOR, Role.SOURCE_SYSTEM));
        expected.put("GET /api/findings", Set.of(Role.ADMINISTRATOR, Role.AUDITOR, Role.ANALYST, Role.FACILITY_MANAGER));
        expected.put("POST /api/findings/{id}/review", Set.of(Role.ADMINISTRATOR, Role.AUDITOR));
        expected.put("POST /api/screening/run", Set.of(Role.ADMINISTRATOR, Role.AUDITOR));
        expected.put("POST /api/admin/keys", Set.of(Role.ADMINISTRATOR));
        expected.put("POST /api/admin/users", Set.of(Role.ADMINISTRATOR));
        expected.put("POST /api/admin/ledger/verify", Set.of(Role.ADMINISTRATOR));
        expected.put("GET /actuator/metrics", Set.of(Role.ADMINISTRATOR));
        for (var cell : expected.entrySet()) {
            String method = cell.getKey().substring(0, cell.getKey().indexOf(' '));
            String path = concrete(cell.getKey().substring(cell.getKey().indexOf(' ') + 1));
            for (Role role : Role.values()) {
                int status = callers.get(role).send(method, path, contentType(path), body(method, path)).statusCode();
                assertThat(status == 403 || status == 401).as(role + " " + cell.getKey() + " answered " + status)
                        .isEqualTo(!cell.getValue().contains(role));
            }
        }
        for (String path : List.of("/api/ledger/sth", "/api/ledger/key", "/actuator/health")) {
            assertThat(ApiClient.at(port).get(path).statusCode()).as(path).isEqualTo(200);
            for (Role role : everyone) {
                assertThat(callers.get(role).get(path).statusCode()).as(role + " " + path).isEqualTo(200);
            }
        }
    }

    @Test
    void every_path_a_controller_serves_is_declared() {
        List<String> undeclared = new ArrayList<>();
        for (RequestMappingInfo mapping : mappings.getHandlerMethods().keySet()) {
            Set<String> patterns = mapping.getPatternValues();
            Set<org.springframework.web.bind.annotation.RequestMethod> methods = mapping.getMethodsCondition().getMethods();
            for (String pattern : patterns) {
                if (pattern.equals("/error")) {
                    continue; // the container's error page, reached only by an error dispatch
                }
                for (var method : methods) {
                    boolean declared = policy.rules().stream().anyMatch(rule -> rule.method().equals(method.name())
                            && rule.pattern().equals(pattern));
                    if (!declared) {
                        undeclared.add(method + " " + pattern);
                    }
                }
                if (methods.isEmpty()) {
                    undeclared.add("(any method) " + pattern);
                }
            }
        }
        assertThat(undeclared).as("served but not declared in any AccessRules").isEmpty();
    }

    @Test
    void a_path_nobody_declared_is_refused_to_everyone_administrators_included() {
        for (String path : List.of("/api/no-such-thing", "/internal/anything", "/api/admin/keys/1/secret", "/nothing-here")) {
            HttpResponse<String> anonymous = ApiClient.at(port).get(path);
            assertThat(anonymous.statusCode()).as(path).isEqualTo(401);
            assertThat(json.readTree(anonymous.body()).path("error").asString()).isEqualTo("UNAUTHENTICATED");
            for (Role role : Role.values()) {
                HttpResponse<String> refused = callers.get(role).get(path);
                assertThat(refused.statusCode()).as(role + " " + path).isEqualTo(403);
                assertThat(json.readTree(refused.body()).path("error").asString()).isEqualTo("FORBIDDEN");
            }
        }
        assertThat(callers.get(Role.ADMINISTRATOR).send("PATCH", "/api/findings", "application/json", "{}").statusCode()).isEqualTo(403);
    }

    private void check(PathRule rule, String path, String who, ApiClient caller, boolean allowed, List<String> wrong) {
        HttpResponse<String> response = caller.send(rule.method(), path, contentType(path), body(rule.method(), path));
        int status = response.statusCode();
        String cell = who + " " + rule.method() + " " + path + " -> " + status + " " + abbreviated(response.body());
        if (allowed && (status == 401 || status == 403 && isPolicyRefusal(response) || status >= 500)) {
            wrong.add("allowed but " + cell);
        }
        if (!allowed) {
            int expected = who.equals("anonymous") ? 401 : 403;
            String code = expected == 401 ? "UNAUTHENTICATED" : "FORBIDDEN";
            if (status != expected || !response.headers().firstValue("Content-Type").orElse("").startsWith("application/json")
                    || !json.readTree(response.body()).path("error").asString().equals(code)) {
                wrong.add("refused should be " + expected + " " + code + " but " + cell);
            }
        }
    }

    /** A 403 of the policy itself, as opposed to a controller's scope check (OUT_OF_SCOPE) on an allowed path. */
    private static boolean isPolicyRefusal(HttpResponse<String> response) {
        return response.body().contains("\"error\":\"FORBIDDEN\"");
    }

    private static String concrete(String pattern) {
        return pattern.replace("{bin}", Bins.A).replace("{type}", "Patient").replace("{id}", "matrix-1")
                .replace("{version}", "1").replace("{format}", "death-registry").replace("{code}", "75")
                .replace("{personId}", "p-unknown").replace("{iin}", SyntheticPatients.iin(8)).replace("/**", "/anything");
    }

    private static String body(String method, String path) {
        if (path.startsWith("/ingest/csv")) {
            return "iin;death_date;record_no\n";
        }
        return path.startsWith("/ingest") ? "" : method.equals("GET") || method.equals("DELETE") ? null : "{}";
    }

    private static String contentType(String path) {
        return path.startsWith("/fhir") ? "application/fhir+json" : path.startsWith("/ingest/ndjson")
                ? "application/fhir+ndjson" : path.startsWith("/ingest/csv") ? "text/csv" : "application/json";
    }

    private static String abbreviated(String body) {
        return body.length() > 160 ? body.substring(0, 160) + "…" : body;
    }
}
