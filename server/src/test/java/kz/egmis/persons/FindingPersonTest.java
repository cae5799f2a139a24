package kz.egmis.persons;

import static kz.egmis.screening.ScreeningFixture.adult;
import static kz.egmis.screening.ScreeningFixture.claim;
import static kz.egmis.screening.ScreeningFixture.organizationNumber;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import kz.egmis.identity.Iin;
import kz.egmis.screening.ScreeningFixture;
import kz.egmis.screening.ScreeningFixture.Item;
import kz.egmis.testing.EgmisServerTest;
import tools.jackson.databind.JsonNode;

/** Section 8: a finding names the person beside the IIN. */
@EgmisServerTest
class FindingPersonTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_finding_carries_the_person_of_its_patient_iin() {
        ScreeningFixture world = new ScreeningFixture(port, "finding-person");
        Iin patient = adult();
        world.death(patient, "2026-03-10");
        world.send(claim("c-1", patient, organizationNumber(), adult(), Item.of("AMB001", "2026-03-20")));
        world.run();

        List<JsonNode> findings = world.findings("DECEASED_SERVICE", patient.value());

        String person = jdbc.sql("select person_id from identity_link where iin = :iin").param("iin", patient.value())
                .query(String.class).single();
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.path("patientIin").asString()).isEqualTo(patient.value());
            assertThat(finding.path("personId").asString()).isEqualTo(person).startsWith("P");
        });
    }
}
