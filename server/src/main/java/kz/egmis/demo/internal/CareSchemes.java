package kz.egmis.demo.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import kz.egmis.reference.CareSetting;

/**
 * Schemes of care that cannot have happened: patients "treated" in two hospitals at once, outpatient visits
 * elsewhere during a hospital stay, and a practitioner in two places at once. Each also plants a clean case on the
 * rule's very edge (a transfer overlapping by hours, a visit on the day of discharge, an overlap of exactly 15 minutes).
 */
final class CareSchemes {

    private CareSchemes() {
    }

    static void plant(World world) {
        List<Encounter> backgroundStays = world.encounters.stream().filter(e -> e.encounterClass().equals("IMP")
                && Duration.between(e.start(), e.end()).toDays() >= 3).toList();
        List<Encounter> backgroundVisits = lastVisitsOfTheDay(world).stream()
                .filter(e -> e.facility().type().equals("SPEC") && Duration.between(e.start(), e.end()).toMinutes() >= 20)
                .toList();
        Set<Encounter> used = new HashSet<>();
        for (int i = 0; i < SchemeSupport.perRule(world); i++) {
            int count = i + 1;
            SchemeSupport.untilPlanted(world, "INPATIENT_OVERLAP", count, i == 0, nearMiss -> twoHospitalsAtOnce(world, nearMiss));
            SchemeSupport.untilPlanted(world, "OUTPATIENT_DURING_INPATIENT", count, i == 0,
                    nearMiss -> visitDuringStay(world, backgroundStays, used, nearMiss));
            SchemeSupport.untilPlanted(world, "PRACTITIONER_DOUBLE_PRESENCE", count, i == 0,
                    nearMiss -> practitionerInTwoPlaces(world, backgroundVisits, used, nearMiss));
        }
    }

    /** Each practitioner's last outpatient visit of each day: a second place then overlaps no later visit. */
    private static List<Encounter> lastVisitsOfTheDay(World world) {
        java.util.Map<String, Encounter> last = new java.util.LinkedHashMap<>();
        for (Encounter encounter : world.encounters) {
            if (encounter.encounterClass().equals("AMB")) {
                last.merge(encounter.practitioner().number() + " " + encounter.start().toLocalDate(), encounter,
                        (a, b) -> b.start().isAfter(a.start()) ? b : a);
            }
        }
        return List.copyOf(last.values());
    }

    /** Two overlapping stays at two hospitals; near miss: a transfer, the second stay starting on the day the first ends. */
    private static void twoHospitalsAtOnce(World world, boolean withNearMiss) {
        Encounter[] stays = staysOfOnePatient(world, 0, 7, 2, 6);
        if (stays != null) {
            world.planted.add(Offences.ofPair("INPATIENT_OVERLAP", stays[0], stays[1], null, "in "
                    + stays[0].facility().name() + " and " + stays[1].facility().name() + " at once"));
        }
        if (withNearMiss && staysOfOnePatient(world, 0, 4, 4, 8) != null) {
            world.nearMisses.add("INPATIENT_OVERLAP: a transfer, the second stay starting on the day the first ends");
        }
    }

    /** Two stays of one free adult at two hospitals, on days {@code firstFrom..firstTo} and {@code secondFrom..secondTo}. */
    private static Encounter[] staysOfOnePatient(World world, int firstFrom, int firstTo, int secondFrom, int secondTo) {
        List<Facility> hospitals = world.facilities("HOSP", SchemeSupport.region(world));
        for (int attempt = 0; attempt < 1_000; attempt++) {
            LocalDate start = world.day(world.random.nextInt(Math.max(1, world.days() - 10)));
            Person person = SchemeSupport.freePerson(world, start, p -> p.ageOn(start) >= 18
                    && p.region().equals(SchemeSupport.region(world)) && world.isFree(p, start, start.plusDays(9)));
            if (person != null && !start.plusDays(secondTo).isAfter(world.lastDay)) {
                Facility first = hospitals.get(world.random.nextInt(hospitals.size()));
                Facility second = hospitals.get((hospitals.indexOf(first) + 1) % hospitals.size());
                Encounter one = InpatientCare.stay(world, person, first, start.plusDays(firstFrom), start.plusDays(firstTo), false);
                Encounter two = InpatientCare.stay(world, person, second, start.plusDays(secondFrom), start.plusDays(secondTo), false);
                if (one != null && two != null) {
                    return new Encounter[] {one, two};
                }
            }
        }
        return null;
    }

