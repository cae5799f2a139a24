package kz.egmis.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;

import kz.egmis.screening.ScreeningFixture;
import kz.egmis.testing.ApiClient;
import kz.egmis.testing.TestServerInitializer;
import tools.jackson.databind.JsonNode;

/** A test's own world (ScreeningFixture) and the analytics reads of it, once the updates have caught up. */
final class AnalyticsWorld {

    final ScreeningFixture fixture;
    private final AnalyticsUpdates updates;
    private final int port;

    AnalyticsWorld(int port, String name, AnalyticsUpdates updates) {
        this.fixture = new ScreeningFixture(port, name);
        this.updates = updates;
        this.port = port;
    }

    /** Sends resources as one stream and waits until analytics has taken them in. */
    void send(String... resources) throws InterruptedException {
        fixture.send(resources);
        assertThat(updates.awaitCurrent(Duration.ofSeconds(60))).isTrue();
    }

    JsonNode get(String path) {
        return ok(fixture.get(path));
    }

    static JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ScreeningFixture.JSON.readTree(response.body());
    }

    /** A client with a new key of this role, bound to these BINs (facility managers). */
    ApiClient keyOf(String role, String... organizations) {
        ApiClient administrator = ApiClient.at(port).withKey(TestServerInitializer.ADMINISTRATOR_KEY);
        String bins = organizations.length == 0 ? "null" : "[\"" + String.join("\",\"", organizations) + "\"]";
        HttpResponse<String> created = administrator.post("/api/admin/keys", "application/json",
                "{\"name\":\"analytics " + role + "\",\"role\":\"" + role + "\",\"organizations\":" + bins + "}");
        assertThat(created.statusCode()).as(created.body()).isIn(200, 201);
        return ApiClient.at(port).withKey(ScreeningFixture.JSON.readTree(created.body()).path("key").asText());
    }
}
