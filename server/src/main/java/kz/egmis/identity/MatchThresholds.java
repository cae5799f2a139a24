package kz.egmis.identity;

/**
 * Where a Fellegi-Sunter weight (log2 of the likelihood ratio) becomes a grade. Below {@code possible} two records
 * are two people and nobody is asked.
 */
public record MatchThresholds(double certain, double probable, double possible) {

    public MatchThresholds {
        if (!(certain > probable && probable > possible)) {
            throw new IllegalArgumentException("thresholds must fall: certain > probable > possible, not "
                    + certain + ", " + probable + ", " + possible);
        }
    }

    public static MatchThresholds defaults() {
        return new MatchThresholds(23, 17, 10);
    }

    /** The grade of a weight, or null below the possible threshold. */
    public MatchGrade grade(double weight) {
        return weight >= certain ? MatchGrade.CERTAIN : weight >= probable ? MatchGrade.PROBABLE
                : weight >= possible ? MatchGrade.POSSIBLE : null;
    }

    /** A 0-1 score for a weight: 0.5 at the probable threshold, rising with the likelihood ratio. */
    public double score(double weight) {
        return 1 / (1 + Math.pow(2, -(weight - probable) / 2));
    }

    /** The weight a score was made from (the inverse of {@link #score}). */
    public double weight(double score) {
        return score >= 1 ? Double.POSITIVE_INFINITY : probable + 2 * Math.log(score / (1 - score)) / Math.log(2);
    }
}
