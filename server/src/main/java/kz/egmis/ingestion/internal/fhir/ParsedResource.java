package kz.egmis.ingestion.internal.fhir;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hl7.fhir.r4.model.Resource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import kz.egmis.ingestion.domain.ValidationIssue;

/**
 * One parsed resource of a type EGMIS accepts, with the JSON tree and text it was read from, or the issues that
 * kept it from being parsed. The received text is kept only while nothing has changed the resource, so that it
 * can be stored verbatim.
 */
public final class ParsedResource {

    private final Resource resource;
    private final ObjectNode tree;
    private final List<ValidationIssue> issues;
    private String receivedText;

    private ParsedResource(Resource resource, ObjectNode tree, String receivedText, List<ValidationIssue> issues) {
        this.resource = resource;
        this.tree = tree;
        this.receivedText = receivedText;
        this.issues = List.copyOf(issues);
    }

    static ParsedResource parsed(Resource resource, ObjectNode tree, String receivedText) {
        return new ParsedResource(resource, tree, receivedText, List.of());
    }

    public static ParsedResource rejected(List<ValidationIssue> issues) {
        if (issues.isEmpty()) {
            throw new IllegalArgumentException("a rejection needs at least one issue");
        }
        return new ParsedResource(null, null, null, issues);
    }

    public Resource resource() {
        return resource;
    }

    public ObjectNode tree() {
        return tree;
    }

    public List<ValidationIssue> issues() {
        return issues;
    }

    public boolean isParsed() {
        return resource != null;
    }

    /** Gives the resource its id, in the HAPI model and in the received JSON alike. */
    public void assignId(String id) {
        JsonNode sent = tree.get("id");
        if (sent == null || !sent.isTextual() || !sent.asText().equals(id)) {
            receivedText = null;
        }
        resource.setId(id);
        tree.put("id", id);
    }

    /** Replaces, in the received JSON, every reference to a Bundle entry's fullUrl by that entry's Type/id. */
    public void replaceReferences(Map<String, String> replacements) {
        if (FhirTree.replaceReferences(tree, replacements)) {
            receivedText = null;
        }
    }

    /** The text as received, when it is still exactly this resource. */
    Optional<String> receivedText() {
        return Optional.ofNullable(receivedText);
    }
}
