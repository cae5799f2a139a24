package kz.egmis.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import kz.egmis.identity.BlockingKeys;
import kz.egmis.identity.Iin;
import kz.egmis.identity.MatchThresholds;
import kz.egmis.identity.MatchWeights;
import kz.egmis.identity.PersonLinker;
import kz.egmis.identity.PersonRecord;

/**
 * {@code bench --mode identity --records N}: links a labelled synthetic set ({@link SyntheticPeople}) with the
 * registry's linker, in arrival order shuffled, and prints pairwise precision, recall and F1 against the truth, the
 * blocking recall (true pairs that share a block, among those an IIN does not link), false merges of two people
 * who both hold their own valid IIN, and records linked per second on one thread (the linking itself, in memory:
 * no database, no HTTP).
 */
final class IdentityBench {

    private IdentityBench() {
    }

    static void run(long records) {
        List<SyntheticPeople.Labelled> labelled = new ArrayList<>(SyntheticPeople.generate((int) records, 15));
        Collections.shuffle(labelled, new Random(15));
        List<PersonRecord> plain = labelled.stream().map(SyntheticPeople.Labelled::record).toList();
        long start = System.nanoTime();
        MatchWeights weights = MatchWeights.estimate(plain);
        double estimateSeconds = (System.nanoTime() - start) / 1e9;
        AtomicLong ids = new AtomicLong();
        PersonLinker linker = new PersonLinker(weights, MatchThresholds.defaults(), () -> "p" + ids.incrementAndGet());
        long reviews = 0;
        start = System.nanoTime();
        for (PersonRecord record : plain) {
            reviews += linker.link(record).reviews().size();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "identity: %d records of %d people, weights %s in %.1f s%n", plain.size(),
                labelled.stream().mapToInt(SyntheticPeople.Labelled::human).distinct().count(), weights.origin(),
                estimateSeconds);
        System.out.printf(Locale.ROOT, "linked %d records into %d persons in %.1f s: %.0f records/s (1 thread), "
                + "%d review items%n", plain.size(), linker.persons(), seconds, plain.size() / seconds, reviews);
        Function<String, String> personOf = record -> linker.personOf(record).orElseThrow();
        printQuality(labelled, personOf, false);
        printQuality(labelled, personOf, true);
        printBlocking(labelled);
    }

    /**
     * Pairwise quality against the people behind the records, or ({@code byStandard}) against the standard's rule
     * that a record belongs to the holder of its valid IIN, so that a borrowed IIN's record is right where it is.
     */
    static void printQuality(List<SyntheticPeople.Labelled> labelled, Function<String, String> personOf,
                             boolean byStandard) {
        Map<String, List<SyntheticPeople.Labelled>> predicted = new HashMap<>();
        Map<Integer, List<SyntheticPeople.Labelled>> truth = new HashMap<>();
        for (SyntheticPeople.Labelled record : labelled) {
            predicted.computeIfAbsent(personOf.apply(record.record().record()), any -> new ArrayList<>())
                    .add(record);
            truth.computeIfAbsent(byStandard ? record.iinHolder() : record.human(), any -> new ArrayList<>()).add(record);
        }
        long predictedPairs = 0;
        long truePositives = 0;
        long falseIinMerges = 0;
        for (List<SyntheticPeople.Labelled> person : predicted.values()) {
            predictedPairs += pairs(person.size());
            Map<Integer, Integer> humans = new HashMap<>();
            Set<Iin> ownIins = new HashSet<>();
            for (SyntheticPeople.Labelled record : person) {
                humans.merge(byStandard ? record.iinHolder() : record.human(), 1, Integer::sum);
                if (record.record().iin() != null && !record.borrowedIin()) {
                    ownIins.add(record.record().iin());
                }
            }
            truePositives += humans.values().stream().mapToLong(IdentityBench::pairs).sum();
            falseIinMerges += ownIins.size() > 1 ? 1 : 0;
        }
        long truePairs = truth.values().stream().mapToLong(person -> pairs(person.size())).sum();
        double precision = truePositives / (double) predictedPairs;
        double recall = truePositives / (double) truePairs;
        System.out.printf(Locale.ROOT, "%s: pairwise precision %.4f, recall %.4f, F1 %.4f (%d true pairs, %d linked "
                + "pairs)%n", byStandard ? "truth by the standard (a borrowed IIN's record is its holder's)"
                : "truth by person (a borrowed IIN's record is its user's)", precision, recall,
                2 * precision * recall / (precision + recall), truePairs, predictedPairs);
        if (!byStandard) {
            System.out.printf(Locale.ROOT, "persons holding two people's own valid IINs (false merges): %d%n",
                    falseIinMerges);
        }
    }

    static void printBlocking(List<SyntheticPeople.Labelled> labelled) {
        Map<Integer, List<SyntheticPeople.Labelled>> truth = new HashMap<>();
        for (SyntheticPeople.Labelled record : labelled) {
            truth.computeIfAbsent(record.human(), any -> new ArrayList<>()).add(record);
        }
        long blockable = 0;
        long blocked = 0;
        for (List<SyntheticPeople.Labelled> person : truth.values()) {
            for (int i = 0; i < person.size(); i++) {
                for (int j = i + 1; j < person.size(); j++) {
                    PersonRecord first = person.get(i).record();
                    PersonRecord second = person.get(j).record();
                    if (first.iin() == null || second.iin() == null) {
                        blockable++;
                        List<String> keys = BlockingKeys.of(first);
                        blocked += BlockingKeys.of(second).stream().anyMatch(keys::contains) ? 1 : 0;
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "blocking recall %.4f (%d of %d true pairs not both with an IIN share a block)%n",
                blocked / (double) blockable, blocked, blockable);
    }

    private static long pairs(long size) {
        return size * (size - 1) / 2;
    }
}
