package kz.egmis.demo;

import java.time.LocalDate;
import java.util.List;

/**
 * What region to generate: the seed (same seed and settings, same region, byte for byte), the number of people,
 * the months of care ending on {@code lastDay}, and the regions (two-digit KATO codes) the people live in.
 */
public record DemoSettings(long seed, int people, int months, LocalDate lastDay, List<String> regions) {

    public static final long DEFAULT_SEED = 2026;
    public static final int DEFAULT_PEOPLE = 50_000;
    public static final int DEFAULT_MONTHS = 6;
    /** Karaganda Region: a mid-sized region with a city, towns and villages. */
    public static final List<String> DEFAULT_REGIONS = List.of("35");

    public DemoSettings {
        if (people < 500 || people > 5_000_000) {
            throw new IllegalArgumentException("--people must be between 500 and 5000000, not " + people);
        }
        if (months < 1 || months > 36) {
            throw new IllegalArgumentException("--months must be between 1 and 36, not " + months);
        }
        if (regions == null || regions.isEmpty()) {
            throw new IllegalArgumentException("--regions needs at least one two-digit KATO region code");
        }
        regions = List.copyOf(regions);
    }

    /** The first day of care: the first day of the earliest month. */
    public LocalDate firstDay() {
        return lastDay.withDayOfMonth(1).minusMonths(months - 1L);
    }

    /** A short name for folders and messages, e.g. {@code seed-2026-people-50000-months-6-to-2026-11-21}. */
    public String name() {
        return "seed-" + seed + "-people-" + people + "-months-" + months + "-to-" + lastDay + "-regions-"
                + String.join("_", regions);
    }
}
