package kz.egmis.demo.internal;

import java.time.LocalDate;

import kz.egmis.identity.Sex;

/**
 * The people of the region: a Kazakh age pyramid (young: about 29 % under 15, 8 % over 64), slightly more women at
 * old ages, and deaths during the period at the rates of each age.
 */
final class Population {

    /** Share of the population per five-year band from 0-4 to 90+, in per mille. */
    private static final int[] AGE_BANDS = {105, 100, 85, 70, 65, 70, 80, 75, 65, 55, 50, 50, 45, 35, 22, 12, 8, 4, 2};
    private static final int AGE_BAND_TOTAL = java.util.Arrays.stream(AGE_BANDS).sum();

    private Population() {
    }

    static void populate(World world) {
        for (int number = 0; number < world.settings.people(); number++) {
            String region = world.settings.regions().get(number % world.settings.regions().size());
            int age = randomAge(world);
            Sex sex = world.random.nextInt(100) < (age >= 70 ? 62 : 49) ? Sex.FEMALE : Sex.MALE;
            LocalDate birth = world.lastDay.minusYears(age).minusDays(world.random.nextInt(365));
            Names.FullName name = Names.random(world.random, sex);
            Person person = new Person(number, world.numbers.person(birth, sex), name.family(), name.given(),
                    name.patronymic(), region, null);
            world.people.add(diesDuringThePeriod(world, person) ? withDeath(world, person) : person);
        }
    }

    private static int randomAge(World world) {
        int pick = world.random.nextInt(AGE_BAND_TOTAL);
        for (int band = 0; band < AGE_BANDS.length; band++) {
            pick -= AGE_BANDS[band];
            if (pick < 0) {
                return band * 5 + world.random.nextInt(5);
            }
        }
        throw new IllegalStateException("age bands do not add up");
    }

    private static boolean diesDuringThePeriod(World world, Person person) {
        int age = person.ageOn(world.firstDay);
        double perYear = age < 1 ? 0.008 : age < 40 ? 0.0015 : age < 60 ? 0.006 : age < 70 ? 0.018 : age < 80 ? 0.045 : 0.12;
        return world.random.nextDouble() < perYear * world.settings.months() / 12.0;
    }

    private static Person withDeath(World world, Person person) {
        LocalDate from = person.birthDate().isAfter(world.firstDay) ? person.birthDate() : world.firstDay;
        int span = (int) java.time.temporal.ChronoUnit.DAYS.between(from, world.lastDay.minusDays(1));
        if (span < 1) {
            return person;
        }
        Person dead = person.diedOn(from.plusDays(world.random.nextInt(span)));
        if (world.random.nextInt(10) < 3) {
            world.deathsOnPatientRecord.add(dead);
        }
        return dead;
    }
}
