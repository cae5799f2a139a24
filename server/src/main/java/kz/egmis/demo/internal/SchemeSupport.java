package kz.egmis.demo.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import kz.egmis.reference.CareSetting;
import kz.egmis.reference.ServiceDefinition;

/** What the schemes share: finding people free on a day and facilities run on a FHIR system. */
final class SchemeSupport {

    private static final int ATTEMPTS = 5_000;

    private SchemeSupport() {
    }

    /** How many of each scheme to plant: one per 10,000 people, at least two. */
    static int perRule(World world) {
        return Math.max(2, world.settings.people() / 10_000);
    }

    /** A person alive, without care on {@code day}, and matching the condition; null when none was found. */
    static Person freePerson(World world, LocalDate day, Predicate<Person> condition) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Person person = world.randomPerson();
            if (world.isFree(person, day) && condition.test(person)) {
                return person;
            }
        }
        return null;
    }

    /** A weekday of the period, at random. */
    static LocalDate workingDay(World world) {
        while (true) {
            LocalDate day = world.day(world.random.nextInt(world.days()));
            if (day.getDayOfWeek().getValue() <= 5) {
                return day;
            }
        }
    }

    static List<Facility> fhirCentres(World world, String region) {
        return world.facilities("SPEC", region).stream()
                .filter(facility -> !facility.sourceSystem().equals(Facilities.LEGACY_SYSTEM)).toList();
    }

    static <T> T pick(World world, List<T> items) {
        return items.isEmpty() ? null : items.get(world.random.nextInt(items.size()));
    }

    /** A specialist service for the person that day, qualified for the specialty (any when null). */
    static ServiceDefinition specialistService(World world, Person person, LocalDate day, String specialty) {
        return ServiceChoice.pick(world, ServiceChoice.allowed(world, CareSetting.AMB, person, day),
                service -> specialty == null || service.allowsSpecialty(specialty));
    }

    /**
     * Runs a scheme until the rule has {@code count} planted offences (a scheme may find no fitting person or day
     * and plant nothing), at most 20 times; the near miss is planted with the first attempt only.
     */
    static void untilPlanted(World world, String rule, int count, boolean nearMiss, java.util.function.Consumer<Boolean> scheme) {
        for (int attempt = 0; attempt < 20 && planted(world, rule) < count; attempt++) {
            scheme.accept(nearMiss && attempt == 0);
        }
    }

    static long planted(World world, String rule) {
        return world.planted.stream().filter(offence -> offence.rule().equals(rule)).count();
    }

    static String region(World world) {
        return world.settings.regions().get(0);
    }
}
