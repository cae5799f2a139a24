package kz.egmis.screening;

import static kz.egmis.screening.ScreeningFixture.adult;
import static kz.egmis.screening.ScreeningFixture.claim;
import static kz.egmis.screening.ScreeningFixture.organizationNumber;
import static kz.egmis.screening.ScreeningFixture.patient;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import kz.egmis.identity.Bin;
import kz.egmis.identity.Iin;
import kz.egmis.screening.ScreeningFixture.Item;
import kz.egmis.testing.EgmisServerTest;
import tools.jackson.databind.JsonNode;

/** DECEASED_SERVICE: a claim item serviced on a day after the patient's date of death; one finding per claim. */
@EgmisServerTest
class DeceasedServiceTest {

    @LocalServerPort
    int port;

    @Test
    void a_service_the_day_after_a_registered_death_is_a_finding_with_the_death_day_as_evidence() {
        ScreeningFixture world = new ScreeningFixture(port, "deceased-service");
        Iin patient = adult();
        Bin clinic = organizationNumber();
        Iin doctor = adult();
        world.death(patient, "2026-03-10");
        world.send(claim("c-1", patient, clinic, doctor, Item.of("AMB001", "2026-03-11")));

        world.run();

        List<JsonNode> findings = world.findings("DECEASED_SERVICE", patient.value());
        assertThat(findings).hasSize(1);
        JsonNode finding = findings.get(0);
        assertThat(finding.path("status").asString()).isEqualTo("open");
        assertThat(finding.path("ruleVersion").asInt()).isEqualTo(1);
        assertThat(finding.path("day").asString()).isEqualTo("2026-03-11");
        assertThat(finding.path("organizationBin").asString()).isEqualTo(clinic.value());
        assertThat(finding.path("serviceCode").asString()).isEqualTo("AMB001");
        assertThat(finding.path("claimIds").toString()).isEqualTo("[\"" + world.source + "/Claim/c-1\"]");
        assertThat(finding.path("amountKzt").decimalValue()).isEqualByComparingTo("1000");
        assertThat(finding.path("evidence").path("deathDay").asString()).isEqualTo("2026-03-10");
        assertThat(finding.path("evidence").path("items").get(0).path("from").asString()).isEqualTo("2026-03-11");
    }

    @Test
    void a_service_on_the_death_day_itself_is_no_finding() {
        ScreeningFixture world = new ScreeningFixture(port, "deceased-service");
        Iin patient = adult();
        world.death(patient, "2026-03-10");
        world.send(claim("c-1", patient, organizationNumber(), adult(), Item.of("AMB001", "2026-03-10")));

        world.run();

        assertThat(world.findings("DECEASED_SERVICE", patient.value())).isEmpty();
    }

    @Test
    void the_earliest_recorded_death_counts_whether_registry_row_or_patient_deceased_date() {
        ScreeningFixture world = new ScreeningFixture(port, "deceased-service");
        Iin patient = adult();
        world.death(patient, "2026-05-01");
        world.send(patient("p-1", patient, "2026-03-10T23:30:00+05:00"),
                claim("c-1", patient, organizationNumber(), adult(), Item.of("AMB001", "2026-03-11")));

        world.run();

        List<JsonNode> findings = world.findings("DECEASED_SERVICE", patient.value());
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).path("evidence").path("deathDay").asString()).isEqualTo("2026-03-10");
    }

    @Test
    void a_claim_with_two_late_items_is_one_finding_for_their_sum() {
        ScreeningFixture world = new ScreeningFixture(port, "deceased-service");
        Iin patient = adult();
        world.death(patient, "2026-03-10");
        world.send(claim("c-1", patient, organizationNumber(), adult(), Item.of("AMB001", "2026-03-09"),
                Item.of("AMB002", "2026-03-12"), Item.of("AMB003", "2026-03-13")));

        world.run();

        List<JsonNode> findings = world.findings("DECEASED_SERVICE", patient.value());
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).path("amountKzt").decimalValue()).isEqualByComparingTo("2000");
        assertThat(findings.get(0).path("day").asString()).isEqualTo("2026-03-12");
    }

    @Test
    void a_living_patient_is_no_finding() {
        ScreeningFixture world = new ScreeningFixture(port, "deceased-service");
        Iin patient = adult();
        world.send(claim("c-1", patient, organizationNumber(), adult(), Item.of("AMB001", "2026-03-11")));

        world.run();

        assertThat(world.findings("DECEASED_SERVICE", patient.value())).isEmpty();
    }
}
