package kz.egmis.ingestion.internal.bundle;

import java.util.List;

import org.hl7.fhir.r4.model.Resource;

import kz.egmis.ingestion.domain.ValidationIssue;

/**
 * What one Bundle entry asks for: store {@code resource} as {@code type/id} ({@code created} when the server
 * assigned the id), or the issues that reject the entry.
 */
record EntryPlan(int index, String type, String id, Resource resource, List<ValidationIssue> issues) {

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
