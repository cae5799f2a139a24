package kz.egmis.ingestion.domain;

/**
 * Why a record was rejected: where (a FHIRPath such as {@code Claim.item[0].net.value}, or a CSV column
 * name), an issue code (FHIR IssueType: required, value, code-invalid, invalid, structure, not-supported,
 * too-long) and a message saying what is wrong and what to send instead.
 */
public record ValidationIssue(String location, String code, String message) {

    public static ValidationIssue required(String location, String message) {
        return new ValidationIssue(location, "required", message);
    }

    public static ValidationIssue value(String location, String message) {
        return new ValidationIssue(location, "value", message);
    }

    public static ValidationIssue unknownCode(String location, String message) {
        return new ValidationIssue(location, "code-invalid", message);
    }

    public ValidationIssue prefixed(String prefix) {
        return new ValidationIssue(prefix + location, code, message);
    }

    @Override
    public String toString() {
        return location + ": " + message;
    }
}
