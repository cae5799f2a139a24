package kz.egmis.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import kz.egmis.testing.ApiClient;
import kz.egmis.testing.BrowserSession;
import kz.egmis.testing.EgmisServerTest;
import kz.egmis.testing.TestServerInitializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** People sign in with accounts: sessions, CSRF protection, lockout after repeated failures, adaptive hashes only. */
@EgmisServerTest
class AccountSignInTest {

    private static final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void an_auditor_signs_in_and_the_session_knows_who_she_is() {
        String password = create("{\"username\":\"a.nurlanova\",\"displayName\":\"Айгерим Нурланова\",\"role\":\"AUDITOR\"}");
        BrowserSession browser = BrowserSession.at(port);
        HttpResponse<String> signedIn = browser.signIn("a.nurlanova", password);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).get().asString().endsWith("/start");
        JsonNode caller = json.readTree(browser.get("/api/caller").body());
        assertThat(caller.path("role").asString()).isEqualTo("AUDITOR");
        assertThat(caller.path("name").asString()).isEqualTo("Айгерим Нурланова");
        assertThat(caller.path("actor").asString()).startsWith("account:");
        assertThat(browser.get("/api/findings").statusCode()).isEqualTo(200);
        assertThat(browser.get("/api/admin/keys").statusCode()).isEqualTo(403);
    }

    @Test
    void a_session_request_without_the_csrf_token_is_refused_and_with_it_is_served() {
        String password = create("{\"username\":\"csrf.auditor\",\"displayName\":\"Auditor\",\"role\":\"AUDITOR\"}");
        BrowserSession browser = BrowserSession.at(port);
        browser.signIn("csrf.auditor", password);
        HttpResponse<String> forged = browser.postJson("/api/findings/none/review", "{\"status\":\"confirmed\"}", Map.of());
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(json.readTree(forged.body()).path("error").asString()).isEqualTo("CSRF_TOKEN_MISSING");
        String token = BrowserSession.csrfToken(browser.get("/login").body());
        HttpResponse<String> genuine = browser.postJson("/api/findings/none/review", "{\"status\":\"confirmed\"}",
                Map.of("X-CSRF-TOKEN", token));
        assertThat(genuine.statusCode()).isEqualTo(404);
        assertThat(json.readTree(genuine.body()).path("error").asString()).isEqualTo("FINDING_NOT_FOUND");
    }

    @Test
    void five_wrong_passwords_lock_the_account_even_against_the_right_one_until_an_administrator_unlocks_it() {
        String password = create("{\"username\":\"locked.analyst\",\"displayName\":\"Analyst\",\"role\":\"ANALYST\"}");
        BrowserSession attacker = BrowserSession.at(port);
        for (int attempt = 0; attempt < 5; attempt++) {
            HttpResponse<String> refused = attacker.signIn("locked.analyst", "guess-" + attempt + "-wrong-password");
            assertThat(refused.headers().firstValue("Location")).get().asString().endsWith("/login?error");
        }
        BrowserSession owner = BrowserSession.at(port);
        assertThat(owner.signIn("locked.analyst", password).headers().firstValue("Location")).get().asString()
                .endsWith("/login?error");
        assertThat(owner.get("/api/caller").statusCode()).isEqualTo(401);

        long id = jdbc.sql("select id from user_account where username = 'locked.analyst'").query(Long.class).single();
        assertThat(administrator().post("/api/admin/users/" + id + "/unlock", "application/json", "").statusCode())
                .isEqualTo(204);
        assertThat(owner.signIn("locked.analyst", password).headers().firstValue("Location")).get().asString()
                .endsWith("/start");
        assertThat(owner.get("/api/caller").statusCode()).isEqualTo(200);
    }

    @Test
    void an_unknown_user_a_disabled_account_and_a_wrong_password_are_refused_alike() {
        String password = create("{\"username\":\"leaver\",\"displayName\":\"Leaver\",\"role\":\"ANALYST\"}");
        long id = jdbc.sql("select id from user_account where username = 'leaver'").query(Long.class).single();
        assertThat(administrator().delete("/api/admin/users/" + id).statusCode()).isEqualTo(204);
        for (String[] attempt : new String[][] {{"leaver", password}, {"nobody", password}, {"leaver", "x"}}) {
            BrowserSession browser = BrowserSession.at(port);
            assertThat(browser.signIn(attempt[0], attempt[1]).headers().firstValue("Location")).get().asString()
                    .endsWith("/login?error");
        }
    }

    @Test
    void passwords_are_kept_only_as_adaptive_hashes_and_never_answered() {
        HttpResponse<String> created = administrator().post("/api/admin/users", "application/json",
                "{\"username\":\"chosen\",\"displayName\":\"Chosen\",\"role\":\"ANALYST\",\"password\":\"a long chosen secret\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(json.readTree(created.body()).has("password")).isFalse();
        String hash = jdbc.sql("select password_hash from user_account where username = 'chosen'").query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain("a long chosen secret");
        assertThat(administrator().get("/api/admin/users").body()).doesNotContain("bcrypt", "a long chosen secret");
    }

    @Test
    void a_malformed_account_request_names_what_is_wrong() {
        assertRefused("{\"username\":\"x\",\"displayName\":\"X\",\"role\":\"AUDITOR\"}", "'username'");
        assertRefused("{\"username\":\"Bad Name\",\"displayName\":\"X\",\"role\":\"AUDITOR\"}", "'username'");
        assertRefused("{\"username\":\"ok.name\",\"role\":\"AUDITOR\"}", "'displayName'");
        assertRefused("{\"username\":\"ok.name\",\"displayName\":\"X\",\"role\":\"AUDITOR\",\"password\":\"short\"}",
                "'password'");
        assertRefused("{\"username\":\"ok.name\",\"displayName\":\"X\",\"role\":\"FACILITY_MANAGER\"}", "'organizations'");
        assertRefused("{\"username\":\"ok.name\",\"displayName\":\"X\",\"role\":\"SOURCE_SYSTEM\",\"sourceSystem\":\"his\"}",
                null);
        create("{\"username\":\"taken\",\"displayName\":\"X\",\"role\":\"AUDITOR\"}");
        assertRefused("{\"username\":\"taken\",\"displayName\":\"Y\",\"role\":\"AUDITOR\"}", "taken");
    }

    private void assertRefused(String request, String messagePart) {
        HttpResponse<String> response = administrator().post("/api/admin/users", "application/json", request);
        assertThat(response.statusCode()).as(request + " " + response.body()).isEqualTo(400);
        if (messagePart != null) {
            assertThat(json.readTree(response.body()).path("message").asString()).contains(messagePart);
        }
    }

    /** Creates an account with a generated password; answers the password. */
    private String create(String request) {
        HttpResponse<String> created = administrator().post("/api/admin/users", "application/json", request);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json.readTree(created.body()).path("password").asString();
    }

    private ApiClient administrator() {
        return ApiClient.at(port).withKey(TestServerInitializer.ADMINISTRATOR_KEY);
    }
}
