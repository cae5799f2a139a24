package kz.egmis.demo.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * When care happens: more in winter (respiratory season) than in summer, on weekdays, a little on Saturdays, never on
 * Sundays, and only on days the person is alive and has no other care.
 */
final class CareCalendar {

    /** Relative demand per month, January first. */
    private static final int[] SEASON = {125, 120, 110, 100, 90, 80, 75, 80, 95, 105, 115, 120};
    private static final int ATTEMPTS = 30;

    private CareCalendar() {
    }

    /** A free working day for the person in the period, or null when none was found. */
    static LocalDate outpatientDay(World world, Person person) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            LocalDate day = world.day(world.random.nextInt(world.days()));
            if (world.isFree(person, day) && busyEnough(world, day)) {
                return day;
            }
        }
        return null;
    }

    /** Seasonal and weekly demand: whether a day drawn at random is kept. */
    static boolean busyEnough(World world, LocalDate day) {
        if (day.getDayOfWeek() == DayOfWeek.SUNDAY
                || day.getDayOfWeek() == DayOfWeek.SATURDAY && world.random.nextInt(10) >= 3) {
            return false;
        }
        return world.random.nextInt(125) < SEASON[day.getMonthValue() - 1];
    }

    /** Poisson-distributed count with the given mean (Knuth's method: means here are small). */
    static int poisson(World world, double mean) {
        double limit = Math.exp(-mean);
        double product = world.random.nextDouble();
        int count = 0;
        while (product > limit) {
            count++;
            product *= world.random.nextDouble();
        }
        return count;
    }
}
