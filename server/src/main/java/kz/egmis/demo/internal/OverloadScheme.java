package kz.egmis.demo.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import kz.egmis.reference.CareSetting;
import kz.egmis.reference.ServiceDefinition;

/**
 * The doctor who bills impossible days (the audit found one "seeing" 1,442 patients in a day): phantom claims for
 * patients who were never seen push a practitioner's day far past 720 minutes. Near miss: a day of exactly 720.
 * Planted last, so no other care lands on those days afterwards.
 */
final class OverloadScheme {

    private static final int LIMIT = 720;

    private OverloadScheme() {
    }

    static void plant(World world) {
        Set<String> overloaded = new HashSet<>();
        int wanted = SchemeSupport.perRule(world);
        for (int attempt = 0; attempt < 100 && SchemeSupport.planted(world, "PRACTITIONER_OVERLOAD") < wanted; attempt++) {
            Facility centre = SchemeSupport.pick(world, world.facilities("SPEC", SchemeSupport.region(world)));
            Role role = SchemeSupport.pick(world, world.staff.rolesAt(centre));
            LocalDate day = SchemeSupport.workingDay(world);
            if (role == null || !role.coversDay(day) || !overloaded.add(role.practitioner().number() + " " + day)) {
                continue;
            }
            int target = LIMIT + 60 + world.random.nextInt(300);
            List<String> claims = new ArrayList<>();
            for (int phantom = 0; phantom < 500 && world.staff.bookedMinutes(role.practitioner(), day) <= target; phantom++) {
                Claim claim = phantom(world, role, centre, day, null);
                if (claim != null) {
                    claims.add(claim.reference());
                }
            }
            int minutes = world.staff.bookedMinutes(role.practitioner(), day);
            if (minutes > LIMIT) {
                world.planted.add(new PlantedOffence("PRACTITIONER_OVERLOAD", null, role.practitioner().iin().value(),
                        null, day.toString(), null, null, null, null, minutes + " minutes billed in one day at "
                        + centre.name() + ", " + claims.size() + " of them for patients never seen"));
            }
        }
        exactlyTheLimit(world, overloaded);
    }

    private static void exactlyTheLimit(World world, Set<String> overloaded) {
        for (Facility centre : world.facilities("SPEC", SchemeSupport.region(world))) {
            for (Role role : world.staff.rolesAt(centre)) {
                LocalDate day = SchemeSupport.workingDay(world);
                int left = LIMIT - world.staff.bookedMinutes(role.practitioner(), day);
                ServiceDefinition filler = world.catalog.services().stream()
                        .filter(s -> s.setting() == CareSetting.AMB && s.allowsSpecialty(role.specialty())
                                && s.minutes() > 0 && s.sex() == kz.egmis.reference.AllowedSex.ANY && s.ageMin() == 0
                                && s.ageMax() >= 100 && left % s.minutes() == 0)
                        .findFirst().orElse(null);
                if (filler == null || !role.coversDay(day) || overloaded.contains(role.practitioner().number() + " " + day)) {
                    continue;
                }
                while (world.staff.bookedMinutes(role.practitioner(), day) < LIMIT) {
                    if (phantom(world, role, centre, day, filler) == null) {
                        return;
                    }
                }
                world.nearMisses.add("PRACTITIONER_OVERLOAD: a practitioner billed exactly " + LIMIT + " minutes on " + day);
                return;
            }
        }
    }

    /** A claim for a patient who was not there: one unit of a service the practitioner may bill. */
    private static Claim phantom(World world, Role role, Facility centre, LocalDate day, ServiceDefinition only) {
        Person patient = SchemeSupport.freePerson(world, day, p -> true);
        ServiceDefinition service = patient == null ? null : only != null
                ? (ServiceChoice.allows(only, patient, day) ? only : null)
                : SchemeSupport.specialistService(world, patient, day, role.specialty());
        if (service == null) {
            return null;
        }
        world.staff.book(role.practitioner(), List.of(day), service.minutes());
        world.occupy(patient, day, day);
        return Billing.billOnly(world, patient, centre, role.practitioner(), day, service, 1);
    }
}
