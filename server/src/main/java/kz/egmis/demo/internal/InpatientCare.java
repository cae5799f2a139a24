package kz.egmis.demo.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import kz.egmis.reference.CareSetting;
import kz.egmis.reference.ServiceDefinition;

/**
 * Clean hospital stays: at most one per person in the period, at a hospital of their region, billed as one bed-day
 * per night (the cheapest short inpatient service the catalog allows the patient) and sometimes one procedure.
 */
final class InpatientCare {

    private InpatientCare() {
    }

    static void generate(World world) {
        double years = world.settings.months() / 12.0;
        for (Person person : world.people) {
            int age = person.ageOn(world.firstDay);
            double perYear = age < 1 ? 0.15 : age < 18 ? 0.04 : age < 60 ? 0.05 : 0.15;
            if (CareCalendar.poisson(world, perYear * years) == 0) {
                continue;
            }
            int length = 2 + world.random.nextInt(9);
            LocalDate start = world.day(world.random.nextInt(Math.max(1, world.days() - length)));
            LocalDate end = start.plusDays(length);
            if (!end.isAfter(world.lastDay) && world.isFree(person, start, end)) {
                List<Facility> hospitals = world.facilities("HOSP", person.region());
                stay(world, person, hospitals.get(world.random.nextInt(hospitals.size())), start, end,
                        world.random.nextInt(10) < 4);
            }
        }
    }

    /** A stay from {@code start} to {@code end} (days), with or without a procedure; null when the catalog has no bed-day for the patient. */
    static Encounter stay(World world, Person person, Facility hospital, LocalDate start, LocalDate end, boolean procedure) {
        // allowed on the last day too: a birthday during the stay must not make a bed-day age-impossible
        List<ServiceDefinition> allowed = ServiceChoice.allowed(world, CareSetting.IMP, person, start).stream()
                .filter(service -> ServiceChoice.allows(service, person, end)).toList();
        ServiceDefinition bedDay = allowed.stream().filter(service -> service.minutes() <= 60)
                .min(Comparator.comparing(ServiceDefinition::priceKzt)).orElse(null);
        if (bedDay == null || !end.isAfter(start)) {
            return null;
        }
        List<LocalDate> nights = start.datesUntil(end).toList();
        Staff.Booking attending = world.staff.assign(hospital, bedDay, nights, bedDay.minutes());
        List<Practitioner> careTeam = new ArrayList<>(List.of(attending.practitioner()));
        List<Claim.Item> items = new ArrayList<>();
        nights.forEach(night -> items.add(new Claim.Item(bedDay, night, 1, 0)));
        ServiceDefinition operation = procedure ? ServiceChoice.pick(world, allowed,
                service -> service != bedDay && service.priceKzt().compareTo(bedDay.priceKzt()) > 0) : null;
        if (operation != null) {
            LocalDate day = start.plusDays(1);
            Staff.Booking surgeon = world.staff.assign(hospital, operation, List.of(day), operation.minutes());
            if (!careTeam.contains(surgeon.practitioner())) {
                careTeam.add(surgeon.practitioner());
            }
            items.add(new Claim.Item(operation, day, 1, careTeam.indexOf(surgeon.practitioner())));
        }
        String diagnosis = Billing.diagnosis(world, CareSetting.IMP);
        Encounter encounter = new Encounter(hospital.sourceSystem(), world.nextId("stay"), "IMP", person, hospital,
                attending.practitioner(), start.atTime(10, 0).plusMinutes(world.random.nextInt(180)),
                end.atTime(10, 0).plusMinutes(world.random.nextInt(240)), diagnosis);
        world.encounters.add(encounter);
        world.claims.add(new Claim(hospital.sourceSystem(), world.nextId("cl"), person, hospital, careTeam,
                Billing.funding(world, CareSetting.IMP), diagnosis, items, encounter, false));
        world.occupy(person, start, end);
        return encounter;
    }
}
