package kz.egmis.demo.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import kz.egmis.reference.CareSetting;
import kz.egmis.reference.ServiceDefinition;

/**
 * Schemes of padded billing, modelled on what the 2026 audit of the fund found: services billed after death,
 * double submissions, sex- and age-impossible services, services by practitioners not qualified for them, and PHC
 * visits billed for people attached elsewhere. Each also plants a clean case on the rule's very edge.
 */
final class BillingSchemes {

    private BillingSchemes() {
    }

    static void plant(World world) {
        List<Claim> background = List.copyOf(world.claims);
        Set<Claim> resubmitted = new HashSet<>();
        for (int i = 0; i < SchemeSupport.perRule(world); i++) {
            List<Person> dead = world.diedEarlyInPeriod;
            if (i + 1 < dead.size()) {
                servicesAfterDeath(world, dead.get(i), i == 0 ? dead.get(dead.size() - 1) : null);
            }
            int count = i + 1;
            SchemeSupport.untilPlanted(world, "DUPLICATE_BILLING", count, i == 0,
                    nearMiss -> doubleSubmission(world, background, resubmitted, nearMiss));
            SchemeSupport.untilPlanted(world, "SEX_AGE_MISMATCH", count, i == 0, nearMiss -> impossibleForSexOrAge(world, nearMiss));
            SchemeSupport.untilPlanted(world, "SPECIALTY_MISMATCH", count, i == 0, nearMiss -> unqualifiedPractitioner(world, nearMiss));
            SchemeSupport.untilPlanted(world, "UNATTACHED_PHC_BILLING", count, i == 0, nearMiss -> unattachedPhcVisit(world, nearMiss));
        }
    }

    /** A specialist service billed days after the patient died; near miss: one billed on the death day itself. */
    private static void servicesAfterDeath(World world, Person person, Person nearMiss) {
        int after = 1 + world.random.nextInt((int) Math.min(45, world.lastDay.toEpochDay() - person.deathDay().toEpochDay() - 1));
        Claim claim = specialistBill(world, person, person.deathDay().plusDays(after), null);
        if (claim != null) {
            world.planted.add(Offences.ofClaim("DECEASED_SERVICE", claim, "billed " + after + " days after the death on "
                    + person.deathDay()));
        }
        if (nearMiss != null && world.isFree(nearMiss, nearMiss.deathDay())
                && specialistBill(world, nearMiss, nearMiss.deathDay(), null) != null) {
            world.nearMisses.add("DECEASED_SERVICE: a service on the death day itself (" + nearMiss.deathDay() + ") is allowed");
        }
    }

    /** The same visit billed again under a second claim; near miss: a service billed exactly max_per_day times. */
    private static void doubleSubmission(World world, List<Claim> background, Set<Claim> resubmitted, boolean withNearMiss) {
        List<Claim> candidates = background.stream().filter(c -> c.provider().type().equals("SPEC") && c.items().size() == 1
                && c.items().get(0).service().maxPerDay() == 1 && !resubmitted.contains(c)).toList();
        Claim original = SchemeSupport.pick(world, candidates);
        if (original == null) {
            return;
        }
        resubmitted.add(original);
        Claim.Item item = original.items().get(0);
        Practitioner practitioner = original.careTeam().get(0);
        world.staff.book(practitioner, List.of(item.day()), item.minutes());
        Claim copy = Billing.billOnly(world, original.patient(), original.provider(), practitioner, item.day(), item.service(), 1);
        world.planted.add(new PlantedOffence("DUPLICATE_BILLING", copy.patient().iin().value(), null,
                copy.provider().bin().value(), item.day().toString(), item.service().code(), null, null,
                List.of(original.reference(), copy.reference()), "billed twice: " + original.reference() + " and "
                + copy.reference()));
        if (withNearMiss) {
            LocalDate day = SchemeSupport.workingDay(world);
            Person person = SchemeSupport.freePerson(world, day, p -> true);
            ServiceDefinition service = person == null ? null : ServiceChoice.pick(world,
                    ServiceChoice.allowed(world, CareSetting.AMB, person, day), s -> s.maxPerDay() >= 2);
            Facility centre = SchemeSupport.pick(world, world.facilities("SPEC", person == null ? null : person.region()));
            if (service != null) {
                Staff.Booking booking = world.staff.assign(centre, service, List.of(day), service.minutes() * service.maxPerDay());
                Billing.billOnly(world, person, centre, booking.practitioner(), day, service, service.maxPerDay() - 1);
                Billing.billOnly(world, person, centre, booking.practitioner(), day, service, 1);
                world.occupy(person, day, day);
                world.nearMisses.add("DUPLICATE_BILLING: " + service.code() + " billed exactly max_per_day ("
                        + service.maxPerDay() + ") times in two claims on " + day);
            }
        }
    }

    /** A sex-restricted service for the other sex; near miss: an age-limited service on the last day of the age. */
    private static void impossibleForSexOrAge(World world, boolean withNearMiss) {
        List<ServiceDefinition> restricted = world.catalog.services().stream()
                .filter(s -> s.setting() == CareSetting.AMB && s.sex() != kz.egmis.reference.AllowedSex.ANY).toList();
        ServiceDefinition service = SchemeSupport.pick(world, restricted);
        LocalDate day = SchemeSupport.workingDay(world);
        Person person = service == null ? null : SchemeSupport.freePerson(world, day,
                p -> service.allowsAge(p.ageOn(day)) && !ServiceChoice.allows(service, p, day));
        if (person != null) {
            Claim claim = billAt(world, person, day, service);
            world.planted.add(Offences.ofClaim("SEX_AGE_MISMATCH", claim, service.code() + " (" + service.nameEn()
                    + ", sex " + service.sex().letter() + ") billed for a " + person.sex().fhirCode() + " patient"));
        }
        if (withNearMiss) {
            ageEdge(world);
        }
    }

