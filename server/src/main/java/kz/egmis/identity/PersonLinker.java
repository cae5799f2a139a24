package kz.egmis.identity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import kz.egmis.identity.CandidateSearch.Scored;
import kz.egmis.identity.PersonIndex.Entry;
import kz.egmis.identity.PersonIndex.Person;

/**
 * The person registry's logic, in memory (standard, section 8). A record with an IIN belongs to the person of that
 * IIN, conflicts listed; a record without one goes to the person whose record it matches best (Fellegi-Sunter,
 * {@link MatchWeights}, {@link MatchThresholds}), compared only within its {@link BlockingKeys blocks}. Two persons
 * with different IINs are never merged, and a reviewer's decisions ({@link ReviewDecisions}) bind every later step.
 * Not thread-safe: one caller at a time.
 */
public final class PersonLinker {

    private final MatchWeights weights;
    private final MatchThresholds thresholds;
    private final Supplier<String> newPersonId;
    private final PersonIndex index = new PersonIndex();
    private final ReviewDecisions decisions = new ReviewDecisions();
    private final IinConflicts conflicts = new IinConflicts();
    private final CandidateSearch search;

    public PersonLinker(MatchWeights weights, MatchThresholds thresholds, Supplier<String> newPersonId) {
        this.weights = weights;
        this.thresholds = thresholds;
        this.newPersonId = newPersonId;
        this.search = new CandidateSearch(index, weights, thresholds);
    }

    /** Puts back a link made before (a restart), without matching. */
    public void restore(PersonRecord record, String personId, MatchGrade grade, double score) {
        Person person = index.persons.get(personId);
        Entry entry = index.attach(record, person == null ? index.newPerson(personId) : person, grade, score);
        if (grade == MatchGrade.PROBABLE) {
            entry.weight = thresholds.weight(score);
        }
    }

    /** Links a new record, or a new version of one, and says what changed. */
    public LinkChanges link(PersonRecord record) {
        LinkChanges changes = new LinkChanges();
        Entry previous = index.records.get(record.record());
        String freedId = previous == null ? null : index.detach(previous);
        List<Scored> candidates = search.candidates(record);
        if (record.iin() != null) {
            linkByIin(record, candidates, freedId, changes);
        } else {
            linkByMatch(record, candidates, freedId, changes);
        }
        return changes;
    }

    private void linkByIin(PersonRecord record, List<Scored> candidates, String freedId, LinkChanges changes) {
        Person person = index.byIin.get(record.iin());
        if (person == null) {
            person = candidates.stream().filter(scored -> scored.grade() == MatchGrade.CERTAIN
                    && scored.entry().person.iin == null && decisions.mayJoin(record, scored.entry().person))
                    .map(scored -> scored.entry().person).findFirst().orElse(null);
        }
        if (person == null) {
            person = index.newPerson(freedId != null ? freedId : newPersonId.get());
        }
        conflicts.check(record, person, changes);
        changes.link(index.attach(record, person, MatchGrade.CERTAIN, 1).link());
        for (Scored scored : candidates) {
            Person other = scored.entry().person;
            if (other == person || !index.persons.containsKey(other.id)) {
                continue;
            }
            if (other.iin != null) {
                moveIfBetter(record, scored, person, changes);
                continue;
            }
            if (scored.grade().links() && decisions.mayMerge(person, other)) {
                index.merge(other, person, changes);
                mark(record, scored, changes);
            } else {
                review(record, scored, person.id, changes);
            }
        }
    }

    private void linkByMatch(PersonRecord record, List<Scored> candidates, String freedId, LinkChanges changes) {
        Optional<Person> decided = decisions.linkedPerson(record, index);
        Scored best = candidates.stream().filter(scored -> decisions.mayJoin(record, scored.entry().person))
                .findFirst().orElse(null);
        Person person;
        MatchGrade grade = MatchGrade.CERTAIN;
        double score = 1;
        if (decided.isPresent()) {
            person = decided.get();
        } else if (best != null && best.grade().links()) {
            person = best.entry().person;
            grade = best.grade();
            score = thresholds.score(best.weight());
        } else {
            person = index.newPerson(freedId != null ? freedId : newPersonId.get());
        }
        Entry entry = index.attach(record, person, grade, score);
        if (grade == MatchGrade.PROBABLE && decided.isEmpty()) {
            entry.weight = best.weight();
        }
        changes.link(entry.link());
        for (Scored scored : candidates) {
            boolean thePersonsBest = scored == best && person == scored.entry().person;
            if (scored.grade() == MatchGrade.CERTAIN && thePersonsBest) {
                continue;
            }
            review(record, scored, person.id, changes);
        }
    }

