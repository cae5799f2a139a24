package kz.egmis.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.egmis.testing.ServerProcess;

/** The README's run command as a newcomer runs it: the report, the key to use, and a second start that reuses the data. */
class DemoCommandIT {

    private static final Duration RUN = Duration.ofSeconds(240);

    @TempDir
    Path temporary;

    /** The logins the report prints: username and password per line "      <user> password <password> ROLE: scope". */
    private static Map<String, String> signInsOf(String report) {
        Map<String, String> logins = new java.util.LinkedHashMap<>();
        java.util.regex.Matcher line = java.util.regex.Pattern.compile("(?m)^ {6}(\\S+)\\s+password (\\S+)\\s+[A-Z_]+: ")
                .matcher(report);
        while (line.find()) {
            logins.put(line.group(1), line.group(2));
        }
        return logins;
    }

    private static void assertSignsInAs(ServerProcess server, String username, String password, String role) {
        kz.egmis.testing.BrowserSession browser = new kz.egmis.testing.BrowserSession(server.baseUrl());
        assertThat(browser.signIn(username, password).statusCode()).isEqualTo(302);
        assertThat(browser.get("/api/caller").body()).contains("\"role\":\"" + role + "\"");
    }

    @Test
    void the_demo_command_loads_a_region_prints_the_report_and_a_second_start_reuses_it() {
        Map<String, String> environment = Map.of("EGMIS_DATA_DIR", temporary.resolve("data").toString());
        List<String> small = List.of("demo", "--people", "2000", "--months", "2", "--seed", "5");
        String key;
        Map<String, String> logins;
        try (ServerProcess first = ServerProcess.start(temporary.resolve("logs"), environment, small)
                .awaitOutput("Stop with Ctrl+C", RUN)) {
            String report = first.standardOutput();
            assertThat(report).contains("Generated the demo region", "0 rejected", "Screened everything",
                    "The five riskiest facilities", "Ledger:", "ground-truth.json");
            for (String rule : List.of("DECEASED_SERVICE", "DECEASED_ATTACHMENT", "INPATIENT_OVERLAP",
                    "OUTPATIENT_DURING_INPATIENT", "PRACTITIONER_OVERLOAD", "PRACTITIONER_DOUBLE_PRESENCE",
                    "DUPLICATE_BILLING", "SEX_AGE_MISMATCH", "SPECIALTY_MISMATCH", "UNATTACHED_PHC_BILLING")) {
                assertThat(report).contains("  " + rule + " ");
            }
            key = report.replaceAll("(?s).*API key\\s+(egmis_[A-Za-z0-9_-]+).*", "$1");
            assertThat(first.client().withKey(key).get("/api/findings?rule=DECEASED_SERVICE").body()).contains("\"total\":");
            logins = signInsOf(report);
            assertThat(logins.keySet()).containsExactly("auditor", "analyst", "manager", "citizen");
            assertSignsInAs(first, "auditor", logins.get("auditor"), "AUDITOR");
            assertSignsInAs(first, "manager", logins.get("manager"), "FACILITY_MANAGER");
            assertSignsInAs(first, "citizen", logins.get("citizen"), "CITIZEN");
            assertThat(report).contains("(the riskiest facility)", "billed in a planted ");
        }
        try (ServerProcess second = ServerProcess.start(temporary.resolve("logs"), environment, small)
                .awaitOutput("Stop with Ctrl+C", RUN)) {
            assertThat(second.standardOutput()).contains("loaded at an earlier start; reusing it")
                    .doesNotContain("Generated the demo region").contains("  DECEASED_SERVICE ");
            assertThat(signInsOf(second.standardOutput())).isEqualTo(logins);
            assertSignsInAs(second, "analyst", logins.get("analyst"), "ANALYST");
        }
    }
}