    private static void ageEdge(World world) {
        for (ServiceDefinition service : world.catalog.services()) {
            if (service.setting() != CareSetting.AMB || service.ageMax() >= 100) {
                continue;
            }
            for (int attempt = 0; attempt < 5_000; attempt++) {
                Person person = world.randomPerson();
                LocalDate lastDayOfAge = person.birthDate().plusYears(service.ageMax() + 1L).minusDays(1);
                if (!lastDayOfAge.isBefore(world.firstDay) && !lastDayOfAge.isAfter(world.lastDay)
                        && world.isFree(person, lastDayOfAge) && ServiceChoice.allows(service, person, lastDayOfAge)) {
                    billAt(world, person, lastDayOfAge, service);
                    world.nearMisses.add("SEX_AGE_MISMATCH: " + service.code() + " (ages " + service.ageMin() + "-"
                            + service.ageMax() + ") on the patient's last day aged " + service.ageMax());
                    return;
                }
            }
        }
    }

    /** A service billed by a practitioner whose specialty does not allow it; near miss: on the last day of a role. */
    private static void unqualifiedPractitioner(World world, boolean withNearMiss) {
        Facility centre = SchemeSupport.pick(world, world.facilities("SPEC", SchemeSupport.region(world)));
        Role role = SchemeSupport.pick(world, world.staff.rolesAt(centre));
        LocalDate day = SchemeSupport.workingDay(world);
        Person person = role == null ? null : SchemeSupport.freePerson(world, day, p -> true);
        ServiceDefinition service = person == null ? null : ServiceChoice.pick(world,
                ServiceChoice.allowed(world, CareSetting.AMB, person, day), s -> !s.allowsSpecialty(role.specialty()));
        if (service != null && role.coversDay(day)) {
            world.staff.book(role.practitioner(), List.of(day), service.minutes());
            world.occupy(person, day, day);
            Claim claim = Billing.billOnly(world, person, centre, role.practitioner(), day, service, 1);
            PlantedOffence offence = Offences.ofClaim("SPECIALTY_MISMATCH", claim, service.code() + " requires "
                    + service.specialties() + ", billed by a practitioner employed as " + role.specialty());
            world.planted.add(new PlantedOffence(offence.rule(), offence.patientIin(), role.practitioner().iin().value(),
                    offence.organizationBin(), offence.day(), offence.serviceCode(), null, null, offence.claimIds(),
                    offence.scheme()));
        }
        if (withNearMiss && service != null) {
            LocalDate lastDay = SchemeSupport.workingDay(world);
            Person patient = SchemeSupport.freePerson(world, lastDay, p -> ServiceChoice.allows(service, p, lastDay));
            if (patient != null) {
                List<String> specialties = new ArrayList<>(service.specialties());
                Role leaving = world.staff.hire(centre, specialties.get(0), lastDay);
                world.staff.book(leaving.practitioner(), List.of(lastDay), service.minutes());
                world.occupy(patient, lastDay, lastDay);
                Billing.billOnly(world, patient, centre, leaving.practitioner(), lastDay, service, 1);
                world.nearMisses.add("SPECIALTY_MISMATCH: " + service.code() + " on the last day of the role (" + lastDay + ")");
            }
        }
    }

    /** A PHC visit billed by a PHC the patient is not attached to; near miss: on the first day of a new attachment. */
    private static void unattachedPhcVisit(World world, boolean withNearMiss) {
        LocalDate day = SchemeSupport.workingDay(world);
        Person person = SchemeSupport.freePerson(world, day, p -> world.attachedPhc(p, day) != null);
        if (person == null) {
            return;
        }
        Facility attached = world.attachedPhc(person, day);
        List<Facility> others = world.facilities("PHC", person.region()).stream().filter(f -> f != attached).toList();
        List<Claim> claims = OutpatientCare.visit(world, person, SchemeSupport.pick(world, others), day, CareSetting.PHC);
        if (!claims.isEmpty()) {
            world.planted.add(Offences.ofClaim("UNATTACHED_PHC_BILLING", claims.get(0), "PHC visit billed by "
                    + claims.get(0).provider().name() + "; the patient is attached to " + attached.name()));
        }
        if (withNearMiss) {
            Set<Integer> seen = new HashSet<>();
            for (Attachment attachment : world.attachments) {
                Person mover = attachment.person();
                if (!seen.add(mover.number()) && world.isFree(mover, attachment.start())) {
                    OutpatientCare.visit(world, mover, attachment.facility(), attachment.start(), CareSetting.PHC);
                    world.nearMisses.add("UNATTACHED_PHC_BILLING: a PHC visit on the first day of a new attachment ("
                            + attachment.start() + ")");
                    return;
                }
            }
        }
    }

    private static Claim specialistBill(World world, Person person, LocalDate day, String specialty) {
        ServiceDefinition service = SchemeSupport.specialistService(world, person, day, specialty);
        return service == null ? null : billAt(world, person, day, service);
    }

    /** Bills one unit of the service at a specialist centre of the person's region, by a qualified practitioner. */
    private static Claim billAt(World world, Person person, LocalDate day, ServiceDefinition service) {
        Facility centre = SchemeSupport.pick(world, world.facilities("SPEC", person.region()));
        Staff.Booking booking = world.staff.assign(centre, service, List.of(day), service.minutes());
        world.occupy(person, day, day);
        return Billing.billOnly(world, person, centre, booking.practitioner(), day, service, 1);
    }
}
