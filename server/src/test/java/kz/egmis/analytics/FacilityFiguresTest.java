package kz.egmis.analytics;

import static kz.egmis.screening.ScreeningFixture.adult;
import static kz.egmis.screening.ScreeningFixture.attachment;
import static kz.egmis.screening.ScreeningFixture.claim;
import static kz.egmis.screening.ScreeningFixture.encounter;
import static kz.egmis.screening.ScreeningFixture.organization;
import static kz.egmis.screening.ScreeningFixture.organizationNumber;
import static kz.egmis.screening.ScreeningFixture.practitioner;
import static kz.egmis.screening.ScreeningFixture.role;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import kz.egmis.identity.Bin;
import kz.egmis.identity.Iin;
import kz.egmis.screening.ScreeningFixture;
import kz.egmis.screening.ScreeningFixture.Item;
import kz.egmis.testing.EgmisServerTest;
import tools.jackson.databind.JsonNode;

/**
 * A PHC clinic with three attached persons: one billed in March, one seen only at a hospital just after midnight of
 * 1 April in UTC+05:00 (still 31 March in UTC), one never seen; and a person billed a PHC service on 31 March without
 * being attached.
 */
@EgmisServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FacilityFiguresTest {

    @LocalServerPort
    int port;

    @Autowired
    AnalyticsUpdates updates;

    @Autowired
    JdbcTemplate jdbc;

    AnalyticsWorld world;
    Bin clinic = organizationNumber();
    Bin hospital = organizationNumber();
    Iin doctor = adult();
    Iin billed = adult();
    Iin seenAtHospital = adult();
    Iin neverSeen = adult();
    Iin unattached = adult();

    @BeforeAll
    void load() throws InterruptedException {
        world = new AnalyticsWorld(port, "analytics-figures", updates);
        world.send(organization("clinic", clinic, "PHC"), organization("hospital", hospital, "HOSP"),
                practitioner("doctor", doctor), role("doctor-gp", doctor, clinic, "GP", "2020-01-01", null),
                attachment("a-billed", billed, clinic, "2025-01-01", null),
                attachment("a-hospital", seenAtHospital, clinic, "2025-01-01", null),
                attachment("a-never", neverSeen, clinic, "2025-01-01", null),
                claim("c-billed", billed, clinic, doctor, Item.of("PHC001", "2026-03-10")),
                claim("c-unattached", unattached, clinic, doctor, Item.of("PHC001", "2026-03-31")),
                encounter("e-hospital", "IMP", seenAtHospital, hospital, doctor, "2026-03-31T20:30:00Z",
                        "2026-04-02T10:00:00+05:00"));
    }

    @Test
    void a_facility_month_counts_claims_items_patients_and_kzt_by_funding_stream() {
        JsonNode page = world.get("/api/analytics/facilities/" + clinic + "?from=2026-03&to=2026-04");
        assertThat(page.path("facility").path("bin").asText()).isEqualTo(clinic.value());
        assertThat(page.path("facility").path("type").asText()).isEqualTo("PHC");
        assertThat(page.path("facility").path("region").asText()).isEqualTo("71");
        JsonNode march = page.path("months").get(0);
        assertThat(march.path("month").asText()).isEqualTo("2026-03");
        assertThat(march.path("claims").asLong()).isEqualTo(2);
        assertThat(march.path("items").asLong()).isEqualTo(2);
        assertThat(march.path("patients").asLong()).isEqualTo(2);
        assertThat(march.path("amountKzt").path("GOBMP").decimalValue()).isEqualByComparingTo("2000");
        assertThat(march.path("amountKzt").path("OSMS").decimalValue()).isEqualByComparingTo("0");
        JsonNode april = page.path("months").get(1);
        assertThat(april.path("month").asText()).isEqualTo("2026-04");
        assertThat(april.path("claims").asLong()).isZero();
    }

    @Test
    void attached_persons_not_seen_are_counted_at_each_month_end_in_kazakhstan_time() {
        JsonNode months = world.get("/api/analytics/facilities/" + clinic + "?from=2026-03&to=2026-04").path("months");
        // 31 March: all three attached; only the billed one seen (the hospital stay began on 1 April, UTC+05:00)
        assertThat(months.get(0).path("attached").asLong()).isEqualTo(3);
        assertThat(months.get(0).path("attachedNotSeen24m").asLong()).isEqualTo(2);
        assertThat(months.get(0).path("perCapitaKzt").decimalValue()).isEqualByComparingTo("2100");
        assertThat(months.get(1).path("attached").asLong()).isEqualTo(3);
        assertThat(months.get(1).path("attachedNotSeen24m").asLong()).isEqualTo(1);
        assertThat(months.get(1).path("perCapitaKzt").decimalValue()).isEqualByComparingTo("1050");
    }

    @Test
    void the_metrics_give_the_facility_value_against_its_peers() {
        JsonNode metrics = world.get("/api/analytics/facilities/" + clinic + "?from=2026-03&to=2026-03").path("metrics");
        assertThat(metric(metrics, "share_unattached_phc").path("value").asDouble()).isEqualTo(0.5);
        assertThat(metric(metrics, "attached_not_seen_share").path("value").asDouble()).isEqualTo(0.6667);
        assertThat(metric(metrics, "services_per_patient").path("value").asDouble()).isEqualTo(1.0);
        // 2000 KZT for 3 attached persons
        assertThat(metric(metrics, "kzt_per_attached").path("value").asDouble()).isEqualTo(666.6667);
        assertThat(metric(metrics, "minutes_per_practitioner_day").path("value").asDouble()).isEqualTo(15.0);
        assertThat(metric(metrics, "kzt_per_attached").path("peerCount").asInt()).isPositive();
    }

    @Test
    void the_auditor_lists_the_persons_attached_and_never_seen_and_the_read_is_logged() {
        JsonNode list = world.get("/api/analytics/facilities/" + clinic + "/attached-not-seen?month=2026-04");
        assertThat(list.path("total").asLong()).isEqualTo(1);
        assertThat(list.path("items").get(0).path("iin").asText()).isEqualTo(neverSeen.value());
        assertThat(list.path("items").get(0).path("attachedFrom").asText()).isEqualTo("2025-01-01");
        assertThat(jdbc.queryForObject("select count(*) from access_log where patient_iin = ?"
                + " and path like '%/attached-not-seen' and resource_type = 'AttachedNotSeen'", Long.class,
                neverSeen.value())).isEqualTo(1);
    }

    @Test
    void bad_input_is_refused_with_a_code_saying_what_to_fix() {
        assertInvalid(world.fixture.get("/api/analytics/facilities/" + clinic + "?from=2026-13"));
        assertInvalid(world.fixture.get("/api/analytics/facilities/" + clinic + "?from=2026-05&to=2026-03"));
        assertInvalid(world.fixture.get("/api/analytics/facilities/" + clinic + "?from=2020-01&to=2026-03"));
        assertInvalid(world.fixture.get("/api/analytics/facilities/123456789012"));
        assertInvalid(world.fixture.get("/api/analytics/regions/7?from=2026-03"));
        assertInvalid(world.fixture.get("/api/analytics/regions/71?size=0"));
        assertInvalid(world.fixture.get("/api/analytics/outliers?metric=kzt_per_attached&level=clinic"));
        assertInvalid(world.fixture.get("/api/analytics/outliers?metric=kzt_per_attached&level=practitioner"));
        assertInvalid(world.fixture.get("/api/analytics/outliers?metric=nonsense"));
        assertInvalid(world.fixture.get("/api/analytics/outliers?level=facility"));
        assertInvalid(world.fixture.get("/api/analytics/outliers?metric=kzt_per_attached&limit=5000"));
        assertThat(world.fixture.get("/api/analytics/regions/99").statusCode()).isEqualTo(404);
        assertThat(world.fixture.get("/api/analytics/facilities/" + organizationNumber()).statusCode()).isEqualTo(404);
    }

    private static void assertInvalid(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(ScreeningFixture.JSON.readTree(response.body()).path("error").asText())
                .isEqualTo("ANALYTICS_QUERY_INVALID");
    }

    private static JsonNode metric(JsonNode metrics, String code) {
        for (JsonNode metric : metrics) {
            if (metric.path("metric").asText().equals(code)) {
                return metric;
            }
        }
        throw new AssertionError("no metric " + code + " in " + metrics);
    }
}
