package kz.egmis.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Fellegi-Sunter agreement weights: for every field and level, m (the chance of that level when two records are the
 * same person) and u (when they are two people); a pair's weight is the sum over fields of log2(m/u). They are
 * estimated from the records that carry an IIN ({@link #estimate}): pairs sharing an IIN are true pairs, random
 * pairs of different IINs are non-pairs (m of birth date and sex stays the default: a record's IIN forces both).
 * Too few IIN pairs: the {@link #defaults()} are used.
 */
public final class MatchWeights {

    /** Fewer true pairs than this and an estimate would be noise. */
    public static final int MINIMUM_PAIRS = 200;
    private static final int MAXIMUM_PAIRS = 50_000;

    private final double[][] m;
    private final double[][] u;
    private final double[][] weights;
    private final String origin;

    public MatchWeights(double[][] m, double[][] u, String origin) {
        this.m = m;
        this.u = u;
        this.origin = origin;
        this.weights = new double[m.length][];
        for (int field = 0; field < m.length; field++) {
            weights[field] = new double[m[field].length];
            for (int level = 0; level < m[field].length; level++) {
                weights[field][level] = Math.log(m[field][level] / u[field][level]) / Math.log(2);
            }
        }
    }

    /** Defaults from the literature on population registers, used until there are enough IIN pairs. */
    public static MatchWeights defaults() {
        double[][] m = {{0.90, 0.07, 0.03}, {0.92, 0.05, 0.03}, {0.95, 0.05}, {0.93, 0.065, 0.005}, {0.99, 0.01},
                {0.90, 0.10}};
        double[][] u = {{0.004, 0.02, 0.976}, {0.015, 0.04, 0.945}, {0.03, 0.97}, {0.00005, 0.0015, 0.99845},
                {0.5, 0.5}, {0.06, 0.94}};
        return new MatchWeights(m, u, "defaults");
    }

    /**
     * Estimates m from the pairs of records that share an IIN, u from random pairs of records with different IINs;
     * add-one smoothing keeps every weight finite. Deterministic (a fixed seed).
     */
    public static MatchWeights estimate(Collection<PersonRecord> records) {
        Map<Iin, List<PersonRecord>> byIin = new LinkedHashMap<>();
        List<PersonRecord> withIin = new ArrayList<>();
        for (PersonRecord record : records) {
            if (record.iin() != null && record.hasMatchingFields()) {
                byIin.computeIfAbsent(record.iin(), iin -> new ArrayList<>()).add(record);
                withIin.add(record);
            }
        }
        double[][] matches = counts();
        int truePairs = 0;
        for (List<PersonRecord> group : byIin.values()) {
            for (int i = 0; i < group.size() && truePairs < MAXIMUM_PAIRS; i++) {
                for (int j = i + 1; j < group.size() && truePairs < MAXIMUM_PAIRS; j++) {
                    count(matches, RecordComparison.of(group.get(i), group.get(j)));
                    truePairs++;
                }
            }
        }
        if (truePairs < MINIMUM_PAIRS) {
            return defaults();
        }
        double[][] nonMatches = counts();
        Random random = new Random(20_260_415L);
        for (int pairs = 0, tries = 0; pairs < MAXIMUM_PAIRS && tries < 4 * MAXIMUM_PAIRS; tries++) {
            PersonRecord first = withIin.get(random.nextInt(withIin.size()));
            PersonRecord second = withIin.get(random.nextInt(withIin.size()));
            if (!first.iin().equals(second.iin())) {
                count(nonMatches, RecordComparison.of(first, second));
                pairs++;
            }
        }
        double[][] m = probabilities(matches);
        // Ingestion refuses a record whose birth date or sex disagrees with its IIN, so IIN-linked pairs never show
        // how often these two fields differ for one person: their m stays the default.
        MatchWeights defaults = defaults();
        m[MatchField.BIRTH_DATE.ordinal()] = defaults.m[MatchField.BIRTH_DATE.ordinal()].clone();
        m[MatchField.SEX.ordinal()] = defaults.m[MatchField.SEX.ordinal()].clone();
        return new MatchWeights(m, probabilities(nonMatches), "estimated from " + truePairs + " IIN-linked pairs");
    }

    /** The sum of the weights of a comparison's levels; missing fields add nothing. */
    public double weight(RecordComparison comparison) {
        double total = 0;
        for (MatchField field : MatchField.values()) {
            int level = comparison.level(field);
            if (level != MatchField.MISSING) {
                total += weights[field.ordinal()][level];
            }
        }
        return total;
    }

    public double weight(MatchField field, int level) {
        return weights[field.ordinal()][level];
    }

    public double m(MatchField field, int level) {
        return m[field.ordinal()][level];
    }

    public double u(MatchField field, int level) {
        return u[field.ordinal()][level];
    }

    /** Where the weights came from: {@code defaults} or the number of IIN pairs they were estimated from. */
    public String origin() {
        return origin;
    }

    private static double[][] counts() {
        double[][] counts = new double[MatchField.values().length][];
        for (MatchField field : MatchField.values()) {
            counts[field.ordinal()] = new double[field.levels()];
            java.util.Arrays.fill(counts[field.ordinal()], 1); // add-one smoothing
        }
        return counts;
    }

    private static void count(double[][] counts, RecordComparison comparison) {
        for (MatchField field : MatchField.values()) {
            int level = comparison.level(field);
            if (level != MatchField.MISSING) {
                counts[field.ordinal()][level]++;
            }
        }
    }

    private static double[][] probabilities(double[][] counts) {
        double[][] probabilities = new double[counts.length][];
        for (int field = 0; field < counts.length; field++) {
            double total = java.util.Arrays.stream(counts[field]).sum();
            probabilities[field] = java.util.Arrays.stream(counts[field]).map(count -> count / total).toArray();
        }
        return probabilities;
    }
}
