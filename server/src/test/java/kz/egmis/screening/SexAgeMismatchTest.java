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

/** SEX_AGE_MISMATCH: a service for a patient whose sex or age (whole years on the day) the catalog does not allow. */
@EgmisServerTest
class SexAgeMismatchTest {

    @LocalServerPort
    int port;

    @Test
    void a_male_only_service_for_a_woman_is_a_finding_with_sex_taken_from_the_iin() {
        ScreeningFixture world = new ScreeningFixture(port, "sex-age");
        Iin woman = person(LocalDate.of(1980, 1, 1), Sex.FEMALE);
        world.send(claim("c-1", woman, organizationNumber(), adult(), Item.of("AMB006", "2026-03-02")));

        world.run();

        List<JsonNode> findings = world.findings("SEX_AGE_MISMATCH", woman.value());
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).path("evidence").path("patientSex").asString()).isEqualTo("F");
        assertThat(findings.get(0).path("evidence").path("items").get(0).path("allowedSex").asString()).isEqualTo("M");
    }

    @Test
    void the_day_before_the_twelfth_birthday_is_under_the_minimum_age_and_the_birthday_itself_is_not() {
        ScreeningFixture world = new ScreeningFixture(port, "sex-age");
        Iin girl = person(LocalDate.of(2014, 6, 15), Sex.FEMALE);
        Bin clinic = organizationNumber();
        world.send(patient("p-1", girl, null),
                claim("c-young", girl, clinic, adult(), Item.of("AMB007", "2026-06-14")),
                claim("c-twelve", girl, clinic, adult(), Item.of("AMB007", "2026-06-15")));

        world.run();

        List<JsonNode> findings = world.findings("SEX_AGE_MISMATCH", girl.value());
        assertThat(findings).extracting(finding -> finding.path("claimIds").get(0).asString())
                .containsExactly(world.source + "/Claim/c-young");
        assertThat(findings.get(0).path("evidence").path("items").get(0).path("age").asInt()).isEqualTo(11);
    }

    @Test
    void the_eighteenth_birthday_is_over_a_maximum_age_of_seventeen_and_the_day_before_is_not() {
        ScreeningFixture world = new ScreeningFixture(port, "sex-age");
        Iin boy = person(LocalDate.of(2008, 6, 15), Sex.MALE);
        Bin clinic = organizationNumber();
        world.send(claim("c-seventeen", boy, clinic, adult(), Item.of("PHC002", "2026-06-14")),
                claim("c-eighteen", boy, clinic, adult(), Item.of("PHC002", "2026-06-15")));

        world.run();

        assertThat(world.findings("SEX_AGE_MISMATCH", boy.value()))
                .extracting(finding -> finding.path("claimIds").get(0).asString())
                .containsExactly(world.source + "/Claim/c-eighteen");
    }

    @Test
    void a_service_for_any_adult_is_no_finding() {
        ScreeningFixture world = new ScreeningFixture(port, "sex-age");
        Iin patient = adult();
        world.send(claim("c-1", patient, organizationNumber(), adult(), Item.of("AMB001", "2026-03-02")));

        world.run();

        assertThat(world.findings("SEX_AGE_MISMATCH", patient.value())).isEmpty();
    }
}
