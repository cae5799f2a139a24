package kz.egmis.ingestion.internal.fhir;

import java.util.List;

import org.hl7.fhir.r4.model.Bundle;

import kz.egmis.ingestion.domain.ValidationIssue;

/**
 * One parsed Bundle, its entries without their resources, and each entry's resource parsed on its own (null
 * where an entry has none), so that one unreadable entry does not sink a batch; or the issues that kept the
 * Bundle itself from being parsed.
 */
public record ParsedBundle(Bundle bundle, List<ParsedResource> entryResources, List<ValidationIssue> issues) {

    public ParsedBundle {
        issues = List.copyOf(issues);
        entryResources = entryResources == null ? null : java.util.Collections.unmodifiableList(entryResources);
        if ((bundle == null) == issues.isEmpty()) {
            throw new IllegalArgumentException("either a bundle or at least one issue, not both");
        }
    }

    static ParsedBundle rejected(List<ValidationIssue> issues) {
        return new ParsedBundle(null, null, issues);
    }

    public boolean isParsed() {
        return bundle != null;
    }
}