    /** A specialist visit on a day strictly inside a stay at a hospital; near miss: one on the day of discharge. */
    private static void visitDuringStay(World world, List<Encounter> stays, Set<Encounter> used, boolean withNearMiss) {
        Encounter stay = SchemeSupport.pick(world, stays.stream().filter(s -> !used.contains(s)).toList());
        Facility centre = SchemeSupport.pick(world, SchemeSupport.fhirCentres(world, stay == null ? null : stay.patient().region()));
        if (stay == null || centre == null) {
            return;
        }
        used.add(stay);
        LocalDate inside = stay.start().toLocalDate().plusDays(1);
        List<Claim> claims = OutpatientCare.visit(world, stay.patient(), centre, inside, CareSetting.AMB);
        if (!claims.isEmpty()) {
            Encounter visit = claims.get(0).encounter();
            world.planted.add(new PlantedOffence("OUTPATIENT_DURING_INPATIENT", stay.patient().iin().value(), null,
                    centre.bin().value(), inside.toString(), null, List.of(visit.reference(), stay.reference()), null,
                    List.of(claims.get(0).reference()), "seen at " + centre.name() + " on " + inside + " while in "
                    + stay.facility().name() + " from " + stay.start().toLocalDate() + " to " + stay.end().toLocalDate()));
        }
        Encounter other = SchemeSupport.pick(world, stays.stream().filter(s -> !used.contains(s)).toList());
        if (withNearMiss && other != null) {
            used.add(other);
            OutpatientCare.visit(world, other.patient(), centre, other.end().toLocalDate(), CareSetting.AMB);
            world.nearMisses.add("OUTPATIENT_DURING_INPATIENT: a specialist visit on the day of discharge");
        }
    }

    /**
     * A practitioner who also holds a role at a second centre, seen there by a second patient while with the first;
     * near miss: a second visit that overlaps the first by exactly 15 minutes.
     */
    private static void practitionerInTwoPlaces(World world, List<Encounter> visits, Set<Encounter> used, boolean withNearMiss) {
        Encounter[] pair = secondPlace(world, visits, used, 2);
        if (pair != null) {
            world.planted.add(Offences.ofPair("PRACTITIONER_DOUBLE_PRESENCE", pair[0], pair[1],
                    pair[0].practitioner().iin().value(), "at " + pair[0].facility().name() + " and "
                    + pair[1].facility().name() + " at " + pair[0].start()));
        }
        if (withNearMiss && secondPlace(world, visits, used, -15) != null) {
            world.nearMisses.add("PRACTITIONER_DOUBLE_PRESENCE: two visits at two centres overlapping by exactly 15 minutes");
        }
    }

    /**
     * Another visit of the practitioner of a background visit at a second centre, starting {@code offset} minutes after
     * the first starts (a negative offset: that many minutes before the first ends).
     */
    private static Encounter[] secondPlace(World world, List<Encounter> visits, Set<Encounter> used, int offset) {
        Encounter first = SchemeSupport.pick(world, visits.stream().filter(v -> !used.contains(v)).toList());
        if (first == null) {
            return null;
        }
        used.add(first);
        Facility second = SchemeSupport.pick(world, SchemeSupport.fhirCentres(world, first.patient().region()).stream()
                .filter(f -> f != first.facility()).toList());
        Role role = world.staff.rolesAt(first.facility()).stream()
                .filter(r -> r.practitioner() == first.practitioner()).findFirst().orElseThrow();
        LocalDate day = first.start().toLocalDate();
        Person patient = SchemeSupport.freePerson(world, day, p -> true);
        var service = patient == null || second == null ? null : ServiceChoice.pick(world,
                ServiceChoice.allowed(world, CareSetting.AMB, patient, day),
                s -> s.allowsSpecialty(role.specialty()) && s.minutes() >= 20);
        if (service == null) {
            return null;
        }
        if (world.staff.rolesAt(second).stream().noneMatch(r -> r.practitioner() == first.practitioner())) {
            world.staff.addRole(first.practitioner(), second, role.specialty(), role.start(), null);
        }
        world.staff.book(first.practitioner(), List.of(day), service.minutes());
        world.occupy(patient, day, day);
        var start = offset >= 0 ? first.start().plusMinutes(offset) : first.end().plusMinutes(offset);
        Encounter visit = Billing.visit(world, patient, second, first.practitioner(), day,
                start.getHour() * 60 + start.getMinute(), List.of(service)).get(0).encounter();
        return new Encounter[] {first, visit};
    }
}
