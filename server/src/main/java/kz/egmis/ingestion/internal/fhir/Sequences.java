package kz.egmis.ingestion.internal.fhir;

import java.util.Set;

import org.hl7.fhir.r4.model.PositiveIntType;

/** The sequence numbers that link a Claim's items to its care team: positive, and unique in their list. */
final class Sequences {

    private Sequences() {
    }

    /** The sequence, added to {@code used}; null when missing, not positive or used already (issues). */
    static Integer unique(PositiveIntType sequence, String location, Set<Integer> used, IssueCollector issues) {
        if (sequence == null || sequence.getValue() == null) {
            issues.required(location, "the sequence is required: send a positive whole number");
            return null;
        }
        int value = sequence.getValue();
        if (value < 1) {
            issues.value(location, "sequence " + value + " is not positive: send 1 or more");
            return null;
        }
        if (!used.add(value)) {
            issues.value(location, "sequence " + value + " is used twice: give each entry its own sequence");
            return null;
        }
        return value;
    }
}
