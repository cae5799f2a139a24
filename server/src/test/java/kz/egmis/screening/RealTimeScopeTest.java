package kz.egmis.screening;

import static kz.egmis.screening.ScreeningFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import kz.egmis.identity.Bin;
import kz.egmis.identity.Iin;
import kz.egmis.identity.Sex;
import kz.egmis.screening.ScreeningFixture.Item;
import kz.egmis.testing.EgmisServerTest;

/**
 * Real time re-screens only what an ingest touched, and ends where a full pass would: data offending every rule
 * arrives in batches (corrections that move offences from one person or day to another, a death, a role, references
 * whose targets arrive later, an attachment that ends another), each screened by a scoped pass; then a full pass
 * over the same data, its screening tables rebuilt from scratch, raises, revises and withdraws nothing.
 */
@EgmisServerTest
class RealTimeScopeTest {

    @LocalServerPort
    int port;

    @Autowired
    ScreeningPasses passes;

    @Autowired
    JdbcClient jdbc;

    @Test
    void batches_screened_in_real_time_give_the_findings_of_a_full_pass() throws InterruptedException {
        ScreeningFixture world = new ScreeningFixture(port, "scoped");
        Iin dead = adult();
        Iin patient = adult();
        Iin woman = person(LocalDate.of(1985, 3, 12), Sex.FEMALE);
        Iin late = adult();
        Iin mover = adult();
        Iin doctor = adult();
        Iin busy = adult();
        Iin lateDoctor = adult();
        Bin clinic = organizationNumber();
        Bin otherClinic = organizationNumber();
        Bin hospital = organizationNumber();
        Bin other = organizationNumber();

        batch(world, organization("org-clinic", clinic, "PHC"), organization("org-clinic-2", otherClinic, "PHC"),
                organization("org-hospital", hospital, "HOSP"), organization("org-other", other, "HOSP"),
                practitioner("doc", doctor), role("role-gp", doctor, clinic, "GP", "2020-01-01", null));
        long scopedBefore = passes.realTimeFigures().scopedPasses();

        batch(world, patient("pat-dead", dead, null),
                attachment("att-dead", dead, clinic, "2020-01-01", null),
                attachment("att-patient", patient, clinic, "2020-01-01", null),
                attachment("att-mover", mover, clinic, "2020-01-01", null),
                claim("c-dead", dead, clinic, doctor, Item.of("PHC001", "2026-03-20"))
                        .replace(patientReference(dead), literal("Patient", "pat-dead")),
                encounter("stay-1", "IMP", patient, hospital, doctor, "2026-04-01T10:00:00+05:00", "2026-04-06T10:00:00+05:00"),
                encounter("stay-2", "IMP", patient, other, busy, "2026-04-02T10:00:00+05:00", "2026-04-04T10:00:00+05:00"),
                encounter("visit", "AMB", patient, clinic, doctor, "2026-04-03T09:00:00+05:00", "2026-04-03T09:30:00+05:00"),
                encounter("busy-1", "AMB", woman, clinic, busy, "2026-04-10T09:00:00+05:00", "2026-04-10T10:00:00+05:00"),
                encounter("busy-2", "AMB", woman, other, busy, "2026-04-10T09:30:00+05:00", "2026-04-10T10:30:00+05:00"),
                claim("c-stay", patient, hospital, doctor, Item.of("IMP001", "2026-04-01").forEncounter("stay-1")),
                claim("c-visit", patient, clinic, doctor, Item.of("PHC001", "2026-04-03").forEncounter("visit")),
                claim("c-busy", woman, other, busy, Item.of("PHC001", "2026-04-11").times(49)),
                claim("c-urology", woman, hospital, doctor, Item.of("AMB006", "2026-04-12")),
                claim("c-unattached", woman, clinic, doctor, Item.of("PHC001", "2026-04-13")),
                claim("c-mover", mover, clinic, doctor, Item.of("PHC001", "2026-05-10")));
        assertThat(world.findings("PRACTITIONER_OVERLOAD", busy.value())).hasSize(1);
        assertThat(world.findings("UNATTACHED_PHC_BILLING", woman.value())).hasSize(1);
        assertThat(world.findings("DECEASED_SERVICE", dead.value())).isEmpty();

        world.death(dead, "2026-03-10");
        await();
        assertThat(world.findings("DECEASED_SERVICE", dead.value())).hasSize(1);
        assertThat(world.findings("DECEASED_ATTACHMENT", dead.value())).hasSize(1);

        // corrections: another day, a new role, a stay moved apart, another patient
        batch(world, claim("c-busy", woman, other, busy, Item.of("PHC001", "2026-04-12").times(49)),
                role("role-uro", doctor, hospital, "URO", "2020-01-01", null),
                encounter("stay-2", "IMP", patient, other, busy, "2026-03-20T10:00:00+05:00", "2026-03-22T10:00:00+05:00"),
                claim("c-unattached", patient, clinic, doctor, Item.of("PHC001", "2026-04-13")));
        assertThat(world.findings("PRACTITIONER_OVERLOAD", busy.value())).singleElement()
                .satisfies(finding -> assertThat(finding.path("day").asString()).isEqualTo("2026-04-12"));
        assertThat(world.findings("SPECIALTY_MISMATCH", world.source + "/Claim/c-urology")).isEmpty();
        assertThat(world.findings("INPATIENT_OVERLAP", patient.value())).isEmpty();
        assertThat(world.findings("UNATTACHED_PHC_BILLING", world.source + "/Claim/c-unattached")).isEmpty();

        // references to a Patient and a Practitioner that arrive later
        batch(world, encounter("late-1", "IMP", late, hospital, doctor, "2026-06-01T10:00:00+05:00", "2026-06-05T10:00:00+05:00")
                        .replace(patientReference(late), literal("Patient", "pat-late")),
                encounter("late-2", "IMP", late, other, doctor, "2026-06-02T10:00:00+05:00", "2026-06-04T10:00:00+05:00")
                        .replace(patientReference(late), literal("Patient", "pat-late")),
                claim("c-late", patient, clinic, lateDoctor, Item.of("PHC001", "2026-06-10"))
                        .replace(practitionerReference(lateDoctor), literal("Practitioner", "doc-late")));
        assertThat(world.findings("INPATIENT_OVERLAP", world.source + "/Encounter/late-1")).isEmpty();
        assertThat(world.findings("SPECIALTY_MISMATCH", world.source + "/Claim/c-late")).isEmpty();
        batch(world, patient("pat-late", late, null), practitioner("doc-late", lateDoctor));
        assertThat(world.findings("INPATIENT_OVERLAP", late.value())).hasSize(1);
        assertThat(world.findings("SPECIALTY_MISMATCH", lateDoctor.value())).hasSize(1);

        // a later attachment elsewhere ends the mover's attachment to the clinic that billed them
        batch(world, attachment("att-mover-2", mover, otherClinic, "2026-05-01", null));
        assertThat(world.findings("UNATTACHED_PHC_BILLING", mover.value())).hasSize(1);

        assertThat(passes.realTimeFigures().scopedPasses() - scopedBefore).isGreaterThanOrEqualTo(6);
        List<String> screenedInRealTime = allFindings();
        long events = jdbc.sql("select count(*) from finding_event").query(Long.class).single();

        passes.runFullPass(true);

        assertThat(jdbc.sql("select count(*) from finding_event").query(Long.class).single()).isEqualTo(events);
        assertThat(allFindings()).isEqualTo(screenedInRealTime);
        List<String> rules = world.query("page=0", world.source + "/").stream()
                .map(finding -> finding.path("rule").asString()).distinct().sorted().toList();
        assertThat(rules).hasSize(10);
    }

    private void batch(ScreeningFixture world, String... resources) throws InterruptedException {
        world.send(resources);
        await();
    }

    private void await() throws InterruptedException {
        assertThat(passes.awaitRealTimeScreening(Duration.ofSeconds(60))).isTrue();
    }

    /** Every finding of every test, as stored: a full pass that agrees changes none of them. */
    private List<String> allFindings() {
        return jdbc.sql("select id || ' ' || status || ' ' || coalesce(amount_kzt::text, '') || ' ' || coalesce(claim_ids, '')"
                + " || ' ' || coalesce(encounter_ids, '') || ' ' || coalesce(day::text, '') || ' ' || evidence"
                + " from finding order by id").query(String.class).list();
    }
}
