package kz.egmis.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.egmis.bench.SyntheticResources;
import kz.egmis.testing.ServerProcess;

/**
 * What was acknowledged survives {@code kill -9}, and re-sending the whole file after the crash stores the
 * rest and duplicates nothing: the server is killed in the middle of a long NDJSON load.
 */
class IngestionCrashIT {

    private static final int RESOURCES = 60_000;
    private static final String KEY = "crash-administrator-key-0123456789";
    private static final Duration START = Duration.ofSeconds(120);

    @TempDir
    Path temporary;

    @Test
    void a_server_killed_mid_load_keeps_whole_batches_and_a_resend_completes_the_load_without_duplicates()
            throws Exception {
        Path file = ndjson(RESOURCES);
        Map<String, String> environment = Map.of("EGMIS_DATA_DIR", temporary.resolve("data").toString(),
                "EGMIS_BOOTSTRAP_API_KEY", KEY);
        long storedBeforeCrash;
        try (ServerProcess server = ServerProcess.start(temporary.resolve("logs"), environment).awaitHealthy(START)) {
            String database = databaseUrl(server);
            CompletableFuture<HttpResponse<String>> upload = post(server, file);
            storedBeforeCrash = awaitStoredVersions(database, 5_000);
            server.killHard();
            assertThat(upload).failsWithin(Duration.ofSeconds(30));
        }
        try (ServerProcess server = ServerProcess.start(temporary.resolve("logs"), environment).awaitHealthy(START)) {
            String database = databaseUrl(server);
            long survived = count(database, "resource_version");
            assertThat(survived).isGreaterThanOrEqualTo(storedBeforeCrash).isLessThan(RESOURCES);
            assertEveryStoredVersionIsWhole(database);

            HttpResponse<String> resend = post(server, file).get();
            assertThat(resend.statusCode()).isEqualTo(200);
            assertThat(number(resend.body(), "unchanged")).isEqualTo(survived);
            assertThat(number(resend.body(), "accepted")).isEqualTo(RESOURCES - survived);
            assertThat(number(resend.body(), "rejected")).isZero();
            assertThat(count(database, "resource_version")).isEqualTo(RESOURCES);
            assertEveryStoredVersionIsWhole(database);
        }
    }

    /** Each stored version has its current row and canonical rows: no record is half written. */
    private static void assertEveryStoredVersionIsWhole(String database) throws SQLException {
        long versions = count(database, "resource_version");
        assertThat(count(database, "resource_current")).isEqualTo(versions);
        long canonical = count(database, "organization") + count(database, "practitioner")
                + count(database, "practitioner_role") + count(database, "patient")
                + count(database, "encounter") + count(database, "claim");
        assertThat(canonical).isEqualTo(versions);
        assertThat(count(database, "claim c where not exists (select 1 from claim_item i "
                + "where i.source_system = c.source_system and i.claim_id = c.resource_id)")).isZero();
    }

    private Path ndjson(int resources) throws IOException {
        Path file = temporary.resolve("load.ndjson");
        SyntheticResources generator = new SyntheticResources(7, "crash");
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < resources; i++) {
                writer.write(generator.next());
                writer.write('\n');
            }
        }
        return file;
    }

    private static CompletableFuture<HttpResponse<String>> post(ServerProcess server, Path file) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/ingest/ndjson"))
                .header("Authorization", "Bearer " + KEY).header("X-Source-System", "crash-test")
                .POST(HttpRequest.BodyPublishers.ofFile(file)).build();
        return HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    private static long awaitStoredVersions(String database, long atLeast) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            long stored = count(database, "resource_version");
            if (stored >= atLeast) {
                return stored;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("fewer than " + atLeast + " versions were stored in time");
    }

    private static String databaseUrl(ServerProcess server) {
        Matcher port = Pattern.compile("Embedded PostgreSQL running on port (\\d+)").matcher(server.standardOutput());
        assertThat(port.find()).as("the server logs its embedded PostgreSQL port").isTrue();
        return "jdbc:postgresql://127.0.0.1:" + port.group(1) + "/egmis?user=postgres";
    }

    private static long count(String database, String fromWhere) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select count(*) from " + fromWhere)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static long number(String summary, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\":(\\d+)").matcher(summary);
        assertThat(matcher.find()).as(name + " in " + summary).isTrue();
        return Long.parseLong(matcher.group(1));
    }
}
