package kz.egmis.identity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import kz.egmis.identity.PersonIndex.Entry;
import kz.egmis.identity.PersonIndex.Person;

/**
 * A reviewer's decisions about pairs of records, binding every later linking step: "separate" pairs never share a
 * person (no link and no merge puts them together), "link" pairs always do (a later record of the pair joins its
 * partner's person). A later decision about the same pair replaces the earlier one.
 */
final class ReviewDecisions {

    private final Set<String> separated = new HashSet<>();
    private final Map<String, Set<String>> linked = new HashMap<>();

    boolean mayJoin(PersonRecord record, Person person) {
        return person.entries.stream().noneMatch(entry -> separated.contains(pair(record.record(), entry.record.record())))
                && (record.iin() == null || person.iin == null || person.iin.equals(record.iin()));
    }

    boolean mayMerge(Person first, Person second) {
        if (first.iin != null && second.iin != null && !first.iin.equals(second.iin)) {
            return false;
        }
        for (Entry entry : first.entries) {
            if (!mayJoin(entry.record, second)) {
                return false;
            }
        }
        return true;
    }

    Optional<Person> linkedPerson(PersonRecord record, PersonIndex index) {
        return linked.getOrDefault(record.record(), Set.of()).stream().map(index.records::get)
                .filter(java.util.Objects::nonNull).map(entry -> entry.person).findFirst();
    }

    LinkChanges link(String record, String otherRecord, PersonIndex index) {
        Entry entry = index.records.get(record);
        Entry other = index.records.get(otherRecord);
        if (entry != null && other != null && entry.person != other.person) {
            Person into = other.person.iin != null || entry.person.iin == null ? other.person : entry.person;
            Person from = into == other.person ? entry.person : other.person;
            if (from.iin != null && !from.iin.equals(into.iin)) {
                throw new IllegalArgumentException("the two records carry two different valid IINs: two people");
            }
            separated.remove(pair(record, otherRecord));
            if (!mayMerge(from, into)) {
                throw new IllegalArgumentException("a record of one person was decided to be apart from a record of "
                        + "the other: decide that pair again first");
            }
            LinkChanges changes = new LinkChanges();
            index.merge(from, into, changes);
            remember(record, otherRecord);
            return confirmed(entry, changes);
        }
        separated.remove(pair(record, otherRecord));
        remember(record, otherRecord);
        return entry == null ? new LinkChanges() : confirmed(entry, new LinkChanges());
    }

    LinkChanges separate(String record, String otherRecord, PersonIndex index, Supplier<String> newPersonId) {
        Entry entry = index.records.get(record);
        Entry other = index.records.get(otherRecord);
        LinkChanges changes = new LinkChanges();
        if (entry != null && other != null && entry.person == other.person) {
            Entry mover = entry.record.iin() == null ? entry : other;
            if (mover.record.iin() != null) {
                throw new IllegalArgumentException("both records carry the person's IIN: a record with a valid IIN "
                        + "belongs to the person of that IIN");
            }
            index.detach(mover);
            changes.link(index.attach(mover.record, index.newPerson(newPersonId.get()), MatchGrade.CERTAIN, 1).link());
        }
        forget(record, otherRecord);
        separated.add(pair(record, otherRecord));
        return changes;
    }

    private LinkChanges confirmed(Entry entry, LinkChanges changes) {
        entry.grade = MatchGrade.CERTAIN;
        entry.score = 1;
        changes.link(entry.link());
        return changes;
    }

    private void remember(String record, String otherRecord) {
        linked.computeIfAbsent(record, any -> new HashSet<>()).add(otherRecord);
        linked.computeIfAbsent(otherRecord, any -> new HashSet<>()).add(record);
    }

    private void forget(String record, String otherRecord) {
        linked.getOrDefault(record, new HashSet<>()).remove(otherRecord);
        linked.getOrDefault(otherRecord, new HashSet<>()).remove(record);
    }

    private static String pair(String first, String second) {
        return first.compareTo(second) <= 0 ? first + "\n" + second : second + "\n" + first;
    }
}
