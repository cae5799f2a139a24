package kz.egmis.ingestion.internal.bundle;

import java.util.List;

import kz.egmis.ingestion.domain.ValidationIssue;
import kz.egmis.ingestion.internal.fhir.ParsedResource;

/**
 * What one Bundle entry asks for: store its resource as {@code type/id}, or the issues that reject the entry.
 */
record EntryPlan(int index, String type, String id, ParsedResource resource, List<ValidationIssue> issues) {

    EntryPlan {
        issues = List.copyOf(issues);
    }

    static EntryPlan rejected(int index, List<ValidationIssue> issues) {
        return new EntryPlan(index, null, null, null, issues);
    }

    boolean isRejected() {
        return !issues.isEmpty();
    }
}