    /**
     * A record without IIN linked as probable to another IIN holder moves here when it matches this IIN's record
     * better: the earlier link was the best then, not now.
     */
    private void moveIfBetter(PersonRecord record, Scored scored, Person person, LinkChanges changes) {
        Entry entry = scored.entry();
        if (scored.grade().links() && scored.weight() > entry.weight && decisions.mayJoin(entry.record, person)) {
            index.detach(entry);
            Entry moved = index.attach(entry.record, person, scored.grade(), thresholds.score(scored.weight()));
            moved.weight = scored.grade() == MatchGrade.CERTAIN ? Double.POSITIVE_INFINITY : scored.weight();
            changes.link(moved.link());
            mark(record, new Scored(moved, scored.weight(), scored.grade(), scored.comparison()), changes);
        }
    }

    /** A probable link made, or a possible one not made: the reviewer sees the pair and what agreed. */
    private void review(PersonRecord record, Scored scored, String personId, LinkChanges changes) {
        boolean linked = scored.entry().person.id.equals(personId);
        if (scored.grade() == MatchGrade.CERTAIN && linked) {
            return;
        }
        MatchGrade grade = linked ? scored.grade() : MatchGrade.POSSIBLE;
        changes.review(new LinkChanges.Review("match", record.record(), scored.entry().record.record(), personId,
                grade, thresholds.score(scored.weight()), evidence(scored)));
    }

    /** A record that joined {@code record}'s person on a probable match is listed with it. */
    private void mark(PersonRecord record, Scored scored, LinkChanges changes) {
        if (scored.grade() == MatchGrade.PROBABLE) {
            scored.entry().grade = MatchGrade.PROBABLE;
            scored.entry().score = thresholds.score(scored.weight());
            scored.entry().weight = scored.weight();
            changes.link(scored.entry().link());
            changes.review(new LinkChanges.Review("match", scored.entry().record.record(), record.record(),
                    scored.entry().person.id, MatchGrade.PROBABLE, scored.entry().score, evidence(scored)));
        }
    }

    private Map<String, String> evidence(Scored scored) {
        Map<String, String> evidence = new java.util.LinkedHashMap<>(scored.comparison().describe());
        evidence.put("weight", String.format(java.util.Locale.ROOT, "%.1f", scored.weight()));
        return evidence;
    }

    /** Records the reviewer's "same person"; merges their persons unless they hold two IINs. */
    public LinkChanges decideLinked(String record, String otherRecord) {
        return decisions.link(record, otherRecord, index);
    }

    /** Records the reviewer's "two people"; moves {@code record} out of {@code otherRecord}'s person if they share one. */
    public LinkChanges decideSeparate(String record, String otherRecord) {
        return decisions.separate(record, otherRecord, index, newPersonId);
    }

    /** The person of a record, if the record is known. */
    public Optional<String> personOf(String record) {
        return Optional.ofNullable(index.records.get(record)).map(entry -> entry.person.id);
    }

    /** The current link of every record of a person, or empty when there is no such person. */
    public List<LinkChanges.Link> recordsOf(String personId) {
        Person person = index.persons.get(personId);
        return person == null ? List.of() : person.entries.stream().map(Entry::link).toList();
    }

    /** The best matches of a record that is not stored (FHIR $match), best first, records of all persons. */
    public List<LinkChanges.Link> match(PersonRecord probe) {
        List<LinkChanges.Link> matches = new ArrayList<>();
        if (probe.iin() != null && index.byIin.containsKey(probe.iin())) {
            index.byIin.get(probe.iin()).entries.forEach(entry -> matches.add(entry.link().withGrade(MatchGrade.CERTAIN, 1)));
        }
        for (Scored scored : search.candidates(probe)) {
            if (probe.iin() == null || !probe.iin().equals(scored.entry().person.iin)) {
                for (Entry entry : scored.entry().person.entries) {
                    double weight = weights.weight(RecordComparison.of(probe, entry.record));
                    MatchGrade grade = thresholds.grade(weight);
                    if (grade != null) {
                        matches.add(entry.link().withGrade(grade, thresholds.score(weight)));
                    }
                }
            }
        }
        matches.sort(Comparator.comparingDouble(LinkChanges.Link::score).reversed());
        return matches;
    }

    /** The IIN of a person, if one of its records carries it. */
    public Optional<Iin> iinOf(String personId) {
        return Optional.ofNullable(index.persons.get(personId)).map(person -> person.iin);
    }

    public int records() {
        return index.records.size();
    }

    public int persons() {
        return index.persons.size();
    }

    public MatchWeights weights() {
        return weights;
    }

    public MatchThresholds thresholds() {
        return thresholds;
    }
}
