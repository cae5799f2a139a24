package kz.egmis.ingestion.internal.fhir;

import java.util.ArrayList;
import java.util.List;

import kz.egmis.ingestion.domain.ValidationIssue;

/**
 * The issues found in one resource. Converters report every problem they find and carry on, so that a source
 * system can fix a resource in one round trip instead of one error at a time.
 */
final class IssueCollector {

    static final String INVALID = "invalid";
    static final String STRUCTURE = "structure";
    static final String NOT_SUPPORTED = "not-supported";

    // Sent values are echoed in messages; a cap keeps a pasted document from becoming the message.
    private static final int LONGEST_SHOWN = 64;

    private final List<ValidationIssue> issues = new ArrayList<>();

    void required(String location, String message) {
        issues.add(ValidationIssue.required(location, message));
    }

    void value(String location, String message) {
        issues.add(ValidationIssue.value(location, message));
    }

    void unknownCode(String location, String message) {
        issues.add(ValidationIssue.unknownCode(location, message));
    }

    void invalid(String location, String message) {
        issues.add(new ValidationIssue(location, INVALID, message));
    }

    void notSupported(String location, String message) {
        issues.add(new ValidationIssue(location, NOT_SUPPORTED, message));
    }

    void structure(String location, String message) {
        issues.add(new ValidationIssue(location, STRUCTURE, message));
    }

    boolean isEmpty() {
        return issues.isEmpty();
    }

    List<ValidationIssue> issues() {
        return List.copyOf(issues);
    }

    /** A sent value for a message: quoted, and cut short when long. */
    static String shown(String value) {
        if (value == null) {
            return "(none)";
        }
        return "'" + (value.length() <= LONGEST_SHOWN ? value : value.substring(0, LONGEST_SHOWN) + "...") + "'";
    }
}
