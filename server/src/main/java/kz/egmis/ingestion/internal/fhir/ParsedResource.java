package kz.egmis.ingestion.internal.fhir;

import java.util.List;

import org.hl7.fhir.r4.model.Resource;

import com.fasterxml.jackson.databind.node.ObjectNode;

import kz.egmis.ingestion.domain.ValidationIssue;

/**
 * One parsed resource of a type EGMIS accepts, with the JSON tree it was read from, or the issues that kept it
 * from being parsed.
 */
public record ParsedResource(Resource resource, ObjectNode tree, List<ValidationIssue> issues) {

    public ParsedResource {
        issues = List.copyOf(issues);
        if ((resource == null) == issues.isEmpty()) {
            throw new IllegalArgumentException("either a resource or at least one issue, not both");
        }
    }

    static ParsedResource parsed(Resource resource, ObjectNode tree) {
        return new ParsedResource(resource, tree, List.of());
    }

    static ParsedResource rejected(List<ValidationIssue> issues) {
        return new ParsedResource(null, null, issues);
    }

    public boolean isParsed() {
        return resource != null;
    }

    /** Gives the resource its id, in the HAPI model and in the received JSON alike. */
    public void assignId(String id) {
        resource.setId(id);
        tree.put("id", id);
    }
}
