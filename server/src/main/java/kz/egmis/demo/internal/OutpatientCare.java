package kz.egmis.demo.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import kz.egmis.reference.CareSetting;
import kz.egmis.reference.ServiceDefinition;

/**
 * Clean outpatient care: visits to the PHC the person is attached to that day and to the specialist centres of their
 * region, at Kazakh rates per age (infants and the old most often), by a qualified practitioner with time that day.
 */
final class OutpatientCare {

    private OutpatientCare() {
    }

    static void generate(World world) {
        double years = world.settings.months() / 12.0;
        for (Person person : world.people) {
            int age = person.ageOn(world.firstDay);
            int phcVisits = CareCalendar.poisson(world, years * (age < 1 ? 6 : age < 7 ? 2.5 : age < 18 ? 1.2 : age < 40 ? 1.0 : age < 65 ? 1.6 : 3.0));
            int specialistVisits = CareCalendar.poisson(world, years * (age < 18 ? 0.5 : age < 50 ? 0.8 : 1.5));
            for (int visit = 0; visit < phcVisits; visit++) {
                LocalDate day = CareCalendar.outpatientDay(world, person);
                Facility phc = day == null ? null : world.attachedPhc(person, day);
                if (phc != null) {
                    visit(world, person, phc, day, CareSetting.PHC);
                }
            }
            List<Facility> centres = world.facilities("SPEC", person.region());
            for (int visit = 0; visit < specialistVisits; visit++) {
                LocalDate day = CareCalendar.outpatientDay(world, person);
                if (day != null) {
                    visit(world, person, centres.get(world.random.nextInt(centres.size())), day, CareSetting.AMB);
                }
            }
        }
    }

    /** One visit with one service, sometimes a second one the same practitioner may perform. */
    static List<Claim> visit(World world, Person person, Facility facility, LocalDate day, CareSetting setting) {
        List<ServiceDefinition> allowed = ServiceChoice.allowed(world, setting, person, day);
        ServiceDefinition first = ServiceChoice.pick(world, allowed, service -> true);
        if (first == null) {
            return List.of();
        }
        Staff.Booking booking = world.staff.assign(facility, first, List.of(day), first.minutes());
        List<ServiceDefinition> services = new ArrayList<>(List.of(first));
        if (world.random.nextInt(5) == 0) {
            ServiceDefinition second = ServiceChoice.pick(world, allowed,
                    service -> service != first && service.allowsSpecialty(booking.role().specialty()));
            if (second != null && world.staff.hasTime(booking.practitioner(), List.of(day), second.minutes(),
                    Staff.REGULAR_DAY_MINUTES)) {
                world.staff.book(booking.practitioner(), List.of(day), second.minutes());
                services.add(second);
            }
        }
        world.occupy(person, day, day);
        return Billing.visit(world, person, facility, booking.practitioner(), day, booking.startMinute(), services);
    }
}
