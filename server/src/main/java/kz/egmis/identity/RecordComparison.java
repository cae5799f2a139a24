package kz.egmis.identity;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The agreement level of every {@link MatchField} between two person records. Names compare by Jaro-Winkler on
 * their normalised stems: at least {@value #AGREE} agrees, at least {@value #CLOSE} is close.
 */
public final class RecordComparison {

    public static final double AGREE = 0.94;
    public static final double CLOSE = 0.85;

    private final int[] levels = new int[MatchField.values().length];

    private RecordComparison() {
    }

    public static RecordComparison of(PersonRecord first, PersonRecord second) {
        RecordComparison comparison = new RecordComparison();
        int[] levels = comparison.levels;
        if (first.name().isEmpty() || second.name().isEmpty()) {
            levels[MatchField.SURNAME.ordinal()] = MatchField.MISSING;
            levels[MatchField.GIVEN_NAME.ordinal()] = MatchField.MISSING;
            levels[MatchField.PATRONYMIC.ordinal()] = MatchField.MISSING;
        } else {
            NameSimilarity names = NameSimilarity.of(first.name(), second.name());
            levels[MatchField.SURNAME.ordinal()] = nameLevel(names.surname());
            levels[MatchField.GIVEN_NAME.ordinal()] = nameLevel(names.given());
            levels[MatchField.PATRONYMIC.ordinal()] = names.patronymic() < 0 ? MatchField.MISSING
                    : names.patronymic() >= AGREE ? 0 : 1;
        }
        levels[MatchField.BIRTH_DATE.ordinal()] = birthDateLevel(first.birthDate(), second.birthDate());
        levels[MatchField.SEX.ordinal()] = first.sex() == null || second.sex() == null ? MatchField.MISSING
                : first.sex() == second.sex() ? 0 : 1;
        levels[MatchField.REGION.ordinal()] = first.region() == null || second.region() == null ? MatchField.MISSING
                : first.region().equals(second.region()) ? 0 : 1;
        return comparison;
    }

    public int level(MatchField field) {
        return levels[field.ordinal()];
    }

    /** For a reviewer: each field and its level in words ({@code agree}, {@code close}, {@code missing}, ...). */
    public Map<String, String> describe() {
        Map<String, String> described = new LinkedHashMap<>();
        for (MatchField field : MatchField.values()) {
            described.put(field.name().toLowerCase(java.util.Locale.ROOT), field.describe(levels[field.ordinal()]));
        }
        return described;
    }

    private static int nameLevel(double similarity) {
        return similarity >= AGREE ? 0 : similarity >= CLOSE ? 1 : 2;
    }

    /**
     * "One part differs": what a typing error does to a birth date: one digit of YYYYMMDD wrong, two neighbouring
     * digits swapped, day and month swapped, or a day off by one.
     */
    static int birthDateLevel(LocalDate first, LocalDate second) {
        if (first == null || second == null) {
            return MatchField.MISSING;
        }
        if (first.equals(second)) {
            return 0;
        }
        String a = first.toString().replace("-", "");
        String b = second.toString().replace("-", "");
        int differing = 0;
        for (int i = 0; i < a.length(); i++) {
            differing += a.charAt(i) != b.charAt(i) ? 1 : 0;
        }
        boolean neighboursSwapped = false;
        for (int i = 0; i + 1 < a.length(); i++) {
            neighboursSwapped |= differing == 2 && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.charAt(i) != a.charAt(i + 1);
        }
        boolean dayAndMonthSwapped = first.getYear() == second.getYear()
                && first.getMonthValue() == second.getDayOfMonth() && first.getDayOfMonth() == second.getMonthValue();
        boolean offByADay = Math.abs(first.toEpochDay() - second.toEpochDay()) == 1;
        return differing == 1 || neighboursSwapped || dayAndMonthSwapped || offByADay ? 1 : 2;
    }
}
