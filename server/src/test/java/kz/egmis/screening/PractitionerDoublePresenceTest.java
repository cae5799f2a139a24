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

/** PRACTITIONER_DOUBLE_PRESENCE: one practitioner in encounters at two organizations overlapping by over 15 minutes. */
@EgmisServerTest
class PractitionerDoublePresenceTest {

    @LocalServerPort
    int port;

    @Test
    void encounters_overlapping_by_exactly_fifteen_minutes_are_no_finding() {
        ScreeningFixture world = new ScreeningFixture(port, "double-presence");
        Iin doctor = adult();
        world.send(encounter("e-1", "AMB", adult(), organizationNumber(), doctor, "2026-03-02T09:00:00+05:00", "2026-03-02T10:00:00+05:00"),
                encounter("e-2", "AMB", adult(), organizationNumber(), doctor, "2026-03-02T09:45:00+05:00", "2026-03-02T10:30:00+05:00"));

        world.run();

        assertThat(world.findings("PRACTITIONER_DOUBLE_PRESENCE", doctor.value())).isEmpty();
    }

    @Test
    void encounters_overlapping_by_sixteen_minutes_are_one_finding_for_the_pair() {
        ScreeningFixture world = new ScreeningFixture(port, "double-presence");
        Iin doctor = adult();
        Bin second = organizationNumber();
        world.send(encounter("e-1", "AMB", adult(), organizationNumber(), doctor, "2026-03-02T09:00:00+05:00", "2026-03-02T10:00:00+05:00"),
                encounter("e-2", "AMB", adult(), second, doctor, "2026-03-02T09:44:00+05:00", "2026-03-02T10:30:00+05:00"));

        world.run();

        List<JsonNode> findings = world.findings("PRACTITIONER_DOUBLE_PRESENCE", doctor.value());
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).path("practitionerIin").asString()).isEqualTo(doctor.value());
        assertThat(findings.get(0).path("organizationBin").asString()).isEqualTo(second.value());
        assertThat(findings.get(0).path("evidence").path("overlapSeconds").asLong()).isEqualTo(960);
        assertThat(findings.get(0).path("encounterIds")).hasSize(2);
    }

    @Test
    void overlapping_encounters_at_one_organization_are_no_finding() {
        ScreeningFixture world = new ScreeningFixture(port, "double-presence");
        Iin doctor = adult();
        Bin clinic = organizationNumber();
        world.send(encounter("e-1", "AMB", adult(), clinic, doctor, "2026-03-02T09:00:00+05:00", "2026-03-02T10:00:00+05:00"),
                encounter("e-2", "AMB", adult(), clinic, doctor, "2026-03-02T09:10:00+05:00", "2026-03-02T10:30:00+05:00"));

        world.run();

        assertThat(world.findings("PRACTITIONER_DOUBLE_PRESENCE", doctor.value())).isEmpty();
    }
}
