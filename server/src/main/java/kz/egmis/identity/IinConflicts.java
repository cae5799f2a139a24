package kz.egmis.identity;

import java.util.LinkedHashMap;
import java.util.Map;

import kz.egmis.identity.PersonIndex.Entry;
import kz.egmis.identity.PersonIndex.Person;

/**
 * A record whose IIN disagrees with what the IIN itself says (birth date, sex) or whose name is unlike every other
 * record of that IIN: still linked (the standard: the IIN decides), but listed for review, with the evidence. A
 * wrong or borrowed IIN is how care is billed to somebody else.
 */
final class IinConflicts {

    void check(PersonRecord record, Person person, LinkChanges changes) {
        Map<String, String> evidence = new LinkedHashMap<>();
        Iin iin = record.iin();
        if (record.birthDate() != null && !record.birthDate().equals(iin.birthDate())) {
            evidence.put("birth_date", "differs from the birth date the IIN gives");
        }
        if (record.sex() != null && record.sex() != iin.sex()) {
            evidence.put("sex", "differs from the sex the IIN gives");
        }
        Entry closest = null;
        double closestSimilarity = -1;
        for (Entry entry : person.entries) {
            if (iin.equals(entry.record.iin()) && !entry.record.name().isEmpty() && !record.name().isEmpty()) {
                double similarity = NameSimilarity.of(record.name(), entry.record.name()).overall();
                if (similarity > closestSimilarity) {
                    closestSimilarity = similarity;
                    closest = entry;
                }
            }
        }
        if (closest != null && closestSimilarity < RecordComparison.CLOSE) {
            evidence.put("name", String.format(java.util.Locale.ROOT,
                    "unlike every other record of this IIN (closest similarity %.2f)", closestSimilarity));
        }
        if (!evidence.isEmpty()) {
            changes.review(new LinkChanges.Review("iin-conflict", record.record(),
                    closest == null ? null : closest.record.record(), person.id, MatchGrade.CERTAIN, 1, evidence));
        }
    }
}
