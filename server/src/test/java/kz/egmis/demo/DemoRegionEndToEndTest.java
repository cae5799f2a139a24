package kz.egmis.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import kz.egmis.analytics.AnalyticsUpdates;
import kz.egmis.demo.internal.ApiReader;
import kz.egmis.demo.internal.DemoFolder;
import kz.egmis.demo.internal.DemoLoader;
import kz.egmis.demo.internal.DemoReport;
import kz.egmis.demo.internal.OutliersReport;
import kz.egmis.demo.internal.ProgressBar;
import kz.egmis.platform.KazakhstanTime;
import kz.egmis.reference.ReferenceCatalogFiles;
import kz.egmis.testing.EgmisServerTest;
import kz.egmis.testing.TestServerInitializer;
import tools.jackson.databind.JsonNode;

/**
 * A small demo region goes through the real HTTP API into a server of its own (a fresh database), is screened, and
 * the open findings are exactly the planted offences: every one found, nothing else raised; the outliers of the last
 * full month are exactly the planted padding.
 */
@EgmisServerTest
@TestPropertySource(properties = "egmis.test.own-database=demo-region")
class DemoRegionEndToEndTest {

    private static final List<String> RULES = List.of("DECEASED_SERVICE", "DECEASED_ATTACHMENT", "INPATIENT_OVERLAP",
            "OUTPATIENT_DURING_INPATIENT", "PRACTITIONER_OVERLOAD", "PRACTITIONER_DOUBLE_PRESENCE", "DUPLICATE_BILLING",
            "SEX_AGE_MISMATCH", "SPECIALTY_MISMATCH", "UNATTACHED_PHC_BILLING");

    @LocalServerPort
    int port;

    @Autowired
    AnalyticsUpdates analytics;

    @TempDir
    Path data;

    @Test
    void findsEveryPlantedOffenceAndNothingElse() {
        LocalDate yesterday = KazakhstanTime.day(KazakhstanTime.epochDay(java.time.Instant.now())).minusDays(1);
        DemoFolder folder = new DemoFolder(data);
        // four regions: enough PHCs (eight) and practitioners of a specialty to compare the padded ones with
        folder.generate(new DemoSettings(7, 4_500, 3, yesterday, List.of("35", "11", "15", "19")),
                ReferenceCatalogFiles.bundled());
        String baseUrl = "http://127.0.0.1:" + port;
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        DemoLoader.Totals totals = new DemoLoader(baseUrl, TestServerInitializer.ADMINISTRATOR_KEY,
                new ProgressBar(new PrintStream(console), false, 1)).load(folder.path(), folder.deliveries());
        assertThat(totals.rejected()).as(totals.firstRejections().toString()).isZero();
        ApiReader api = new ApiReader(baseUrl, TestServerInitializer.ADMINISTRATOR_KEY);
        api.post("/api/screening/run");

        Set<String> planted = new TreeSet<>();
        Set<String> plantedRules = new TreeSet<>();
        for (JsonNode offence : folder.groundTruth().path("offences")) {
            planted.add(offence.path("key").asString());
            plantedRules.add(offence.path("rule").asString());
        }
        Set<String> found = new TreeSet<>();
        for (JsonNode finding : DemoReport.openFindings(api)) {
            found.add(keyOf(finding));
        }
        assertThat(plantedRules).as("every rule has planted offences").containsExactlyInAnyOrderElementsOf(RULES);
        assertThat(found).as("findings missing: planted offences not found").containsAll(planted);
        assertThat(found).as("findings raised that were not planted").containsOnlyElementsOf(planted);
        theTopOutliersAreThePlantedPadding(folder, api, yesterday);
    }

    /**
     * Per metric, the outliers ranked first are the planted ones. Facilities: they are the only outliers. Practitioners:
     * the doctors of the padded PHCs, busier with its repeat visits, may follow them.
     */
    private void theTopOutliersAreThePlantedPadding(DemoFolder folder, ApiReader api, LocalDate lastDay) {
        try {
            assertThat(analytics.awaitCurrent(Duration.ofMinutes(3))).as("analytics current").isTrue();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        YearMonth month = OutliersReport.lastFullMonth(lastDay);
        Map<String, Set<String>> plantedPerMetric = new TreeMap<>();
        for (JsonNode outlier : folder.groundTruth().path("outliers")) {
            plantedPerMetric.computeIfAbsent(outlier.path("metric").asString(), metric -> new TreeSet<>())
                    .add(outlier.path("key").asString());
        }
        assertThat(plantedPerMetric).containsOnlyKeys("kzt_per_attached", "services_per_patient",
                "attached_not_seen_share", "minutes_per_practitioner_day");
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        OutliersReport.print(new PrintStream(report, true, StandardCharsets.UTF_8), api, month);
        System.out.println(report.toString(StandardCharsets.UTF_8));
        plantedPerMetric.forEach((metric, keys) -> {
            String level = OutliersReport.PRACTITIONER_METRICS.contains(metric) ? "practitioner" : "facility";
            List<String> top = OutliersReport.outliers(api, level, metric, month, 20).stream()
                    .map(item -> item.path("key").asString()).toList();
            if (level.equals("practitioner")) {
                top = top.subList(0, Math.min(top.size(), keys.size()));
            }
            assertThat(top).as(metric + " outliers of " + month + ": "
                    + planted(api, level, metric, month, keys))
                    .containsExactlyInAnyOrderElementsOf(keys);
        });
    }

    /** The planted subjects' entries in the whole ranking, to say why one is missing. */
    private static List<String> planted(ApiReader api, String level, String metric, YearMonth month, Set<String> keys) {
        List<String> entries = new ArrayList<>();
        api.get("/api/analytics/outliers?level=" + level + "&metric=" + metric + "&month=" + month + "&limit=1000")
                .path("items").forEach(item -> {
                    if (keys.contains(item.path("key").asString())) {
                        entries.add(item.toString());
                    }
                });
        return entries;
    }

    private static String keyOf(JsonNode finding) {
        return FindingKeys.key(finding.path("rule").asString(), text(finding, "patientIin"), text(finding, "practitionerIin"),
                text(finding, "organizationBin"), text(finding, "day"), text(finding, "serviceCode"),
                list(finding.path("encounterIds")), text(finding, "attachmentId"), list(finding.path("claimIds")));
    }

    private static String text(JsonNode finding, String field) {
        return finding.path(field).isNull() || finding.path(field).isMissingNode() ? null : finding.path(field).asString();
    }

    private static List<String> list(JsonNode node) {
        List<String> values = new ArrayList<>();
        node.forEach(value -> values.add(value.asString()));
        return values;
    }
}
