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

/** DECEASED_ATTACHMENT: an attachment still active more than 30 days after the patient's death; one per attachment. */
@EgmisServerTest
class DeceasedAttachmentTest {

    @LocalServerPort
    int port;

    @Test
    void an_attachment_ending_thirty_days_after_death_is_no_finding() {
        ScreeningFixture world = new ScreeningFixture(port, "deceased-attachment");
        Iin patient = adult();
        world.death(patient, "2026-01-10");
        world.send(attachment("a-1", patient, organizationNumber(), "2020-01-01", "2026-02-09"));

        world.run();

        assertThat(world.findings("DECEASED_ATTACHMENT", patient.value())).isEmpty();
    }

    @Test
    void an_attachment_ending_thirty_one_days_after_death_is_a_finding_for_one_month_of_per_capita_payment() {
        ScreeningFixture world = new ScreeningFixture(port, "deceased-attachment");
        Iin patient = adult();
        Bin clinic = organizationNumber();
        world.death(patient, "2026-01-10");
        world.send(attachment("a-1", patient, clinic, "2020-01-01", "2026-02-10"));

        world.run();

        List<JsonNode> findings = world.findings("DECEASED_ATTACHMENT", patient.value());
        assertThat(findings).hasSize(1);
        JsonNode finding = findings.get(0);
        assertThat(finding.path("attachmentId").asString()).isEqualTo(world.source + "/EpisodeOfCare/a-1");
        assertThat(finding.path("organizationBin").asString()).isEqualTo(clinic.value());
        assertThat(finding.path("amountKzt").decimalValue()).isEqualByComparingTo("1050");
        assertThat(finding.path("evidence").path("monthsPaidAfterDeath").asInt()).isEqualTo(1);
        assertThat(finding.path("evidence").path("perCapitaMonthlyKzt").decimalValue()).isEqualByComparingTo("1050");
        assertThat(finding.path("evidence").path("attachedTo").asString()).isEqualTo("2026-02-10");
        assertThat(finding.path("claimIds").isNull()).isTrue();
    }

    @Test
    void an_open_registry_attachment_ended_by_a_later_one_is_judged_by_the_day_before_the_later_one_starts() {
        ScreeningFixture world = new ScreeningFixture(port, "deceased-attachment");
        Iin patient = adult();
        Bin first = organizationNumber();
        Bin second = organizationNumber();
        world.death(patient, "2026-01-10");
        world.csv("attachment-registry", "iin;bin;attached_from;attached_to",
                patient + ";" + first + ";2020-01-01;", patient + ";" + second + ";2026-02-10;2026-02-20");

        world.run();

        // the first ends 2026-02-09, death + 30: no finding; the second runs to 2026-02-20: a finding
        List<JsonNode> findings = world.findings("DECEASED_ATTACHMENT", patient.value());
        assertThat(findings).extracting(finding -> finding.path("attachmentId").asString())
                .containsExactly(world.source + "/attachment-registry/" + patient + ":" + second + ":2026-02-10");
    }

    @Test
    void an_attachment_of_a_living_person_is_no_finding() {
        ScreeningFixture world = new ScreeningFixture(port, "deceased-attachment");
        Iin patient = adult();
        world.send(attachment("a-1", patient, organizationNumber(), "2020-01-01", null));

        world.run();

        assertThat(world.findings("DECEASED_ATTACHMENT", patient.value())).isEmpty();
    }
}
