package kz.egmis.screening;

import static kz.egmis.screening.ScreeningFixture.JSON;
import static kz.egmis.screening.ScreeningFixture.adult;
import static kz.egmis.screening.ScreeningFixture.claim;
import static kz.egmis.screening.ScreeningFixture.organizationNumber;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import kz.egmis.identity.Bin;
import kz.egmis.identity.Iin;
import kz.egmis.screening.ScreeningFixture.Item;
import kz.egmis.testing.ApiClient;
import kz.egmis.testing.EgmisServerTest;
import tools.jackson.databind.JsonNode;

/** A finding's life: raised once, in real time; withdrawn when corrected data removes it; reviewed; on the ledger. */
@EgmisServerTest
class FindingLifecycleTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void an_ingest_is_screened_without_anyone_asking_for_a_pass() throws InterruptedException {
        ScreeningFixture world = new ScreeningFixture(port, "real-time");
        Iin patient = adult();
        world.death(patient, "2026-03-10");
        world.send(claim("c-1", patient, organizationNumber(), adult(), Item.of("AMB001", "2026-03-20")));

        List<JsonNode> findings = List.of();
        for (int attempt = 0; attempt < 100 && findings.isEmpty(); attempt++) {
            Thread.sleep(100);
            findings = world.findings("DECEASED_SERVICE", patient.value());
        }
        assertThat(findings).hasSize(1);
    }

    @Test
    void findings_listed_right_after_a_pass_already_carry_their_ledger_index() {
        ScreeningFixture world = new ScreeningFixture(port, "ledger-index");
        Iin patient = adult();
        world.death(patient, "2026-03-10");
        world.send(claim("c-1", patient, organizationNumber(), adult(), Item.of("AMB001", "2026-03-20")),
                claim("c-2", patient, organizationNumber(), adult(), Item.of("AMB001", "2026-03-22")));
        world.run();
        HttpResponse<String> listed = world.administrator().get("/api/findings?rule=DECEASED_SERVICE&size=1000");
        List<JsonNode> mine = new java.util.ArrayList<>();
        JSON.readTree(listed.body()).path("items").forEach(item -> {
            if (item.path("patientIin").asString().equals(patient.value())) {
                mine.add(item);
            }
        });
        assertThat(mine).hasSize(2).allSatisfy(finding -> assertThat(finding.path("ledgerIndex").isIntegralNumber())
                .as(finding.toString()).isTrue());
    }

    @Test
    void a_corrected_claim_withdraws_the_finding_and_a_second_correction_raises_the_same_one_again() {
        ScreeningFixture world = new ScreeningFixture(port, "withdrawal");
        Iin patient = adult();
        Bin clinic = organizationNumber();
        Iin doctor = adult();
        world.death(patient, "2026-03-10");
        world.send(claim("c-1", patient, clinic, doctor, Item.of("AMB001", "2026-03-20")));
        world.run();
        world.run();
        String id = world.findings("DECEASED_SERVICE", patient.value()).get(0).path("id").asString();
        assertThat(events(id)).containsExactly("raised");

        world.send(claim("c-1", patient, clinic, doctor, Item.of("AMB001", "2026-03-09")));
        world.run();

        assertThat(world.findings("DECEASED_SERVICE", patient.value())).isEmpty();
        List<JsonNode> withdrawn = world.query("rule=DECEASED_SERVICE&status=withdrawn", patient.value());
        assertThat(withdrawn).extracting(finding -> finding.path("id").asString()).containsExactly(id);

        world.send(claim("c-1", patient, clinic, doctor, Item.of("AMB001", "2026-03-21")));
        world.run();

        List<JsonNode> back = world.findings("DECEASED_SERVICE", patient.value());
        assertThat(back).extracting(finding -> finding.path("id").asString()).containsExactly(id);
        assertThat(back.get(0).path("status").asString()).isEqualTo("open");
        assertThat(events(id)).containsExactly("raised", "withdrawn", "reraised");
        assertThat(jdbc.sql("select count(*) from ledger_queue where kind = 'finding' and data like :pattern")
                .param("pattern", "%\"finding\":\"" + id + "\"%").query(Long.class).single()
                + jdbc.sql("select count(*) from ledger_leaf where kind = 'finding' and data like :pattern")
                .param("pattern", "%\"finding\":\"" + id + "\"%").query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void an_auditor_confirms_a_finding_the_review_is_kept_by_later_passes_and_goes_on_the_ledger() throws InterruptedException {
        ScreeningFixture world = new ScreeningFixture(port, "review");
        Iin patient = adult();
        world.death(patient, "2026-03-10");
        world.send(claim("c-1", patient, organizationNumber(), adult(), Item.of("AMB001", "2026-03-20")));
        world.run();
        String id = world.findings("DECEASED_SERVICE", patient.value()).get(0).path("id").asString();
        ApiClient auditor = keyFor(world, "AUDITOR");
        ApiClient analyst = keyFor(world, "ANALYST");

        assertThat(analyst.post("/api/findings/" + id + "/review", "application/json",
                "{\"status\":\"confirmed\",\"comment\":\"x\"}").statusCode()).isEqualTo(403);
        assertThat(auditor.post("/api/findings/" + id + "/review", "application/json",
                "{\"status\":\"withdrawn\"}").statusCode()).isEqualTo(400);
        assertThat(auditor.post("/api/findings/nope/review", "application/json",
                "{\"status\":\"confirmed\"}").statusCode()).isEqualTo(404);
        HttpResponse<String> reviewed = auditor.post("/api/findings/" + id + "/review", "application/json",
                "{\"status\":\"confirmed\",\"comment\":\"Услуга после смерти подтверждена\"}");

        assertThat(reviewed.statusCode()).as(reviewed.body()).isEqualTo(200);
        assertThat(JSON.readTree(reviewed.body()).path("status").asString()).isEqualTo("confirmed");
        world.run();
        assertThat(world.query("status=confirmed", patient.value())).hasSize(1);
        assertThat(events(id)).containsExactly("raised", "reviewed");
        assertThat(jdbc.sql("select comment from finding_event where finding_id = :id and action = 'reviewed'")
                .param("id", id).query(String.class).single()).isEqualTo("Услуга после смерти подтверждена");
        JsonNode finding = JSON.readTree(world.get("/api/findings?status=confirmed&size=1000").body());
        Long ledgerIndex = null;
        for (int attempt = 0; attempt < 50 && ledgerIndex == null; attempt++) {
            Thread.sleep(100);
            for (JsonNode item : JSON.readTree(world.get("/api/findings?status=confirmed&size=1000").body()).path("items")) {
                if (item.path("id").asString().equals(id) && item.path("ledgerIndex").isIntegralNumber()) {
                    ledgerIndex = item.path("ledgerIndex").asLong();
                }
            }
        }
        assertThat(finding.path("total").asLong()).isPositive();
        assertThat(ledgerIndex).isNotNull();
        assertThat(jdbc.sql("select data from ledger_leaf where leaf_index = :index").param("index", ledgerIndex)
                .query(String.class).single()).contains("\"action\":\"reviewed\"", "\"status\":\"confirmed\"")
                .doesNotContain(patient.value());
    }

    @Test
    void findings_are_filtered_by_rule_organization_days_and_paged() {
        ScreeningFixture world = new ScreeningFixture(port, "filters");
        Iin patient = adult();
        Bin clinic = organizationNumber();
        world.death(patient, "2026-03-10");
        world.send(claim("c-1", patient, clinic, adult(), Item.of("AMB001", "2026-03-20")),
                claim("c-2", patient, clinic, adult(), Item.of("AMB002", "2026-04-20")));
        world.run();
        String organization = "rule=DECEASED_SERVICE&organization=" + clinic;

        assertThat(world.query(organization, clinic.value())).hasSize(2);
        assertThat(world.query(organization + "&from=2026-04-01", clinic.value())).hasSize(1);
        assertThat(world.query(organization + "&to=2026-03-20", clinic.value())).hasSize(1);
        assertThat(world.query("rule=SEX_AGE_MISMATCH&organization=" + clinic, clinic.value())).isEmpty();
        JsonNode page = JSON.readTree(world.get("/api/findings?" + organization + "&size=1&page=1").body());
        assertThat(page.path("total").asLong()).isEqualTo(2);
        assertThat(page.path("items")).hasSize(1);
        assertThat(world.get("/api/findings?size=1001").statusCode()).isEqualTo(400);
        assertThat(world.get("/api/findings?rule=NO_SUCH_RULE").statusCode()).isEqualTo(400);
        assertThat(world.get("/api/findings?from=2026-13-01").statusCode()).isEqualTo(400);
    }

    @Test
    void every_read_of_a_finding_is_in_the_access_log_of_its_patient_and_on_the_ledger() {
        ScreeningFixture world = new ScreeningFixture(port, "reads");
        Iin patient = adult();
        world.death(patient, "2026-03-10");
        world.send(claim("c-1", patient, organizationNumber(), adult(), Item.of("AMB001", "2026-03-20")));
        world.run();
        ApiClient auditor = keyFor(world, "AUDITOR");
        String id = world.findings("DECEASED_SERVICE", patient.value()).get(0).path("id").asString();
        long readsBefore = readsOf(patient);

        HttpResponse<String> page = auditor.get("/api/findings?rule=DECEASED_SERVICE&size=1000");
        auditor.post("/api/findings/" + id + "/review", "application/json", "{\"status\":\"dismissed\"}");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(readsOf(patient)).isEqualTo(readsBefore + 2);
        List<String> logged = jdbc.sql("select resource_type || ' ' || resource_id || ' ' || path from access_log"
                + " where patient_iin = :iin order by id desc limit 2").param("iin", patient.value()).query(String.class).list();
        assertThat(logged).containsExactly("Finding " + id + " /api/findings/" + id + "/review",
                "Finding " + id + " /api/findings");
        assertThat(jdbc.sql("select count(*) from (select ref from ledger_queue where kind = 'read' union all"
                + " select ref from ledger_leaf where kind = 'read') leaves where ref in (select id from access_log"
                + " where patient_iin = :iin)").param("iin", patient.value()).query(Long.class).single())
                .isEqualTo(readsOf(patient));
    }

    private long readsOf(Iin patient) {
        return jdbc.sql("select count(*) from access_log where patient_iin = :iin").param("iin", patient.value())
                .query(Long.class).single();
    }

    private List<String> events(String id) {
        return jdbc.sql("select action from finding_event where finding_id = :id order by id").param("id", id)
                .query(String.class).list();
    }

    private static ApiClient keyFor(ScreeningFixture world, String role) {
        HttpResponse<String> created = world.administrator().post("/api/admin/keys", "application/json",
                "{\"name\":\"" + role + " of " + world.source + "\",\"role\":\"" + role + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ApiClient.at(world.port()).withKey(JSON.readTree(created.body()).path("key").asString());
    }
}
