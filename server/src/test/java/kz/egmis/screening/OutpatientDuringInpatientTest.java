package kz.egmis.screening;

import static kz.egmis.screening.ScreeningFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import kz.egmis.identity.Bin;
import kz.egmis.identity.Iin;
import kz.egmis.screening.ScreeningFixture.Item;
import kz.egmis.testing.EgmisServerTest;
import tools.jackson.databind.JsonNode;

/** OUTPATIENT_DURING_INPATIENT: an outpatient visit elsewhere on a day strictly inside an inpatient stay. */
@EgmisServerTest
class OutpatientDuringInpatientTest {

    @LocalServerPort
    int port;

    @Test
    void visits_on_the_first_and_last_day_of_a_stay_are_no_finding() {
        ScreeningFixture world = new ScreeningFixture(port, "outpatient-during");
        Iin patient = adult();
        Iin doctor = adult();
        Bin clinic = organizationNumber();
        world.send(encounter("stay", "IMP", patient, organizationNumber(), doctor, "2026-03-01T10:00:00+05:00", "2026-03-05T12:00:00+05:00"),
                encounter("v-1", "AMB", patient, clinic, doctor, "2026-03-01T15:00:00+05:00", "2026-03-01T15:20:00+05:00"),
                encounter("v-2", "AMB", patient, clinic, doctor, "2026-03-05T15:00:00+05:00", "2026-03-05T15:20:00+05:00"));

        world.run();

        assertThat(world.findings("OUTPATIENT_DURING_INPATIENT", patient.value())).isEmpty();
    }

    @Test
    void a_home_visit_strictly_inside_a_stay_is_a_finding_naming_the_claims_of_visit_and_stay() {
        ScreeningFixture world = new ScreeningFixture(port, "outpatient-during");
        Iin patient = adult();
        Iin doctor = adult();
        Bin clinic = organizationNumber();
        Bin hospital = organizationNumber();
        world.send(encounter("stay", "IMP", patient, hospital, doctor, "2026-03-01T10:00:00+05:00", "2026-03-05T12:00:00+05:00"),
                encounter("visit", "HH", patient, clinic, doctor, "2026-03-03T15:00:00+05:00", "2026-03-03T15:30:00+05:00"),
                claim("c-stay", patient, hospital, doctor, Item.of("IMP001", "2026-03-01").forEncounter("stay")),
                claim("c-visit", patient, clinic, doctor, Item.of("PHC004", "2026-03-03").forEncounter("visit")));

        world.run();

        List<JsonNode> findings = world.findings("OUTPATIENT_DURING_INPATIENT", patient.value());
        assertThat(findings).hasSize(1);
        JsonNode finding = findings.get(0);
        assertThat(finding.path("organizationBin").asString()).isEqualTo(clinic.value());
        assertThat(finding.path("day").asString()).isEqualTo("2026-03-03");
        assertThat(finding.path("claimIds").toString()).contains(world.source + "/Claim/c-stay", world.source + "/Claim/c-visit");
        assertThat(finding.path("amountKzt").decimalValue()).isEqualByComparingTo("1000");
        assertThat(finding.path("evidence").path("stays").get(0).path("from").asString()).isEqualTo("2026-03-01");
    }

    @Test
    void a_visit_inside_a_stay_at_the_same_organization_is_no_finding() {
        ScreeningFixture world = new ScreeningFixture(port, "outpatient-during");
        Iin patient = adult();
        Iin doctor = adult();
        Bin hospital = organizationNumber();
        world.send(encounter("stay", "IMP", patient, hospital, doctor, "2026-03-01T10:00:00+05:00", "2026-03-05T12:00:00+05:00"),
                encounter("visit", "AMB", patient, hospital, doctor, "2026-03-03T15:00:00+05:00", "2026-03-03T15:30:00+05:00"));

        world.run();

        assertThat(world.findings("OUTPATIENT_DURING_INPATIENT", patient.value())).isEmpty();
    }
}
