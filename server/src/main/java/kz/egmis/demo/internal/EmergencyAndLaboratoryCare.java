package kz.egmis.demo.internal;

import java.time.LocalDate;
import java.util.List;

import kz.egmis.reference.CareSetting;
import kz.egmis.reference.ServiceDefinition;

/**
 * Clean ambulance calls (EMER encounters of the region's ambulance station, any day of the week, more for the old)
 * and laboratory tests billed by the region's laboratory through its own information system (claims only).
 */
final class EmergencyAndLaboratoryCare {

    /** The specialty code of laboratory physicians; a catalog without it gets no laboratory billing. */
    private static final String LABORATORY = "LAB";

    private EmergencyAndLaboratoryCare() {
    }

    static void generate(World world) {
        double years = world.settings.months() / 12.0;
        for (Person person : world.people) {
            int age = person.ageOn(world.firstDay);
            int calls = CareCalendar.poisson(world, years * (age < 5 || age >= 65 ? 0.3 : 0.08));
            for (int call = 0; call < calls; call++) {
                ambulanceCall(world, person, world.day(world.random.nextInt(world.days())));
            }
            int tests = CareCalendar.poisson(world, years * 0.4);
            for (int test = 0; test < tests; test++) {
                LocalDate day = CareCalendar.outpatientDay(world, person);
                if (day != null) {
                    laboratoryTest(world, person, day);
                }
            }
        }
    }

    private static void ambulanceCall(World world, Person person, LocalDate day) {
        Facility station = SchemeSupport.pick(world, world.facilities("EMS", person.region()));
        ServiceDefinition service = ServiceChoice.pick(world, ServiceChoice.allowed(world, CareSetting.EMS, person, day),
                s -> true);
        if (station == null || service == null || !world.isFree(person, day)) {
            return;
        }
        Staff.Booking crew = world.staff.assign(station, service, List.of(day), service.minutes());
        world.occupy(person, day, day);
        Billing.visit(world, person, station, crew.practitioner(), day, crew.startMinute(), List.of(service), "EMER");
    }

    private static void laboratoryTest(World world, Person person, LocalDate day) {
        Facility laboratory = SchemeSupport.pick(world, world.facilities("LAB", person.region()));
        ServiceDefinition test = ServiceChoice.pick(world, ServiceChoice.allowed(world, CareSetting.AMB, person, day),
                s -> s.allowsSpecialty(LABORATORY));
        if (laboratory == null || test == null) {
            return;
        }
        Staff.Booking physician = world.staff.assign(laboratory, test, List.of(day), test.minutes());
        world.occupy(person, day, day);
        Billing.billOnly(world, person, laboratory, physician.practitioner(), day, test, 1);
    }
}
