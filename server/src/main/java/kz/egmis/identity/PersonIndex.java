package kz.egmis.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The linker's memory: records, the persons they form, the persons of IINs and the blocks records are filed in. */
final class PersonIndex {

    static final class Person {
        final String id;
        final long order;
        Iin iin;
        final Set<Entry> entries = new LinkedHashSet<>();

        Person(String id, long order) {
            this.id = id;
            this.order = order;
        }
    }

    static final class Entry {
        final PersonRecord record;
        Person person;
        MatchGrade grade;
        double score;
        // the Fellegi-Sunter weight of the match that put a probable record here; infinite for IIN and certain links
        double weight = Double.POSITIVE_INFINITY;

        Entry(PersonRecord record) {
            this.record = record;
        }

        LinkChanges.Link link() {
            return new LinkChanges.Link(record.record(), person.id, grade, score,
                    record.iin() == null ? null : record.iin().value());
        }
    }

    final Map<String, Entry> records = new HashMap<>();
    final Map<String, Person> persons = new HashMap<>();
    final Map<Iin, Person> byIin = new HashMap<>();
    private final Map<String, List<Entry>> blocks = new HashMap<>();
    private long personOrder;

    Person newPerson(String id) {
        Person person = new Person(id, personOrder++);
        persons.put(id, person);
        return person;
    }

    Entry attach(PersonRecord record, Person person, MatchGrade grade, double score) {
        Entry entry = new Entry(record);
        entry.person = person;
        entry.grade = grade;
        entry.score = score;
        person.entries.add(entry);
        records.put(record.record(), entry);
        if (record.iin() != null && person.iin == null) {
            person.iin = record.iin();
            byIin.put(record.iin(), person);
        }
        for (String key : BlockingKeys.of(record)) {
            blocks.computeIfAbsent(key, any -> new ArrayList<>()).add(entry);
        }
        return entry;
    }

    /** Takes a record out; returns its person's id when that person has no record left (and is gone). */
    String detach(Entry entry) {
        records.remove(entry.record.record());
        for (String key : BlockingKeys.of(entry.record)) {
            List<Entry> block = blocks.get(key);
            if (block != null) {
                block.remove(entry);
            }
        }
        Person person = entry.person;
        person.entries.remove(entry);
        if (person.entries.isEmpty()) {
            forget(person);
            return person.id;
        }
        if (person.iin != null && person.entries.stream().noneMatch(other -> person.iin.equals(other.record.iin()))) {
            byIin.remove(person.iin);
            person.iin = null;
        }
        return null;
    }

    /** Moves every record of {@code from} to {@code into}; {@code from} is gone afterwards. */
    void merge(Person from, Person into, LinkChanges changes) {
        for (Entry entry : from.entries) {
            entry.person = into;
            into.entries.add(entry);
            changes.link(entry.link());
        }
        if (into.iin == null && from.iin != null) {
            into.iin = from.iin;
            byIin.put(from.iin, into);
        }
        from.entries.clear();
        forget(from);
        changes.merged(from.id, into.id);
    }

    /** The records filed in any block of this record, each once, at most {@code limit} of them. */
    Set<Entry> candidates(PersonRecord record, int limit) {
        Set<Entry> candidates = new LinkedHashSet<>();
        for (String key : BlockingKeys.of(record)) {
            for (Entry entry : blocks.getOrDefault(key, List.of())) {
                if (candidates.size() >= limit) {
                    return candidates;
                }
                if (!entry.record.record().equals(record.record())) {
                    candidates.add(entry);
                }
            }
        }
        return candidates;
    }

    private void forget(Person person) {
        persons.remove(person.id);
        if (person.iin != null && byIin.get(person.iin) == person) {
            byIin.remove(person.iin);
        }
    }
}
