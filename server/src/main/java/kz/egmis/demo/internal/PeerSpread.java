package kz.egmis.demo.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How far padded practitioners would stand out among the practitioners of their specialty, as the analytics peer
 * comparison measures it (robust z of the monthly median of daily minutes): the smallest over the full months of the
 * period, with the padded ones at {@code paddedMinutes}. Natural variation in a small specialty can give an ordinary
 * doctor a high z; padding is planted where it stands out further.
 */
final class PeerSpread {

    private static final double CONSISTENCY = 0.6745;

    private PeerSpread() {
    }

    static double smallestRobustZ(World world, String specialty, Set<Practitioner> padded, int paddedMinutes) {
        List<Practitioner> peers = world.staff.roles.stream().filter(role -> role.specialty().equals(specialty))
                .map(Role::practitioner).distinct().toList();
        double smallest = Double.MAX_VALUE;
        for (YearMonth month = YearMonth.from(world.firstDay.minusDays(1)).plusMonths(1);
             !month.atEndOfMonth().isAfter(world.lastDay); month = month.plusMonths(1)) {
            List<Double> medians = new ArrayList<>();
            for (Practitioner practitioner : peers) {
                if (padded.contains(practitioner)) {
                    medians.add((double) paddedMinutes);
                } else {
                    monthMedian(world, practitioner, month).ifPresent(medians::add);
                }
            }
            double center = median(medians);
            double deviation = median(medians.stream().map(value -> Math.abs(value - center)).toList());
            smallest = Math.min(smallest, deviation == 0 ? 0 : CONSISTENCY * (paddedMinutes - center) / deviation);
        }
        return smallest == Double.MAX_VALUE ? 0 : smallest;
    }

    private static java.util.Optional<Double> monthMedian(World world, Practitioner practitioner, YearMonth month) {
        List<Double> days = new ArrayList<>();
        for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
            int minutes = world.staff.bookedMinutes(practitioner, day);
            if (minutes > 0) {
                days.add((double) minutes);
            }
        }
        return days.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(median(days));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
