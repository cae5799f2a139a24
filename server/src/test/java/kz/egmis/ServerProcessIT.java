package kz.egmis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.egmis.testing.ServerProcess;
import kz.egmis.testing.TestDatabases;

/** The packaged jar as an operator runs it: the embedded default, kill -9, restarts, bad configuration. */
class ServerProcessIT {

    private static final Duration START = Duration.ofSeconds(120);
    private static final String KEY = "it-administrator-key-0123456789";

    @TempDir
    Path temporary;

    @Test
    void the_embedded_default_survives_kill_minus_9_and_a_restart_finds_the_data_of_the_first_run() {
        Path data = temporary.resolve("data");
        Map<String, String> environment = Map.of("EGMIS_DATA_DIR", data.toString(), "EGMIS_BOOTSTRAP_API_KEY", KEY);
        String createdKey;
        try (ServerProcess first = ServerProcess.start(temporary.resolve("logs"), environment).awaitHealthy(START)) {
            HttpResponse<String> created = first.client().withKey(KEY).post("/api/admin/keys", "application/json",
                    "{\"name\":\"made before the crash\",\"role\":\"AUDITOR\"}");
            assertThat(created.statusCode()).isEqualTo(201);
            createdKey = created.body().replaceAll(".*\"key\":\"([^\"]+)\".*", "$1");
            first.killHard();
        }
        assertThat(data.resolve("postgres/postmaster.pid")).as("PostgreSQL outlives the killed server").exists();

        try (ServerProcess second = ServerProcess.start(temporary.resolve("logs"), environment).awaitHealthy(START)) {
            assertThat(second.client().withKey(createdKey).get("/api/findings").statusCode()).isNotEqualTo(401);
            assertThat(second.client().withKey(KEY).get("/api/admin/keys").body()).contains("made before the crash");
            assertThat(second.standardOutput()).contains("left running by a previous EGMIS process");
        }
        assertThat(data.resolve("postgres-binaries")).isDirectory();
        assertThat(data.resolve("postgres/postmaster.pid")).as("a clean stop stops PostgreSQL too").doesNotExist();
    }

    @Test
    void a_fresh_server_without_a_bootstrap_key_writes_a_generated_administrator_key_for_its_owner_only() throws IOException {
        Path data = temporary.resolve("data");
        try (ServerProcess server = ServerProcess.start(temporary.resolve("logs"), Map.of("EGMIS_DATA_DIR", data.toString()))
                .awaitHealthy(START)) {
            Path keyFile = data.resolve("administrator-api-key");
            assertThat(Files.getPosixFilePermissions(keyFile)).hasSize(2);
            String key = Files.readString(keyFile).strip();
            assertThat(server.client().withKey(key).get("/api/admin/keys").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void an_unreachable_postgresql_ends_startup_with_one_line_saying_what_to_fix() {
        assertStartupFailsWithOneLine(Map.of("EGMIS_DATA_DIR", temporary.resolve("data").toString(),
                "EGMIS_DB_URL", "jdbc:postgresql://127.0.0.1:9/egmis"), "EGMIS-DB-001", "EGMIS_DB_URL");
    }

    @Test
    void an_unusable_data_folder_ends_startup_with_one_line_saying_what_to_fix() throws IOException {
        Path aFile = Files.writeString(temporary.resolve("a-file"), "not a folder");
        assertStartupFailsWithOneLine(Map.of("EGMIS_DATA_DIR", aFile.resolve("data").toString()),
                "EGMIS-DATA-001", "EGMIS_DATA_DIR");
    }

    @Test
    void a_malformed_reference_file_ends_startup_with_one_line_naming_file_line_and_column() throws IOException {
        Path catalog = Files.createDirectories(temporary.resolve("reference"));
        for (String name : List.of("services.csv", "specialties.csv", "regions.csv", "funding.csv")) {
            try (var bundled = getClass().getResourceAsStream("/reference/" + name)) {
                Files.copy(bundled, catalog.resolve(name));
            }
        }
        Path services = catalog.resolve("services.csv");
        List<String> lines = Files.readAllLines(services);
        lines.set(2, lines.get(2).replace(";3400;", ";34OO;"));
        Files.write(services, lines);

        assertStartupFailsWithOneLine(Map.of("EGMIS_DATA_DIR", temporary.resolve("data").toString(),
                "EGMIS_REFERENCE_DIR", catalog.toString()), "services.csv line 3, column 5 (price_kzt)", "34OO");
    }

    @Test
    void with_egmis_db_url_the_server_runs_on_an_external_postgresql() {
        boolean required = "true".equalsIgnoreCase(System.getenv("CI"));
        assumeTrue(required || TestDatabases.externalServerAnswers(), "no external PostgreSQL here");
        System.setProperty("egmis.test.database", "external");
        TestDatabases.Database database = TestDatabases.freshDatabase();
        Path data = temporary.resolve("data");
        try (ServerProcess server = ServerProcess.start(temporary.resolve("logs"), Map.of("EGMIS_DATA_DIR", data.toString(),
                "EGMIS_DB_URL", database.url(), "EGMIS_DB_USER", database.user(), "EGMIS_BOOTSTRAP_API_KEY", KEY))
                .awaitHealthy(START)) {
            assertThat(server.standardOutput()).contains("Using the external PostgreSQL at " + database.url());
            assertThat(server.client().withKey(KEY).get("/api/admin/keys").statusCode()).isEqualTo(200);
            assertThat(data.resolve("postgres")).doesNotExist();
        } finally {
            System.clearProperty("egmis.test.database");
        }
    }

    private void assertStartupFailsWithOneLine(Map<String, String> environment, String... expectedFragments) {
        try (ServerProcess server = ServerProcess.start(temporary.resolve("logs"), environment)) {
            assertThat(server.awaitExit(START)).isNotZero();
            List<String> errorLines = server.standardError().lines().filter(line -> !line.isBlank()).toList();
            assertThat(errorLines).as("standard error").hasSize(1);
            assertThat(errorLines.get(0)).startsWith("EGMIS did not start.").contains(expectedFragments).contains("Fix:");
            assertThat(server.standardOutput()).doesNotContain("\tat ");
        }
    }
}
