package kz.egmis.ingestion.internal.fhir;

import java.util.List;

import org.hl7.fhir.r4.model.Resource;

import kz.egmis.ingestion.domain.ValidationIssue;

/** One parsed resource of a type EGMIS accepts, or the issues that kept it from being parsed. */
public record ParsedResource(Resource resource, List<ValidationIssue> issues) {

    public ParsedResource {
        issues = List.copyOf(issues);
        if ((resource == null) == issues.isEmpty()) {
            throw new IllegalArgumentException("either a resource or at least one issue, not both");
        }
    }

    static ParsedResource parsed(Resource resource) {
        return new ParsedResource(resource, List.of());
    }

    static ParsedResource rejected(List<ValidationIssue> issues) {
        return new ParsedResource(null, issues);
    }

    public boolean isParsed() {
        return resource != null;
    }
}
