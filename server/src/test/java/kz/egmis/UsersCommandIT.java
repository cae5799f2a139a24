package kz.egmis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.egmis.testing.BrowserSession;
import kz.egmis.testing.ServerProcess;

/** An operator creates a person's account from the command line, and that person then signs in to the server. */
class UsersCommandIT {

    private static final Duration RUN = Duration.ofSeconds(120);

    @TempDir
    Path temporary;

    @Test
    void users_add_prints_a_password_once_and_its_account_signs_in_to_the_server() {
        Map<String, String> environment = Map.of("EGMIS_DATA_DIR", temporary.resolve("data").toString());
        String password;
        try (ServerProcess add = ServerProcess.start(temporary.resolve("logs"), environment, List.of("users", "add",
                "--username", "ops.auditor", "--name", "Операционный аудитор", "--role", "auditor"))) {
            assertThat(add.awaitExit(RUN)).as(add.standardError()).isZero();
            password = add.standardOutput().replaceAll("(?s).*Password, shown once: (\\S+).*", "$1");
            assertThat(add.standardOutput()).contains("Created account", "'ops.auditor' (AUDITOR)");
        }
        try (ServerProcess wrong = ServerProcess.start(temporary.resolve("logs"), environment, List.of("users", "add",
                "--username", "ops.manager", "--name", "Manager", "--role", "FACILITY_MANAGER"))) {
            assertThat(wrong.awaitExit(RUN)).isEqualTo(2);
            assertThat(wrong.standardError()).contains("EGMIS-USERS-003", "'organizations' is required");
        }
        try (ServerProcess server = ServerProcess.start(temporary.resolve("logs"), environment).awaitHealthy(RUN)) {
            BrowserSession browser = new BrowserSession(server.baseUrl());
            assertThat(browser.signIn("ops.auditor", password).headers().firstValue("Location")).get().asString()
                    .endsWith("/start");
            assertThat(browser.get("/api/caller").body()).contains("\"role\":\"AUDITOR\"", "Операционный аудитор");
        }
    }
}
