package kz.egmis.ingestion.internal.bundle;

import java.util.List;

import kz.egmis.ingestion.domain.ValidationIssue;
import kz.egmis.ingestion.internal.StoredOutcome;

/** What became of one Bundle entry: stored ({@code outcome}, with the content as stored) or rejected ({@code issues}). */
public record EntryResult(int index, StoredOutcome outcome, String storedContent, List<ValidationIssue> issues) {

    public EntryResult {
        issues = List.copyOf(issues);
    }

    public boolean isRejected() {
        return !issues.isEmpty();
    }
}
