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

    @Test
    void the_demo_command_loads_a_region_prints_the_report_and_a_second_start_reuses_it() {
        Map<String, String> environment = Map.of("EGMIS_DATA_DIR", temporary.resolve("data").toString());
        List<String> small = List.of("demo", "--people", "2000", "--months", "2", "--seed", "5");
        String key;
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
        }
        try (ServerProcess second = ServerProcess.start(temporary.resolve("logs"), environment, small)
                .awaitOutput("Stop with Ctrl+C", RUN)) {
            assertThat(second.standardOutput()).contains("loaded at an earlier start; reusing it")
                    .doesNotContain("Generated the demo region").contains("  DECEASED_SERVICE ");
        }
    }
}
