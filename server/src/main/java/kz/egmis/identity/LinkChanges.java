package kz.egmis.identity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one linking step changed: the links of records (new or moved), what a reviewer should look at, and the
 * persons that were merged into another (their id now names the other).
 */
public final class LinkChanges {

    /**
     * A record and the person it belongs to, with the grade of the match that put it there (score 0-1), and the
     * valid IIN the record carries (null when none).
     */
    public record Link(String record, String personId, MatchGrade grade, double score, String iin) {

        /** The same record and person as a match of another grade and score. */
        public Link withGrade(MatchGrade otherGrade, double otherScore) {
            return new Link(record, personId, otherGrade, otherScore, iin);
        }
    }

    /**
     * Something for a reviewer: a {@code match} (a probable link, or a possible one not made) of {@code record} with
     * {@code otherRecord}, or an {@code iin-conflict}: {@code record}'s IIN is that of a person whose other records
     * ({@code otherRecord} the closest) disagree with it. {@code evidence} says field by field what agreed.
     */
    public record Review(String kind, String record, String otherRecord, String personId, MatchGrade grade,
                         double score, Map<String, String> evidence) {
    }

    private final Map<String, Link> links = new LinkedHashMap<>();
    private final List<Review> reviews = new ArrayList<>();
    private final Map<String, String> mergedPersons = new LinkedHashMap<>();

    void link(Link link) {
        links.put(link.record(), link);
    }

    void review(Review review) {
        reviews.add(review);
    }

    void merged(String retiredPersonId, String survivingPersonId) {
        mergedPersons.put(retiredPersonId, survivingPersonId);
        mergedPersons.replaceAll((retired, survivor) -> survivor.equals(retiredPersonId) ? survivingPersonId : survivor);
    }

    /** Adds the changes of a later step: its links replace earlier ones of the same records. */
    public void add(LinkChanges other) {
        other.links.values().forEach(this::link);
        reviews.addAll(other.reviews);
        other.mergedPersons.forEach(this::merged);
    }

    public List<Link> links() {
        return List.copyOf(links.values());
    }

    public List<Review> reviews() {
        return List.copyOf(reviews);
    }

    public Map<String, String> mergedPersons() {
        return Map.copyOf(mergedPersons);
    }
}
