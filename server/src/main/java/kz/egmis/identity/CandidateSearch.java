package kz.egmis.identity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import kz.egmis.identity.PersonIndex.Entry;
import kz.egmis.identity.PersonIndex.Person;

/**
 * The persons a record may belong to: every record filed in one of its blocks compared with it (Fellegi-Sunter),
 * the best record of each person kept when it reaches the possible threshold.
 */
final class CandidateSearch {

    /** The most records one record is compared with: a block of a very common name is not read to its end. */
    static final int CANDIDATE_LIMIT = 3000;

    /** A person's best-matching record, its weight, grade and field-by-field comparison. */
    record Scored(Entry entry, double weight, MatchGrade grade, RecordComparison comparison) {
    }

    private final PersonIndex index;
    private final MatchWeights weights;
    private final MatchThresholds thresholds;

    CandidateSearch(PersonIndex index, MatchWeights weights, MatchThresholds thresholds) {
        this.index = index;
        this.weights = weights;
        this.thresholds = thresholds;
    }

    /** Every other person's best-matching record above the possible threshold, best first. */
    List<Scored> candidates(PersonRecord record) {
        if (!record.hasMatchingFields()) {
            return List.of();
        }
        Map<Person, Scored> best = new HashMap<>();
        for (Entry entry : index.candidates(record, CANDIDATE_LIMIT)) {
            boolean movable = entry.record.iin() == null && entry.grade == MatchGrade.PROBABLE;
            if (record.iin() != null && entry.person.iin != null && !movable) {
                continue; // two IINs: the IIN decides, a name never merges two IIN holders
            }
            RecordComparison comparison = RecordComparison.of(record, entry.record);
            double weight = weights.weight(comparison);
            MatchGrade grade = thresholds.grade(weight);
            Scored current = best.get(entry.person);
            if (grade != null && (current == null || current.weight() < weight)) {
                best.put(entry.person, new Scored(entry, weight, grade, comparison));
            }
        }
        List<Scored> sorted = new ArrayList<>(best.values());
        sorted.sort(Comparator.comparingDouble(Scored::weight).reversed()
                .thenComparingLong(scored -> scored.entry().person.order));
        return sorted;
    }
}
