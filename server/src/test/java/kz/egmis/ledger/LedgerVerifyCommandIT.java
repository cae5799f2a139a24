package kz.egmis.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.egmis.testing.ServerProcess;
import kz.egmis.testing.TestDatabases;
import kz.egmis.testing.TestServerInitializer;

/** {@code java -jar egmis.jar verify} as an operator runs it: its output and exit code. */
class LedgerVerifyCommandIT {

    private static final String KEY = TestServerInitializer.ADMINISTRATOR_KEY;

    @TempDir
    Path temporary;

    @Test
    void verify_exits_0_when_clean_1_naming_a_tampered_row_and_2_when_a_server_holds_the_data_folder() throws Exception {
        TestDatabases.Database database = TestDatabases.freshDatabase();
        Map<String, String> environment = Map.of("EGMIS_DATA_DIR", temporary.resolve("data").toString(),
                "EGMIS_DB_URL", database.url(), "EGMIS_DB_USER", database.user(), "EGMIS_DB_PASSWORD",
                database.password(), "EGMIS_BOOTSTRAP_API_KEY", KEY);
        try (ServerProcess server = ServerProcess.start(temporary.resolve("logs"), environment)
                .awaitHealthy(Duration.ofSeconds(120))) {
            VerifyTestData data = new VerifyTestData(Integer.parseInt(server.baseUrl().replaceAll(".*:", "")), "cli");
            data.loadEverything();
            data.read("/api/ledger/sth");

            // with an external database, verify runs next to the running server
            Result clean = verify(environment);
            assertThat(clean.exitCode()).as(clean.output()).isZero();
            assertThat(clean.output()).contains("Ledger verified: no problem");

            execute(database, "update claim_item set net_kzt = net_kzt + 1 where source_system = 'cli' and "
                    + "claim_id = 'claim-1' and sequence = 1");
            Result tampered = verify(environment);
            assertThat(tampered.exitCode()).as(tampered.output()).isEqualTo(1);
            assertThat(tampered.output()).contains("altered: leaf #", "cli/Claim/claim-1 v2", "Ledger NOT verified: 1 problem");

            Map<String, String> embedded = new HashMap<>(environment);
            embedded.remove("EGMIS_DB_URL");
            Result locked = verify(embedded);
            assertThat(locked.exitCode()).as(locked.output()).isEqualTo(2);
            assertThat(locked.output()).contains("EGMIS-VERIFY-001", "stop the server first", "EGMIS_DB_URL");
        }
    }

    private record Result(int exitCode, String output) {
    }

    private Result verify(Map<String, String> environment) throws IOException, InterruptedException {
        Path output = Files.createTempFile(temporary, "verify", ".out");
        ProcessBuilder builder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m", "-jar", System.getProperty("egmis.jar", "target/egmis.jar"), "verify"))
                .redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("EGMIS_"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("verify did not end within 120 s:\n" + Files.readString(output));
        }
        return new Result(process.exitValue(), Files.readString(output));
    }

    private static void execute(TestDatabases.Database database, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
