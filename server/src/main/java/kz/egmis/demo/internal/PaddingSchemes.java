package kz.egmis.demo.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import kz.egmis.reference.CareSetting;
import kz.egmis.reference.ServiceDefinition;

/**
 * Padding that is improbable but legal, so no rule raises it and only the peer comparison shows it: two PHCs that
 * bill their own attached patients for repeat visits (KZT per attached person and services per patient far above
 * their peers), practitioners whose every working day is padded to 600-700 catalog minutes (below the 720 of the
 * overload rule), and a PHC a third of whose attached list is never seen. Planted only where there are enough peers
 * to compare with (five PHCs, five practitioners of a specialty).
 */
final class PaddingSchemes {

    private static final int PEERS = 5;
    private static final int REPEAT_VISITS = 3;
    private static final int PADDED_DAY_MINUTES = 700;

    private PaddingSchemes() {
    }

    /** Before any care: a third of one PHC's attached list is made busy every day, so nobody ever sees them. */
    static void plantAbsentList(World world) {
        List<Facility> phcs = world.facilities("PHC", null);
        if (phcs.size() < PEERS) {
            return;
        }
        Facility phc = phcs.get(2);
        List<Person> attached = world.attachments.stream().filter(a -> a.facility() == phc).map(Attachment::person)
                .distinct().toList();
        for (int i = 0; i < attached.size(); i += 3) {
            world.occupy(attached.get(i), world.firstDay, world.lastDay);
        }
        world.outliers.add(new PlantedOutlier("facility", "attached_not_seen_share", phc.bin().value(), phc.name(),
                (attached.size() + 2) / 3 + " of " + attached.size() + " attached persons never seen"));
    }

    /** After background care: repeat visits at two PHCs, and padded days for two practitioners. */
    static void plantPadding(World world) {
        List<Facility> phcs = world.facilities("PHC", null);
        if (phcs.size() >= PEERS) {
            for (Facility phc : phcs.subList(0, 2)) {
                repeatVisits(world, phc);
            }
        }
        paddedDays(world);
    }

    private static void repeatVisits(World world, Facility phc) {
        List<Person> attached = world.attachments.stream().filter(a -> a.facility() == phc).map(Attachment::person)
                .distinct().toList();
        int visits = 0;
        for (Person person : attached) {
            for (int repeat = 0; repeat < REPEAT_VISITS; repeat++) {
                LocalDate day = CareCalendar.outpatientDay(world, person);
                if (day != null && world.attachedPhc(person, day) == phc
                        && !OutpatientCare.visit(world, person, phc, day, CareSetting.PHC).isEmpty()) {
                    visits++;
                }
            }
        }
        String scheme = visits + " repeat visits billed for its own attached patients";
        world.outliers.add(new PlantedOutlier("facility", "kzt_per_attached", phc.bin().value(), phc.name(), scheme));
        world.outliers.add(new PlantedOutlier("facility", "services_per_patient", phc.bin().value(), phc.name(), scheme));
    }

    /**
     * Two practitioners of a specialty at the specialist centres on FHIR systems, chosen where padding would stand out
     * most against the peers (see {@link PeerSpread}): every working day padded.
     */
    private static void paddedDays(World world) {
        List<Role> roles = SchemeSupport.fhirCentres(world, null).stream().flatMap(f -> world.staff.rolesAt(f).stream())
                .toList();
        Map<String, List<Role>> bySpecialty = roles.stream().collect(Collectors.groupingBy(Role::specialty,
                java.util.TreeMap::new, Collectors.toList()));
        List<Role> common = bySpecialty.values().stream().filter(group -> group.size() >= PEERS)
                .max(Comparator.comparingDouble(group -> PeerSpread.smallestRobustZ(world, group.get(0).specialty(),
                        java.util.Set.of(group.get(0).practitioner(), group.get(1).practitioner()), PADDED_DAY_MINUTES - 50)))
                .orElse(List.of());
        if (common.isEmpty()) {
            return;
        }
        for (Role role : common.subList(0, 2)) {
            int claims = 0;
            for (LocalDate day = world.firstDay; !day.isAfter(world.lastDay); day = day.plusDays(1)) {
                if (day.getDayOfWeek().getValue() <= 5 && role.coversDay(day)) {
                    claims += padDay(world, role, day, PADDED_DAY_MINUTES - 100 + world.random.nextInt(90));
                }
            }
            world.outliers.add(new PlantedOutlier("practitioner", "minutes_per_practitioner_day",
                    role.practitioner().iin().value(), role.practitioner().family() + " " + role.practitioner().given(),
                    claims + " claims for patients never seen pad every working day at " + role.facility().name()
                    + " to 600-700 catalog minutes"));
        }
    }

    /** Phantom one-unit claims until the day reaches {@code target} minutes, never past {@link #PADDED_DAY_MINUTES}. */
    private static int padDay(World world, Role role, LocalDate day, int target) {
        int claims = 0;
        for (int attempt = 0; attempt < 200 && world.staff.bookedMinutes(role.practitioner(), day) < target; attempt++) {
            int room = PADDED_DAY_MINUTES - world.staff.bookedMinutes(role.practitioner(), day);
            Person patient = SchemeSupport.freePerson(world, day, p -> true);
            ServiceDefinition service = patient == null ? null : ServiceChoice.pick(world,
                    ServiceChoice.allowed(world, CareSetting.AMB, patient, day),
                    s -> s.allowsSpecialty(role.specialty()) && s.minutes() > 0 && s.minutes() <= room);
            if (service == null) {
                continue;
            }
            world.staff.book(role.practitioner(), List.of(day), service.minutes());
            world.occupy(patient, day, day);
            Billing.billOnly(world, patient, role.facility(), role.practitioner(), day, service, 1);
            claims++;
        }
        return claims;
    }
}
