package kz.egmis.ingestion.domain;

import java.util.List;
import java.util.Optional;

/**
 * What a transport made of one resource or row: the canonical record, the canonical content whose SHA-256
 * decides whether it is a new version (insensitive to formatting: key order, white space, a decimal comma),
 * and the raw content stored as the version's evidence (the FHIR JSON as stored, or the CSV line as received);
 * or else the issues that reject it.
 */
public record Conversion(CanonicalRecord record, String canonicalContent, String rawContent,
                         List<ValidationIssue> issues) {

    public Conversion {
        issues = List.copyOf(issues);
    }

    public static Conversion accepted(CanonicalRecord record, String canonicalContent, String rawContent) {
        return new Conversion(record, canonicalContent, rawContent, List.of());
    }

    public static Conversion rejected(List<ValidationIssue> issues) {
        if (issues.isEmpty()) {
            throw new IllegalArgumentException("a rejection needs at least one issue");
        }
        return new Conversion(null, null, null, issues);
    }

    public boolean isAccepted() {
        return issues.isEmpty();
    }

    public Optional<CanonicalRecord> acceptedRecord() {
        return Optional.ofNullable(record);
    }
}
