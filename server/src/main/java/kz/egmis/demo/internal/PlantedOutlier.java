package kz.egmis.demo.internal;

/**
 * Padding planted on purpose that no screening rule catches, only the peer comparison: the level ({@code facility}
 * or {@code practitioner}), the metric it inflates, the subject's key (BIN or IIN) and name, and the scheme in words.
 */
public record PlantedOutlier(String level, String metric, String key, String name, String scheme) {
}
