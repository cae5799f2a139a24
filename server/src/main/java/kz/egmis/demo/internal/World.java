package kz.egmis.demo.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import kz.egmis.demo.DemoSettings;
import kz.egmis.reference.ReferenceCatalog;

/**
 * The region while it is being generated: everything made so far, and for each person the days that already carry
 * care, so that background care never collides with itself or with a planted scheme by accident.
 */
final class World {

    final DemoSettings settings;
    final ReferenceCatalog catalog;
    final SplittableRandom random;
    final IdentityNumbers numbers = new IdentityNumbers();
    final LocalDate firstDay;
    final LocalDate lastDay;
    final List<Person> people = new ArrayList<>();
    final List<Facility> facilities = new ArrayList<>();
    final List<Attachment> attachments = new ArrayList<>();
    final List<Encounter> encounters = new ArrayList<>();
    final List<Claim> claims = new ArrayList<>();
    final List<PlantedOffence> planted = new ArrayList<>();
    /** Padding no rule catches, only the peer comparison. */
    final List<PlantedOutlier> outliers = new ArrayList<>();
    /** Clean cases on the very edge of a rule (exactly 720 minutes, the death day itself...), described for readers. */
    final List<String> nearMisses = new ArrayList<>();
    /** People who died before the period and whose attachment nobody closed: the "dead souls" scheme. */
    final java.util.Set<Integer> deadSouls = new java.util.HashSet<>();
    /** People who die in the first half of the period, chosen for the scheme of services after death. */
    final List<Person> diedEarlyInPeriod = new ArrayList<>();
    /** Patients whose death the PHC system also reports on a second version of their Patient record. */
    final List<Person> deathsOnPatientRecord = new ArrayList<>();
    final Staff staff;
    private final Map<Integer, BitSet> busyDays = new HashMap<>();
    private final Map<Integer, List<Attachment>> attachmentsByPerson = new HashMap<>();
    private int nextId;

    World(DemoSettings settings, ReferenceCatalog catalog) {
        this.settings = settings;
        this.catalog = catalog;
        this.random = new SplittableRandom(settings.seed());
        this.firstDay = settings.firstDay();
        this.lastDay = settings.lastDay();
        this.staff = new Staff(this);
    }

    int days() {
        return (int) ChronoUnit.DAYS.between(firstDay, lastDay) + 1;
    }

    LocalDate day(int offset) {
        return firstDay.plusDays(offset);
    }

    int offset(LocalDate day) {
        return (int) ChronoUnit.DAYS.between(firstDay, day);
    }

    String nextId(String prefix) {
        return prefix + "-" + (++nextId);
    }

    boolean isFree(Person person, LocalDate day) {
        BitSet busy = busyDays.get(person.number());
        return person.isAliveOn(day) && (busy == null || !busy.get(offset(day)));
    }

    boolean isFree(Person person, LocalDate from, LocalDate to) {
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (!isFree(person, day)) {
                return false;
            }
        }
        return true;
    }

    void occupy(Person person, LocalDate from, LocalDate to) {
        BitSet busy = busyDays.computeIfAbsent(person.number(), number -> new BitSet());
        busy.set(Math.max(0, offset(from)), Math.min(days(), offset(to) + 1));
    }

    void attach(Attachment attachment) {
        attachments.add(attachment);
        attachmentsByPerson.computeIfAbsent(attachment.person().number(), number -> new ArrayList<>()).add(attachment);
    }

    List<Attachment> attachmentsOf(Person person) {
        return attachmentsByPerson.getOrDefault(person.number(), List.of());
    }

    /** The PHC a person is attached to on a day, taking a later attachment as the end of an earlier open one. */
    Facility attachedPhc(Person person, LocalDate day) {
        Attachment current = null;
        for (Attachment attachment : attachmentsOf(person)) {
            if (!attachment.start().isAfter(day) && (attachment.end() == null || !attachment.end().isBefore(day))
                    && (current == null || attachment.start().isAfter(current.start()))) {
                current = attachment;
            }
        }
        return current == null ? null : current.facility();
    }

    List<Facility> facilities(String type, String region) {
        return facilities.stream().filter(f -> f.type().equals(type) && (region == null || f.region().equals(region)))
                .toList();
    }

    Person randomPerson() {
        return people.get(random.nextInt(people.size()));
    }

    void replacePerson(Person person) {
        people.set(person.number(), person);
    }
}
