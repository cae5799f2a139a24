package kz.egmis.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.JdbcTemplate;

import kz.egmis.analytics.AnalyticsUpdates;
import kz.egmis.ingestion.RecordsStored;
import kz.egmis.platform.KazakhstanTime;

/**
 * {@code bench --mode analytics --people N --items M}: writes the region of {@code --mode screening}, computes every
 * analytics table once, times the facility page, the region page and the outliers endpoint through the HTTP API, and
 * the cost of keeping the tables current: updates by the records of ingests of 1,000 claims (claims drawn from the
 * whole region, and claims of one facility, as one facility's export sends them).
 */
final class AnalyticsBench {

    private static final int BATCH = 1000;
    private static final int TIMED_REQUESTS = 5;

    private AnalyticsBench() {
    }

    static void run(JdbcTemplate jdbc, AnalyticsUpdates updates, BenchOptions options, HttpClient http, String baseUrl,
                    String key) throws IOException, InterruptedException {
        ScreeningBench.writeRegion(jdbc, options);
        AnalyticsUpdates.Figures full = updates.updateAll();
        System.out.printf(Locale.ROOT, "analytics computed from every record: %d claims, %d encounters, %d attachments"
                + " in %.1f s%n", full.claims(), full.encounters(), full.attachments(), full.durationMs() / 1e3);
        String bin = jdbc.queryForObject("select min(bin) from organization where source_system = 'region'"
                + " and facility_type = 'PHC'", String.class).trim();
        String month = YearMonth.now(KazakhstanTime.OFFSET).minusMonths(1).toString();
        time(http, baseUrl, key, "facility page, 12 months", "/api/analytics/facilities/" + bin);
        time(http, baseUrl, key, "region page, 12 months", "/api/analytics/regions/71");
        time(http, baseUrl, key, "outliers, facilities", "/api/analytics/outliers?level=facility&metric=kzt_per_attached"
                + "&month=" + month);
        time(http, baseUrl, key, "outliers, practitioners", "/api/analytics/outliers?level=practitioner"
                + "&metric=minutes_per_practitioner_day&month=" + month);
        List<String> anywhere = jdbc.queryForList("select resource_id from claim tablesample system (2)"
                + " where source_system = 'region' limit " + 5 * BATCH, String.class);
        update(updates, "1,000 claims from anywhere in the region", anywhere);
        List<String> oneFacility = jdbc.queryForList("select resource_id from claim where source_system = 'region'"
                + " and provider_resource_id = (select resource_id from organization where bin = ? limit 1)"
                + " order by created_day desc limit " + 5 * BATCH, String.class, bin);
        update(updates, "1,000 claims of one facility", oneFacility);
    }

    private static void update(AnalyticsUpdates updates, String what, List<String> claims) {
        List<Long> durations = new ArrayList<>();
        for (int start = 0; start + BATCH <= claims.size(); start += BATCH) {
            List<RecordsStored.StoredRecord> records = claims.subList(start, start + BATCH).stream()
                    .map(id -> new RecordsStored.StoredRecord("Claim", id)).toList();
            durations.add(updates.update(new RecordsStored("region", records.size(), records)).durationMs());
        }
        System.out.printf(Locale.ROOT, "keeping current, update by %s: %s ms (%d updates)%n", what, durations,
                durations.size());
    }

    private static void time(HttpClient http, String baseUrl, String key, String what, String path)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", "Bearer " + key).GET().build();
        long[] millis = new long[TIMED_REQUESTS];
        int status = 0;
        long bytes = 0;
        http.send(request, HttpResponse.BodyHandlers.ofString());
        for (int i = 0; i < TIMED_REQUESTS; i++) {
            long started = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            millis[i] = (System.nanoTime() - started) / 1_000_000;
            status = response.statusCode();
            bytes = response.body().length();
        }
        Arrays.sort(millis);
        System.out.printf(Locale.ROOT, "%-26s HTTP %d, %,d chars: median %d ms, max %d ms (%d requests after one warm-up)"
                + "  %s%n", what, status, bytes, millis[TIMED_REQUESTS / 2], millis[TIMED_REQUESTS - 1], TIMED_REQUESTS, path);
    }
}
