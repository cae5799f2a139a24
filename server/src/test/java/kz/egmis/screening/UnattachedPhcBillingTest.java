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

/** UNATTACHED_PHC_BILLING: a PHC-only service billed by a PHC facility for a patient not attached to it that day. */
@EgmisServerTest
class UnattachedPhcBillingTest {

    @LocalServerPort
    int port;

    @Test
    void the_first_day_of_an_attachment_is_attached_and_the_day_before_is_not() {
        ScreeningFixture world = new ScreeningFixture(port, "unattached");
        Iin patient = adult();
        Bin clinic = organizationNumber();
        world.send(organization("phc", clinic, "PHC"),
                attachment("a-1", patient, clinic, "2026-02-01", null),
                claim("c-before", patient, clinic, adult(), Item.of("PHC001", "2026-01-31")),
                claim("c-first", patient, clinic, adult(), Item.of("PHC001", "2026-02-01")));

        world.run();

        List<JsonNode> findings = world.findings("UNATTACHED_PHC_BILLING", patient.value());
        assertThat(findings).extracting(finding -> finding.path("claimIds").get(0).asString())
                .containsExactly(world.source + "/Claim/c-before");
        assertThat(findings.get(0).path("evidence").path("attachmentsOfPatient").get(0).path("from").asString())
                .isEqualTo("2026-02-01");
    }

    @Test
    void a_later_attachment_elsewhere_ends_the_open_one_the_day_before_it_starts() {
        ScreeningFixture world = new ScreeningFixture(port, "unattached");
        Iin patient = adult();
        Bin clinic = organizationNumber();
        Bin other = organizationNumber();
        world.send(organization("phc", clinic, "PHC"));
        world.csv("attachment-registry", "iin;bin;attached_from;attached_to",
                patient + ";" + clinic + ";2025-01-01;", patient + ";" + other + ";2026-04-01;");
        world.send(claim("c-last", patient, clinic, adult(), Item.of("PHC001", "2026-03-31")),
                claim("c-moved", patient, clinic, adult(), Item.of("PHC001", "2026-04-01")));

        world.run();

        assertThat(world.findings("UNATTACHED_PHC_BILLING", patient.value()))
                .extracting(finding -> finding.path("claimIds").get(0).asString())
                .containsExactly(world.source + "/Claim/c-moved");
    }

    @Test
    void outpatient_services_and_hospitals_are_outside_the_rule() {
        ScreeningFixture world = new ScreeningFixture(port, "unattached");
        Iin patient = adult();
        Bin clinic = organizationNumber();
        Bin hospital = organizationNumber();
        world.send(organization("phc", clinic, "PHC"), organization("hosp", hospital, "HOSP"),
                claim("c-amb", patient, clinic, adult(), Item.of("AMB001", "2026-03-02")),
                claim("c-hosp", patient, hospital, adult(), Item.of("PHC001", "2026-03-02")));

        world.run();

        assertThat(world.findings("UNATTACHED_PHC_BILLING", patient.value())).isEmpty();
    }
}
