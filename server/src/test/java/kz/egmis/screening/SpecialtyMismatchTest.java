package kz.egmis.screening;

import static kz.egmis.screening.ScreeningFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import kz.egmis.identity.Bin;
import kz.egmis.identity.Iin;
import kz.egmis.identity.Sex;
import kz.egmis.screening.ScreeningFixture.Item;
import kz.egmis.testing.EgmisServerTest;
import tools.jackson.databind.JsonNode;

/** SPECIALTY_MISMATCH: a service by a practitioner with no role there, that day, in a required specialty. */
@EgmisServerTest
class SpecialtyMismatchTest {

    @LocalServerPort
    int port;

    @Test
    void services_on_the_first_and_last_day_of_a_cardiologist_role_are_no_finding_and_the_day_after_is() {
        ScreeningFixture world = new ScreeningFixture(port, "specialty");
        Iin doctor = adult();
        Iin patient = adult();
        Bin clinic = organizationNumber();
        world.send(role("r-1", doctor, clinic, "CARD", "2026-01-01", "2026-06-30"),
                claim("c-first", patient, clinic, doctor, Item.of("AMB001", "2026-01-01")),
                claim("c-last", patient, clinic, doctor, Item.of("AMB001", "2026-06-30")),
                claim("c-after", patient, clinic, doctor, Item.of("AMB001", "2026-07-01")));

        world.run();

        List<JsonNode> findings = world.findings("SPECIALTY_MISMATCH", patient.value());
        assertThat(findings).extracting(finding -> finding.path("claimIds").get(0).asString())
                .containsExactly(world.source + "/Claim/c-after");
        assertThat(findings.get(0).path("practitionerIin").asString()).isEqualTo(doctor.value());
        assertThat(findings.get(0).path("evidence").path("items").get(0).path("requiredSpecialties").asString())
                .isEqualTo("CARD");
    }

    @Test
    void a_role_in_another_specialty_or_at_another_organization_is_a_finding() {
        ScreeningFixture world = new ScreeningFixture(port, "specialty");
        Iin doctor = adult();
        Iin patient = adult();
        Bin clinic = organizationNumber();
        Bin elsewhere = organizationNumber();
        world.send(role("r-gp", doctor, clinic, "GP", "2020-01-01", null),
                role("r-card", doctor, elsewhere, "CARD", "2020-01-01", null),
                claim("c-1", patient, clinic, doctor, Item.of("AMB001", "2026-03-02")));

        world.run();

        assertThat(world.findings("SPECIALTY_MISMATCH", patient.value())).hasSize(1);
    }

    @Test
    void any_of_the_allowed_specialties_is_enough() {
        ScreeningFixture world = new ScreeningFixture(port, "specialty");
        Iin nurse = adult();
        Iin patient = adult();
        Bin clinic = organizationNumber();
        world.send(role("r-1", nurse, clinic, "NURSE", "2020-01-01", null),
                claim("c-1", patient, clinic, nurse, Item.of("AMB014", "2026-03-02")));

        world.run();

        assertThat(world.findings("SPECIALTY_MISMATCH", patient.value())).isEmpty();
    }
}
