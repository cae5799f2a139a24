package kz.egmis.analytics.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares each subject (a facility or a practitioner, in one month, on one metric) with its peers: those of its
 * local group (same type or specialty, same region), or, when that group has fewer than {@link #MINIMUM_PEERS}
 * members (the subject counted), those of its national group (same type or specialty). A subject belongs to its own
 * peer group, as in the Iglewicz-Hoaglin score.
 */
final class PeerComparison {

    static final int MINIMUM_PEERS = 5;

    /** A subject's value and the groups it belongs to. */
    record Subject(String key, String localGroup, String nationalGroup, double value) {
    }

    /** A subject compared: its peers' median and count, and its robust z (null when the peers do not vary). */
    record Compared(Subject subject, double peerMedian, int peerCount, boolean national, Double robustZ) {

        boolean isOutlier() {
            return PeerStatistics.isOutlier(robustZ);
        }
    }

    private PeerComparison() {
    }

    static List<Compared> compare(List<Subject> subjects) {
        Map<String, List<Double>> local = new HashMap<>();
        Map<String, List<Double>> national = new HashMap<>();
        for (Subject subject : subjects) {
            local.computeIfAbsent(subject.localGroup(), group -> new ArrayList<>()).add(subject.value());
            national.computeIfAbsent(subject.nationalGroup(), group -> new ArrayList<>()).add(subject.value());
        }
        Map<String, PeerStatistics> localStatistics = statistics(local);
        Map<String, PeerStatistics> nationalStatistics = statistics(national);
        List<Compared> compared = new ArrayList<>(subjects.size());
        for (Subject subject : subjects) {
            PeerStatistics peers = localStatistics.get(subject.localGroup());
            boolean fallback = peers.count() < MINIMUM_PEERS;
            if (fallback) {
                peers = nationalStatistics.get(subject.nationalGroup());
            }
            compared.add(new Compared(subject, peers.median(), peers.count(), fallback, peers.robustZ(subject.value())));
        }
        return compared;
    }

    private static Map<String, PeerStatistics> statistics(Map<String, List<Double>> groups) {
        Map<String, PeerStatistics> statistics = new HashMap<>();
        groups.forEach((group, values) -> statistics.put(group, PeerStatistics.of(values)));
        return statistics;
    }
}
