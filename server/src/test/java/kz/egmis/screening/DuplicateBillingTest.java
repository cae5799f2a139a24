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

/** DUPLICATE_BILLING: more units of a service for one patient, organization and day than max_per_day. */
@EgmisServerTest
class DuplicateBillingTest {

    @LocalServerPort
    int port;

    @Test
    void exactly_max_per_day_units_are_no_finding() {
        ScreeningFixture world = new ScreeningFixture(port, "duplicate");
        Iin patient = adult();
        Bin clinic = organizationNumber();
        world.send(claim("c-1", patient, clinic, adult(), Item.of("PHC007", "2026-03-02")),
                claim("c-2", patient, clinic, adult(), Item.of("PHC007", "2026-03-02")));

        world.run();

        assertThat(world.findings("DUPLICATE_BILLING", patient.value())).isEmpty();
    }

    @Test
    void one_unit_over_max_per_day_across_claims_is_one_finding_for_the_excess_at_the_catalog_price() {
        ScreeningFixture world = new ScreeningFixture(port, "duplicate");
        Iin patient = adult();
        Bin clinic = organizationNumber();
        world.send(claim("c-1", patient, clinic, adult(), Item.of("PHC007", "2026-03-02")),
                claim("c-2", patient, clinic, adult(), Item.of("PHC007", "2026-03-02").times(2)));

        world.run();

        List<JsonNode> findings = world.findings("DUPLICATE_BILLING", patient.value());
        assertThat(findings).hasSize(1);
        JsonNode finding = findings.get(0);
        assertThat(finding.path("serviceCode").asString()).isEqualTo("PHC007");
        assertThat(finding.path("amountKzt").decimalValue()).isEqualByComparingTo("1500");
        assertThat(finding.path("claimIds")).hasSize(2);
        assertThat(finding.path("evidence").path("maxPerDay").asInt()).isEqualTo(2);
        assertThat(finding.path("evidence").path("units").decimalValue()).isEqualByComparingTo("3");
    }

    @Test
    void the_same_units_at_two_organizations_are_no_finding() {
        ScreeningFixture world = new ScreeningFixture(port, "duplicate");
        Iin patient = adult();
        world.send(claim("c-1", patient, organizationNumber(), adult(), Item.of("PHC007", "2026-03-02").times(2)),
                claim("c-2", patient, organizationNumber(), adult(), Item.of("PHC007", "2026-03-02")));

        world.run();

        assertThat(world.findings("DUPLICATE_BILLING", patient.value())).isEmpty();
    }
}
