package kz.egmis.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import kz.egmis.testing.ApiClient;
import kz.egmis.testing.BrowserSession;
import kz.egmis.testing.EgmisServerTest;
import kz.egmis.testing.oidc.TestIdentityProvider;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The production way in, against a real OpenID Connect provider started here: bearer JWTs on the API (issuer,
 * audience, expiry, signature and claims checked) and people signing in through the provider.
 */
@EgmisServerTest
class OidcSignInTest {

    private static final JsonMapper json = JsonMapper.builder().build();
    private static final ConfigurableApplicationContext provider = TestIdentityProvider.start();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) {
        registry.add("egmis.oidc.issuer", () -> TestIdentityProvider.issuer(provider));
        registry.add("egmis.oidc.client-id", () -> TestIdentityProvider.WEB_CLIENT);
        registry.add("egmis.oidc.client-secret", () -> TestIdentityProvider.SECRET);
        registry.add("egmis.oidc.audience", () -> TestIdentityProvider.AUDIENCE);
        registry.add("egmis.oidc.clock-skew-seconds", () -> "0");
    }

    @AfterAll
    static void stopProvider() {
        provider.close();
    }

    @Test
    void a_token_of_the_provider_with_an_egmis_role_is_a_caller_with_that_role() {
        ApiClient robot = ApiClient.at(port).withKey(token(provider, "auditor-app"));
        HttpResponse<String> caller = robot.get("/api/caller");
        assertThat(caller.statusCode()).as(caller.body()).isEqualTo(200);
        JsonNode body = json.readTree(caller.body());
        assertThat(body.path("role").asString()).isEqualTo("AUDITOR");
        assertThat(body.path("name").asString()).isEqualTo("Audit robot");
        assertThat(body.path("actor").asString()).isEqualTo("oidc:auditor-app");
        assertThat(robot.get("/api/findings").statusCode()).isEqualTo(200);
        assertThat(robot.get("/api/admin/keys").statusCode()).isEqualTo(403);
    }

    @Test
    void a_facility_managers_token_carries_its_bins_as_scope() {
        JsonNode body = json.readTree(ApiClient.at(port).withKey(token(provider, "manager-app")).get("/api/caller").body());
        assertThat(body.path("role").asString()).isEqualTo("FACILITY_MANAGER");
        assertThat(body.path("organizations").toString()).isEqualTo("[\"140240001469\"]");
    }

    @Test
    void tokens_without_a_role_with_two_roles_or_without_a_bound_roles_scope_are_refused() {
        for (String client : new String[] {"norole-app", "tworoles-app", "unbound-manager-app"}) {
            HttpResponse<String> refused = ApiClient.at(port).withKey(token(provider, client)).get("/api/caller");
            assertThat(refused.statusCode()).as(client).isEqualTo(401);
            assertThat(json.readTree(refused.body()).path("error").asString()).isEqualTo("UNAUTHENTICATED");
        }
    }

    @Test
    void a_token_for_another_audience_is_refused() {
        HttpResponse<String> refused = ApiClient.at(port).withKey(token(provider, "otheraudience-app")).get("/api/caller");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).contains("audience");
    }

    @Test
    void an_expired_token_is_refused() throws InterruptedException {
        String token = token(provider, "shortlived-app"); // lives one second; no clock skew is allowed in this test
        Thread.sleep(2_100);
        HttpResponse<String> refused = ApiClient.at(port).withKey(token).get("/api/caller");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).contains("expired");
    }

    @Test
    void a_token_of_another_issuer_is_refused_even_with_the_right_claims() {
        try (ConfigurableApplicationContext stranger = TestIdentityProvider.start()) {
            HttpResponse<String> refused = ApiClient.at(port).withKey(token(stranger, "auditor-app")).get("/api/caller");
            assertThat(refused.statusCode()).isEqualTo(401);
        }
    }

    @Test
    void a_tampered_token_is_refused() {
        String[] parts = token(provider, "auditor-app").split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("AUDITOR", "ADMINISTRATOR");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertThat(ApiClient.at(port).withKey(forged).get("/api/caller").statusCode()).isEqualTo(401);
    }

    @Test
    void a_person_signs_in_through_the_provider_and_gets_a_session_with_the_role_of_their_claims() {
        BrowserSession browser = signInThroughProvider("oidc.auditor");
        HttpResponse<String> caller = browser.get("http://127.0.0.1:" + port + "/api/caller");
        assertThat(caller.statusCode()).as(caller.body()).isEqualTo(200);
        JsonNode body = json.readTree(caller.body());
        assertThat(body.path("role").asString()).isEqualTo("AUDITOR");
        assertThat(body.path("name").asString()).isEqualTo("Дана Серікқызы");
        assertThat(body.path("actor").asString()).isEqualTo("oidc:oidc.auditor");
    }

    @Test
    void a_person_whose_claims_name_no_egmis_role_is_not_signed_in() {
        BrowserSession browser = signInThroughProvider("oidc.norole");
        assertThat(browser.get("http://127.0.0.1:" + port + "/api/caller").statusCode()).isEqualTo(401);
    }

    /**
     * The authorization code flow as a browser walks it: EGMIS sends the browser to the provider, the person signs
     * in there, the provider sends the browser back with a code, EGMIS exchanges it and opens a session. EGMIS is
     * reached as 127.0.0.1 and the provider as localhost, so that their cookies stay apart.
     */
    private BrowserSession signInThroughProvider(String person) {
        TestIdentityProvider.registerWebClient(provider, "http://127.0.0.1:" + port + "/login/oauth2/code/egmis");
        BrowserSession browser = BrowserSession.at(port);
        String next = location(browser.get("/oauth2/authorization/egmis"));
        assertThat(next).startsWith(TestIdentityProvider.issuer(provider) + "/oauth2/authorize");
        String signInPage = location(browser.get(next));
        String token = BrowserSession.csrfToken(browser.get(signInPage).body());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", person);
        form.put("password", TestIdentityProvider.PASSWORD);
        form.put("_csrf", token);
        String resumed = location(browser.postForm(signInPage, form));
        String callback = location(browser.get(resumed));
        assertThat(callback).startsWith("http://127.0.0.1:" + port + "/login/oauth2/code/egmis?code=");
        browser.get(callback);
        return browser;
    }

    private static String location(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    /** An access token by client credentials, as a program of that client gets it. */
    private static String token(ConfigurableApplicationContext from, String clientId) {
        String basic = Base64.getEncoder().encodeToString((URLEncoder.encode(clientId, StandardCharsets.UTF_8) + ":"
                + TestIdentityProvider.secretOf(clientId)).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(TestIdentityProvider.issuer(from) + "/oauth2/token"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return json.readTree(response.body()).path("access_token").asString();
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
