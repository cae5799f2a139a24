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

/** PRACTITIONER_OVERLOAD: more than 720 claimed minutes in one day, over every organization. */
@EgmisServerTest
class PractitionerOverloadTest {

    @LocalServerPort
    int port;

    @Test
    void exactly_seven_hundred_twenty_minutes_over_two_organizations_is_no_finding() {
        ScreeningFixture world = new ScreeningFixture(port, "overload");
        Iin doctor = adult();
        world.send(claim("c-1", adult(), organizationNumber(), doctor, Item.of("PHC001", "2026-03-02").times(24)),
                claim("c-2", adult(), organizationNumber(), doctor, Item.of("PHC001", "2026-03-02").times(24)));

        world.run();

        assertThat(world.findings("PRACTITIONER_OVERLOAD", doctor.value())).isEmpty();
    }

    @Test
    void seven_hundred_twenty_one_minutes_is_a_finding_with_the_minute_total() {
        ScreeningFixture world = new ScreeningFixture(port, "overload");
        Iin doctor = adult();
        world.send(claim("c-1", adult(), organizationNumber(), doctor, Item.of("PHC001", "2026-03-02").times(24)),
                claim("c-2", adult(), organizationNumber(), doctor, Item.of("PHC001", "2026-03-02").times(24),
                        Item.of("PHC007", "2026-03-02").times("0.1")));

        world.run();

        List<JsonNode> findings = world.findings("PRACTITIONER_OVERLOAD", doctor.value());
        assertThat(findings).hasSize(1);
        JsonNode finding = findings.get(0);
        assertThat(finding.path("practitionerIin").asString()).isEqualTo(doctor.value());
        assertThat(finding.path("day").asString()).isEqualTo("2026-03-02");
        assertThat(finding.path("evidence").path("totalMinutes").decimalValue()).isEqualByComparingTo("721");
        assertThat(finding.path("evidence").path("items")).hasSize(3);
        assertThat(finding.path("claimIds")).hasSize(2);
    }

    @Test
    void the_same_minutes_on_two_days_are_no_finding() {
        ScreeningFixture world = new ScreeningFixture(port, "overload");
        Iin doctor = adult();
        world.send(claim("c-1", adult(), organizationNumber(), doctor, Item.of("PHC001", "2026-03-02").times(40),
                Item.of("PHC001", "2026-03-03").times(40)));

        world.run();

        assertThat(world.findings("PRACTITIONER_OVERLOAD", doctor.value())).isEmpty();
    }
}
