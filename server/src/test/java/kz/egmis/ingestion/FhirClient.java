package kz.egmis.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import kz.egmis.testing.ApiClient;
import kz.egmis.testing.TestServerInitializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A source system talking FHIR to the test server over real HTTP: reads and POSTs through {@link ApiClient},
 * PUTs (which ApiClient does not offer) with the same headers. Each test takes a source system of its own, as
 * the server and its database are shared by all test classes.
 */
final class FhirClient {

    static final String FHIR_JSON = "application/fhir+json";
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;
    private final String source;
    private final ApiClient api;

    private FhirClient(int port, String source) {
        this.port = port;
        this.source = source;
        this.api = ApiClient.at(port).withKey(TestServerInitializer.ADMINISTRATOR_KEY).withSource(source);
    }

    /** A client for a source system no other test uses. */
    static FhirClient newSource(int port) {
        return new FhirClient(port, "src-" + UUID.randomUUID().toString().substring(0, 13));
    }

    /** Another source system on the same server. */
    FhirClient otherSource() {
        return newSource(port);
    }

    String source() {
        return source;
    }

    HttpResponse<String> get(String path) {
        return api.get(path);
    }

    HttpResponse<String> post(String path, String body) {
        return api.post(path, FHIR_JSON, body);
    }

    HttpResponse<String> put(String path, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + TestServerInitializer.ADMINISTRATOR_KEY)
                .header("X-Source-System", source)
                .header("Content-Type", FHIR_JSON)
                .PUT(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode read(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    /** The body of an answer with this status, as JSON; the body is shown when the status differs. */
    static JsonNode expect(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as("status of %s %s, answered %s", response.request().method(),
                response.request().uri().getPath(), response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith(FHIR_JSON);
        return read(response);
    }

    /** An OperationOutcome answered with this status; answers its issues. */
    static JsonNode expectOutcome(HttpResponse<String> response, int status) {
        JsonNode outcome = expect(response, status);
        assertThat(outcome.path("resourceType").asString()).isEqualTo("OperationOutcome");
        assertThat(outcome.path("issue").isArray()).isTrue();
        assertThat(outcome.path("issue").size()).isPositive();
        for (JsonNode issue : outcome.path("issue")) {
            assertThat(issue.path("severity").asString()).isEqualTo("error");
            assertThat(issue.path("diagnostics").asString()).isNotBlank();
        }
        return outcome.path("issue");
    }

    /** A JSON string literal, quotes and escapes included. */
    static String quoted(String text) {
        return JSON.writeValueAsString(text);
    }
}
