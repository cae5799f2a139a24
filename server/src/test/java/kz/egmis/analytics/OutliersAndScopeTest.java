package kz.egmis.analytics;

import static kz.egmis.screening.ScreeningFixture.adult;
import static kz.egmis.screening.ScreeningFixture.attachment;
import static kz.egmis.screening.ScreeningFixture.claim;
import static kz.egmis.screening.ScreeningFixture.organization;
import static kz.egmis.screening.ScreeningFixture.organizationNumber;
import static kz.egmis.screening.ScreeningFixture.practitioner;
import static kz.egmis.screening.ScreeningFixture.role;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import kz.egmis.identity.Bin;
import kz.egmis.identity.Iin;
import kz.egmis.screening.ScreeningFixture.Item;
import kz.egmis.testing.ApiClient;
import kz.egmis.testing.EgmisServerTest;
import tools.jackson.databind.JsonNode;

/**
 * Six PHC clinics of region 62 in May 2026, ten attached persons each, one GP each. Clinics 0-4 bill each person one
 * visit worth 1000, 1100, 1200, 1300, 1400 KZT; the padded clinic bills 3000 KZT per person, and its GP 600 catalog
 * minutes a day where the others bill 30 or 60.
 */
@EgmisServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutliersAndScopeTest {

    private static final String REGION = "62";

    @LocalServerPort
    int port;

    @Autowired
    AnalyticsUpdates updates;

    AnalyticsWorld world;
    List<Bin> clinics = new ArrayList<>();
    List<Iin> doctors = new ArrayList<>();

    @BeforeAll
    void load() throws InterruptedException {
        world = new AnalyticsWorld(port, "analytics-outliers", updates);
        List<String> resources = new ArrayList<>();
        for (int k = 0; k < 6; k++) {
            clinics.add(organizationNumber());
            doctors.add(adult());
            resources.add(organization("out-" + k, clinics.get(k), "PHC").replace("\"district\":\"71\"",
                    "\"district\":\"" + REGION + "\""));
            resources.add(practitioner("out-d" + k, doctors.get(k)));
            resources.add(role("out-r" + k, doctors.get(k), clinics.get(k), "GP", "2020-01-01", null));
        }
        world.send(resources.toArray(String[]::new));
        resources.clear();
        for (int k = 0; k < 6; k++) {
            for (int p = 0; p < 10; p++) {
                Iin person = adult();
                String day = "2026-05-0" + (1 + p % 5);
                Item item = k == 5 ? new Item("PHC004", day, "10", 300, null)
                        : k % 2 == 1 ? new Item("PHC001", day, "2", (1000 + 100 * k) / 2, null)
                        : new Item("PHC001", day, "1", 1000 + 100 * k, null);
                resources.add(attachment("out-a" + k + "-" + p, person, clinics.get(k), "2025-01-01", null));
                resources.add(claim("out-c" + k + "-" + p, person, clinics.get(k), doctors.get(k), item));
            }
        }
        world.send(resources.toArray(String[]::new));
    }

    @Test
    void the_padded_clinic_ranks_first_on_kzt_per_attached_person() {
        JsonNode items = world.get("/api/analytics/outliers?level=facility&metric=kzt_per_attached&region=" + REGION
                + "&month=2026-05&limit=3").path("items");
        assertThat(items).hasSize(3);
        JsonNode first = items.get(0);
        assertThat(first.path("key").asText()).isEqualTo(clinics.get(5).value());
        assertThat(first.path("value").asDouble()).isEqualTo(3000.0);
        // 1000 1100 1200 1300 1400 3000: median 1250, MAD 150
        assertThat(first.path("peerMedian").asDouble()).isEqualTo(1250.0);
        assertThat(first.path("peerCount").asInt()).isEqualTo(6);
        assertThat(first.path("robustZ").asDouble()).isCloseTo(0.6745 * 1750 / 150, within(1e-3));
        assertThat(first.path("outlier").asBoolean()).isTrue();
        assertThat(items.get(1).path("robustZ").asDouble()).isLessThan(3.5);
    }

    @Test
    void the_practitioner_with_inflated_daily_minutes_ranks_first_and_the_days_explain_it() {
        JsonNode items = world.get("/api/analytics/outliers?level=practitioner&metric=minutes_per_practitioner_day"
                + "&region=" + REGION + "&month=2026-05").path("items");
        JsonNode first = items.get(0);
        assertThat(first.path("key").asText()).isEqualTo(doctors.get(5).value());
        assertThat(first.path("value").asDouble()).isEqualTo(600.0);
        // 30 60 30 60 30 600: median 45, MAD 15
        assertThat(first.path("peerMedian").asDouble()).isEqualTo(45.0);
        assertThat(first.path("robustZ").asDouble()).isCloseTo(0.6745 * 555 / 15, within(1e-3));
        JsonNode days = world.get(first.path("explanation").asText());
        assertThat(days.path("minutesPerPractitionerDay").asDouble()).isEqualTo(600.0);
        assertThat(days.path("days")).hasSize(5);
        JsonNode day = days.path("days").get(0);
        assertThat(day.path("minutes").asDouble()).isEqualTo(600.0);
        assertThat(day.path("items")).hasSize(2);
        assertThat(day.path("items").get(0).path("serviceCode").asText()).isEqualTo("PHC004");
        assertThat(day.path("items").get(0).path("minutes").asDouble()).isEqualTo(300.0);
    }

    @Test
    void a_facility_manager_sees_only_its_own_facilities_and_the_peer_figures() {
        ApiClient manager = world.keyOf("FACILITY_MANAGER", clinics.get(0).value());
        String padded = clinics.get(5).value();
        JsonNode own = AnalyticsWorld.ok(manager.get("/api/analytics/facilities/" + clinics.get(0) + "?from=2026-05&to=2026-05"));
        assertThat(own.path("metrics").toString()).contains("\"peerMedian\":1250.0");
        assertThat(own.toString()).doesNotContain(padded);

        HttpResponse<String> other = manager.get("/api/analytics/facilities/" + padded);
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.body()).contains("OUT_OF_SCOPE");

        HttpResponse<String> outliers = manager.get("/api/analytics/outliers?metric=kzt_per_attached&region=" + REGION
                + "&month=2026-05");
        JsonNode items = AnalyticsWorld.ok(outliers).path("items");
        assertThat(items).hasSize(1);
        assertThat(items.get(0).path("key").asText()).isEqualTo(clinics.get(0).value());
        assertThat(outliers.body()).doesNotContain(padded).doesNotContain("Facility out-5");

        HttpResponse<String> region = manager.get("/api/analytics/regions/" + REGION + "?from=2026-05&to=2026-05");
        JsonNode regionPage = AnalyticsWorld.ok(region);
        assertThat(regionPage.path("facilities")).hasSize(1);
        assertThat(regionPage.path("months").get(0).path("items").asLong()).isEqualTo(60);
        assertThat(region.body()).doesNotContain(padded).doesNotContain("Facility out-5");

        HttpResponse<String> practitioners = manager.get("/api/analytics/outliers?level=practitioner"
                + "&metric=minutes_per_practitioner_day&region=" + REGION + "&month=2026-05");
        assertThat(AnalyticsWorld.ok(practitioners).path("items")).hasSize(1);
        assertThat(practitioners.body()).doesNotContain(doctors.get(5).value());
        assertThat(manager.get("/api/analytics/practitioners/" + doctors.get(5) + "/days?month=2026-05").statusCode())
                .isEqualTo(403);
        assertThat(manager.get("/api/analytics/facilities/" + clinics.get(0) + "/attached-not-seen").statusCode())
                .isEqualTo(403);
    }

    @Test
    void an_analyst_sees_every_facility_but_not_the_list_of_persons() {
        ApiClient analyst = world.keyOf("ANALYST");
        JsonNode region = AnalyticsWorld.ok(analyst.get("/api/analytics/regions/" + REGION + "?from=2026-05&to=2026-05"));
        assertThat(region.path("facilities")).hasSize(6);
        assertThat(region.path("months").get(0).path("attached").asLong()).isEqualTo(60);
        assertThat(analyst.get("/api/analytics/facilities/" + clinics.get(5)).statusCode()).isEqualTo(200);
        assertThat(analyst.get("/api/analytics/facilities/" + clinics.get(5) + "/attached-not-seen").statusCode())
                .isEqualTo(403);
        assertThat(world.keyOf("AUDITOR").get("/api/analytics/facilities/" + clinics.get(5) + "/attached-not-seen")
                .statusCode()).isEqualTo(200);
    }
}
