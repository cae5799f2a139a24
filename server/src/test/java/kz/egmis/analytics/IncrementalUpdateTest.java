package kz.egmis.analytics;

import static kz.egmis.screening.ScreeningFixture.adult;
import static kz.egmis.screening.ScreeningFixture.attachment;
import static kz.egmis.screening.ScreeningFixture.claim;
import static kz.egmis.screening.ScreeningFixture.encounter;
import static kz.egmis.screening.ScreeningFixture.literal;
import static kz.egmis.screening.ScreeningFixture.organization;
import static kz.egmis.screening.ScreeningFixture.organizationNumber;
import static kz.egmis.screening.ScreeningFixture.patient;
import static kz.egmis.screening.ScreeningFixture.patientReference;
import static kz.egmis.screening.ScreeningFixture.practitioner;
import static kz.egmis.screening.ScreeningFixture.role;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import kz.egmis.identity.Bin;
import kz.egmis.identity.Iin;
import kz.egmis.screening.ScreeningFixture.Item;
import kz.egmis.testing.EgmisServerTest;

/**
 * Records arriving in a shuffled order, in small ingests each taken in by an update of what it touched (claims
 * corrected to other days and facilities, patients whose literal references arrive later, attachments that end
 * others), leave the same analytics tables as a full recomputation over the same data.
 */
@EgmisServerTest
class IncrementalUpdateTest {

    private static final String[] SERVICES = {"PHC001", "PHC004", "PHC007", "AMB014"};

    @LocalServerPort
    int port;

    @Autowired
    AnalyticsUpdates updates;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void updates_by_touched_records_equal_a_full_recomputation_after_shuffled_loads() throws InterruptedException {
        AnalyticsWorld world = new AnalyticsWorld(port, "analytics-incremental", updates);
        List<Bin> clinics = List.of(organizationNumber(), organizationNumber(), organizationNumber());
        Bin hospital = organizationNumber();
        List<Iin> doctors = List.of(adult(), adult());
        List<Iin> people = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            people.add(adult());
        }
        world.send(organization("inc-c0", clinics.get(0), "PHC"), organization("inc-c1", clinics.get(1), "PHC"),
                organization("inc-c2", clinics.get(2), "PHC"), organization("inc-h", hospital, "HOSP"),
                practitioner("inc-d0", doctors.get(0)), practitioner("inc-d1", doctors.get(1)),
                role("inc-r0", doctors.get(0), clinics.get(0), "GP", "2020-01-01", null),
                role("inc-r1", doctors.get(1), clinics.get(1), "GP", "2020-01-01", null));
        long failedBefore = updates.failedUpdates();

        Random random = new Random(12);
        List<String> records = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            Iin person = people.get(i);
            Bin clinic = clinics.get(i % 3);
            records.add(attachment("inc-a" + i, person, clinic, "2025-0" + (1 + i % 9) + "-01", null));
            if (i % 4 == 0) {
                // moves to another clinic: the first attachment ends the day before
                records.add(attachment("inc-b" + i, person, clinics.get((i + 1) % 3), "2026-02-15", null));
            }
            if (i % 5 == 0) {
                continue; // never seen
            }
            for (int c = 0; c < 1 + random.nextInt(4); c++) {
                String day = "2026-0" + (1 + random.nextInt(4)) + "-" + (10 + random.nextInt(19));
                Item item = new Item(SERVICES[random.nextInt(SERVICES.length)], day, "" + (1 + random.nextInt(3)),
                        1000 + random.nextInt(3000), null);
                String claim = claim("inc-c" + i + "-" + c, person, random.nextBoolean() ? clinic : hospital,
                        doctors.get(random.nextInt(2)), item);
                if (i % 3 == 1) {
                    claim = claim.replace(patientReference(person), literal("Patient", "inc-p" + i));
                    records.add(patient("inc-p" + i, person, null));
                }
                records.add(claim);
                if (random.nextInt(3) == 0) {
                    // a correction: the same claim to another day and facility
                    records.add(claim("inc-c" + i + "-" + c, person, clinics.get(random.nextInt(3)), doctors.get(0),
                            Item.of("PHC001", "2026-0" + (1 + random.nextInt(4)) + "-0" + (1 + random.nextInt(9)))));
                }
            }
            if (i % 2 == 0) {
                records.add(encounter("inc-e" + i, "AMB", person, hospital, doctors.get(1),
                        "2026-03-31T19:30:00Z", "2026-03-31T20:00:00Z"));
            }
        }
        List<String> distinct = new ArrayList<>(new java.util.LinkedHashSet<>(records));
        Collections.shuffle(distinct, random);
        for (int start = 0; start < distinct.size(); start += 7) {
            world.send(distinct.subList(start, Math.min(start + 7, distinct.size())).toArray(String[]::new));
        }
        assertThat(updates.failedUpdates()).isEqualTo(failedBefore);
        List<String> incremental = snapshot(clinics, hospital, doctors, people);
        assertThat(incremental).anyMatch(row -> row.contains("attached_not_seen_24m"));

        updates.updateAll();
        assertThat(snapshot(clinics, hospital, doctors, people)).containsExactlyElementsOf(incremental);
    }

    private List<String> snapshot(List<Bin> clinics, Bin hospital, List<Iin> doctors, List<Iin> people) {
        List<String> bins = new ArrayList<>(clinics.stream().map(Bin::value).toList());
        bins.add(hospital.value());
        String binList = "('" + String.join("','", bins) + "')";
        String doctorList = "('" + String.join("','", doctors.stream().map(Iin::value).toList()) + "')";
        String peopleList = "('" + String.join("','", people.stream().map(Iin::value).toList()) + "')";
        List<String> rows = new ArrayList<>();
        for (String query : List.of(
                "select * from analytics_facility_month where organization_bin in " + binList + " order by 1, 2",
                "select * from analytics_facility_attached where organization_bin in " + binList + " order by 1, 2",
                "select * from analytics_person_attached where organization_bin in " + binList + " order by 1, 2, 3",
                "select * from analytics_person_month where patient_iin in " + peopleList + " order by 1, 2",
                "select * from analytics_practitioner_day where practitioner_iin in " + doctorList + " order by 1, 2",
                "select * from analytics_practitioner_month where practitioner_iin in " + doctorList + " order by 1, 2",
                "select source_system, claim_id, item_sequence, organization_bin, patient_iin, day, amount_kzt"
                        + " from analytics_item where patient_iin in " + peopleList + " order by 1, 2, 3")) {
            jdbc.queryForList(query).forEach(row -> rows.add(row.toString()));
        }
        return rows;
    }
}
