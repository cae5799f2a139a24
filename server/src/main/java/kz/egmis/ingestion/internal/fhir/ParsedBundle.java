package kz.egmis.ingestion.internal.fhir;

import java.util.List;

import org.hl7.fhir.r4.model.Bundle;

import kz.egmis.ingestion.domain.ValidationIssue;

/** One parsed Bundle, or the issues that kept it from being parsed. */
public record ParsedBundle(Bundle bundle, List<ValidationIssue> issues) {

    public ParsedBundle {
        issues = List.copyOf(issues);
        if ((bundle == null) == issues.isEmpty()) {
            throw new IllegalArgumentException("either a bundle or at least one issue, not both");
        }
    }

    public boolean isParsed() {
        return bundle != null;
    }
}
