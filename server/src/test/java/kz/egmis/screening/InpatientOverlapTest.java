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

/** INPATIENT_OVERLAP: two inpatient stays at different organizations overlapping by more than 24 hours. */
@EgmisServerTest
class InpatientOverlapTest {

    @LocalServerPort
    int port;

    @Test
    void stays_overlapping_by_exactly_twenty_four_hours_are_no_finding() {
        ScreeningFixture world = new ScreeningFixture(port, "inpatient-overlap");
        Iin patient = adult();
        Iin doctor = adult();
        world.send(encounter("e-1", "IMP", patient, organizationNumber(), doctor, "2026-03-01T10:00:00+05:00", "2026-03-05T10:00:00+05:00"),
                encounter("e-2", "IMP", patient, organizationNumber(), doctor, "2026-03-04T10:00:00+05:00", "2026-03-10T10:00:00+05:00"));

        world.run();

        assertThat(world.findings("INPATIENT_OVERLAP", patient.value())).isEmpty();
    }

    @Test
    void stays_overlapping_by_a_second_more_than_twenty_four_hours_are_one_finding_with_both_periods_and_claims() {
        ScreeningFixture world = new ScreeningFixture(port, "inpatient-overlap");
        Iin patient = adult();
        Iin doctor = adult();
        Bin first = organizationNumber();
        Bin second = organizationNumber();
        world.send(encounter("e-1", "IMP", patient, first, doctor, "2026-03-01T10:00:00+05:00", "2026-03-05T10:00:00+05:00"),
                encounter("e-2", "IMP", patient, second, doctor, "2026-03-04T09:59:59+05:00", "2026-03-10T10:00:00+05:00"),
                claim("c-1", patient, first, doctor, Item.of("IMP001", "2026-03-01").forEncounter("e-1")),
                claim("c-2", patient, second, doctor, Item.of("IMP001", "2026-03-04").forEncounter("e-2")));

        world.run();

        List<JsonNode> findings = world.findings("INPATIENT_OVERLAP", patient.value());
        assertThat(findings).hasSize(1);
        JsonNode finding = findings.get(0);
        assertThat(finding.path("encounterIds").toString()).contains(world.source + "/Encounter/e-1", world.source + "/Encounter/e-2");
        assertThat(finding.path("claimIds").toString()).contains(world.source + "/Claim/c-1", world.source + "/Claim/c-2");
        assertThat(finding.path("organizationBin").asString()).isEqualTo(second.value());
        assertThat(finding.path("day").asString()).isEqualTo("2026-03-04");
        assertThat(finding.path("evidence").path("overlapSeconds").asLong()).isEqualTo(86401);
        assertThat(finding.path("evidence").path("first").path("start").asString()).isEqualTo("2026-03-01T10:00:00+05:00");
    }

    @Test
    void overlapping_stays_at_one_organization_are_no_finding() {
        ScreeningFixture world = new ScreeningFixture(port, "inpatient-overlap");
        Iin patient = adult();
        Iin doctor = adult();
        Bin hospital = organizationNumber();
        world.send(encounter("e-1", "IMP", patient, hospital, doctor, "2026-03-01T10:00:00+05:00", "2026-03-05T10:00:00+05:00"),
                encounter("e-2", "IMP", patient, hospital, doctor, "2026-03-02T10:00:00+05:00", "2026-03-10T10:00:00+05:00"));

        world.run();

        assertThat(world.findings("INPATIENT_OVERLAP", patient.value())).isEmpty();
    }
}
