package kz.egmis.analytics.internal;

import java.util.Arrays;
import java.util.Collection;

/**
 * Median, median absolute deviation and the Iglewicz-Hoaglin modified z-score of a value against its peers:
 * {@code 0.6745 * (value - median) / MAD}, undefined (null) when the MAD is 0, an outlier at 3.5 and over.
 *
 * @param median the peers' median
 * @param mad    the median of the peers' absolute deviations from it
 * @param count  how many peers
 */
record PeerStatistics(double median, double mad, int count) {

    static final double OUTLIER_THRESHOLD = 3.5;
    private static final double CONSISTENCY = 0.6745;

    static PeerStatistics of(Collection<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("peer statistics need at least one value");
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double median = median(sorted);
        double[] deviations = Arrays.stream(sorted).map(value -> Math.abs(value - median)).sorted().toArray();
        return new PeerStatistics(median, median(deviations), sorted.length);
    }

    /** The robust z of a value; null when the peers do not vary (MAD 0). */
    Double robustZ(double value) {
        return mad == 0 ? null : CONSISTENCY * (value - median) / mad;
    }

    static boolean isOutlier(Double robustZ) {
        return robustZ != null && robustZ >= OUTLIER_THRESHOLD;
    }

    private static double median(double[] sorted) {
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
