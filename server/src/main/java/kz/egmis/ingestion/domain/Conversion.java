package kz.egmis.ingestion.domain;

import java.util.List;
import java.util.Optional;

/**
 * What a transport made of one resource or row: the canonical record and the content whose SHA-256 decides
 * whether it is a new version, or the issues that reject it.
 */
public record Conversion(CanonicalRecord record, String canonicalContent, List<ValidationIssue> issues) {

    public Conversion {
        issues = List.copyOf(issues);
    }

    public static Conversion accepted(CanonicalRecord record, String canonicalContent) {
        return new Conversion(record, canonicalContent, List.of());
    }

    public static Conversion rejected(List<ValidationIssue> issues) {
        if (issues.isEmpty()) {
            throw new IllegalArgumentException("a rejection needs at least one issue");
        }
        return new Conversion(null, null, issues);
    }

    public boolean isAccepted() {
        return issues.isEmpty();
    }

    public Optional<CanonicalRecord> acceptedRecord() {
        return Optional.ofNullable(record);
    }
}
