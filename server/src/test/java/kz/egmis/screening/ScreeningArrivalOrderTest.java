package kz.egmis.screening;

import static kz.egmis.screening.ScreeningFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import kz.egmis.identity.Bin;
import kz.egmis.identity.Iin;
import kz.egmis.identity.Sex;
import kz.egmis.screening.ScreeningFixture.Item;
import kz.egmis.testing.EgmisServerTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Section 5: findings are the same whatever the order in which the data arrived. One data set that offends every
 * rule is sent in three orders, a record per request, each copy with its own identifiers and source; the findings,
 * with identifiers replaced by their roles, are equal.
 */
@EgmisServerTest
class ScreeningArrivalOrderTest {

    @LocalServerPort
    int port;

    /** One copy of the data set: its people and organizations, and its records as single requests. */
    private record Copy(ScreeningFixture world, Map<String, String> roles, List<Runnable> arrivals) {
    }

    @Test
    void one_data_set_sent_in_three_orders_gives_the_same_findings() {
        Copy natural = copy("order-natural");
        Copy reversed = copy("order-reversed");
        Copy shuffled = copy("order-shuffled");
        Collections.reverse(reversed.arrivals());
        Collections.shuffle(shuffled.arrivals(), new Random(20_261_122L));

        for (Copy copy : List.of(natural, reversed, shuffled)) {
            copy.arrivals().forEach(Runnable::run);
        }
        natural.world().run();

        List<String> expected = findings(natural);
        assertThat(expected).hasSizeGreaterThanOrEqualTo(10);
        assertThat(expected.stream().map(finding -> finding.substring(0, finding.indexOf(' '))).distinct())
                .hasSize(10);
        assertThat(findings(reversed)).isEqualTo(expected);
        assertThat(findings(shuffled)).isEqualTo(expected);
    }

    /** A data set that offends each of the ten rules once, with fresh identifiers, one record per request. */
    private Copy copy(String name) {
        ScreeningFixture world = new ScreeningFixture(port, name);
        Iin dead = adult();
        Iin patient = adult();
        Iin woman = person(LocalDate.of(1985, 3, 12), Sex.FEMALE);
        Iin doctor = adult();
        Iin busy = adult();
        Bin clinic = organizationNumber();
        Bin hospital = organizationNumber();
        Bin other = organizationNumber();
        Map<String, String> roles = new TreeMap<>(Map.of(dead.value(), "DEAD", patient.value(), "PATIENT",
                woman.value(), "WOMAN", doctor.value(), "DOCTOR", busy.value(), "BUSY", clinic.value(), "CLINIC",
                hospital.value(), "HOSPITAL", other.value(), "OTHER"));
        List<Runnable> arrivals = new ArrayList<>();
        List<String> resources = List.of(
                organization("org-clinic", clinic, "PHC"),
                organization("org-hospital", hospital, "HOSP"),
                practitioner("doc", doctor),
                role("role-gp", doctor, clinic, "GP", "2020-01-01", null),
                patient("pat-dead", dead, null),
                attachment("att-dead", dead, clinic, "2020-01-01", "2026-06-30"),
                attachment("att-patient", patient, clinic, "2020-01-01", null),
                claim("c-dead", dead, clinic, doctor, Item.of("PHC001", "2026-03-20"))
                        .replace(patientReference(dead), literal("Patient", "pat-dead"))
                        .replace(practitionerReference(doctor), literal("Practitioner", "doc")),
                encounter("stay-1", "IMP", patient, hospital, doctor, "2026-04-01T10:00:00+05:00", "2026-04-06T10:00:00+05:00"),
                encounter("stay-2", "IMP", patient, other, busy, "2026-04-02T10:00:00+05:00", "2026-04-04T10:00:00+05:00"),
                encounter("visit", "AMB", patient, clinic, doctor, "2026-04-03T09:00:00+05:00", "2026-04-03T09:30:00+05:00")
                        .replace(organizationReference(clinic), literal("Organization", "org-clinic")),
                encounter("busy-1", "AMB", woman, clinic, busy, "2026-04-10T09:00:00+05:00", "2026-04-10T10:00:00+05:00"),
                encounter("busy-2", "AMB", woman, other, busy, "2026-04-10T09:30:00+05:00", "2026-04-10T10:30:00+05:00"),
                claim("c-stay", patient, hospital, doctor, Item.of("IMP001", "2026-04-01").forEncounter("stay-1")),
                claim("c-visit", patient, clinic, doctor, Item.of("PHC001", "2026-04-03").forEncounter("visit")),
                claim("c-busy", woman, other, busy, Item.of("PHC001", "2026-04-11").times(49)),
                claim("c-urology", woman, hospital, doctor, Item.of("AMB006", "2026-04-12")),
                claim("c-unattached", woman, clinic, doctor, Item.of("PHC001", "2026-04-13")));
        for (String resource : resources) {
            arrivals.add(() -> world.send(resource));
        }
        arrivals.add(() -> world.death(dead, "2026-03-10"));
        return new Copy(world, roles, arrivals);
    }

    /**
     * The copy's findings as text, identifiers replaced by their roles, sorted; without id, times and ledger index, and
     * with a person id as PERSON.
     */
    private static List<String> findings(Copy copy) {
        List<String> texts = new ArrayList<>();
        for (Map.Entry<String, String> role : copy.roles().entrySet()) {
            for (JsonNode finding : copy.world().query("page=0", role.getKey())) {
                ObjectNode trimmed = (ObjectNode) finding.deepCopy();
                trimmed.remove(List.of("id", "detectedAt", "ledgerIndex"));
                if (!finding.path("personId").isNull()) {
                    trimmed.put("personId", "PERSON"); // opaque and server-assigned; its presence is compared
                }
                String text = trimmed.path("rule").asString() + " " + trimmed;
                for (Map.Entry<String, String> replaced : copy.roles().entrySet()) {
                    text = text.replace(replaced.getKey(), replaced.getValue());
                }
                text = text.replace(copy.world().source + "/", "SOURCE/");
                if (!texts.contains(text)) {
                    texts.add(text);
                }
            }
        }
        Collections.sort(texts);
        return texts;
    }
}
