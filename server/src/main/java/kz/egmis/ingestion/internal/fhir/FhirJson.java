package kz.egmis.ingestion.internal.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IJsonLikeParser;
import ca.uhn.fhir.parser.json.jackson.JacksonStructure;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import kz.egmis.ingestion.domain.ValidationIssue;

import static kz.egmis.ingestion.internal.fhir.IssueCollector.shown;

/**
 * FHIR R4 JSON in and out, with HAPI. Thread-safe: the context (expensive, built once per JVM by HAPI's cache)
 * is shared, and each call makes its own parser (cheap) with its own issue handler.
 */
public final class FhirJson {

    /** The resource types EGMIS accepts on their own, in the order of section 2 of the standard. */
    public static final List<String> ACCEPTED_TYPES = List.of("Organization", "Practitioner", "PractitionerRole",
            "Patient", "EpisodeOfCare", "Encounter", "Claim");

    static final Pattern ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final String BUNDLE = "Bundle";
    private static final String UNKNOWN_TYPE = "Resource";
    private static final FhirContext CONTEXT = FhirContext.forR4Cached();
    // Jackson's own limit for the digits of a number as written

    /** Parses one resource of an accepted type; anything else gives issues, never an exception. */
    public ParsedResource parse(String json) {
        IssueCollector issues = new IssueCollector();
        ObjectNode tree = readTree(json, issues);
        Resource resource = tree == null ? null : parse(tree, ACCEPTED_TYPES, issues);
        if (!issues.isEmpty()) {
            return ParsedResource.rejected(issues.issues());
        }
        String text = json.charAt(0) == BYTE_ORDER_MARK ? json.substring(1) : json;
        return issues.isEmpty() ? ParsedResource.parsed(resource, tree, text) : ParsedResource.rejected(issues.issues());
    }

    /**
     * Parses a Bundle: the Bundle without its entries' resources, then each entry's resource on its own, so
     * an unreadable entry is rejected alone. Entry issues are located from the entry, e.g.
     * {@code Bundle.entry[2].resource.birthDate}.
     */
    public ParsedBundle parseBundle(String json) {
        IssueCollector issues = new IssueCollector();
        ObjectNode tree = readTree(json, issues);
        if (tree == null) {
            return ParsedBundle.rejected(issues.issues());
        }
        List<ObjectNode> entryResources = new ArrayList<>();
        List<ValidationIssue> entryShapeIssues = new ArrayList<>();
        JsonNode entries = tree.get("entry");
        if (entries != null && entries.isArray()) {
            for (int index = 0; index < entries.size(); index++) {
                JsonNode resource = entries.get(index) instanceof ObjectNode entry ? entry.remove("resource") : null;
                if (resource != null && !resource.isObject()) {
                    entryShapeIssues.add(new ValidationIssue("Bundle.entry[" + index + "].resource",
                            IssueCollector.STRUCTURE, "the entry's resource is not a JSON object"));
                }
                entryResources.add(resource instanceof ObjectNode object ? object : null);
            }
        }
        Bundle bundle = (Bundle) parse(tree, List.of(BUNDLE), issues);
        if (!issues.isEmpty() && entries instanceof ArrayNode entryArray) {
            // something is unreadable: where it is in entries (a method 'FOO'), only those entries are rejected
            setAsideUnreadableEntries(tree, entryArray, entryShapeIssues);
            issues = new IssueCollector();
            bundle = (Bundle) parse(tree, List.of(BUNDLE), issues);
        }
        if (!issues.isEmpty()) {
            return ParsedBundle.rejected(issues.issues());
        }
        List<ParsedResource> parsedEntries = new ArrayList<>(entryResources.size());
        for (int index = 0; index < entryResources.size(); index++) {
            parsedEntries.add(parseEntry(index, entryResources.get(index), entryShapeIssues));
        }
        return new ParsedBundle(bundle, parsedEntries, List.of());
    }

    /** Replaces each entry that cannot be read on its own by an empty one, with its issues located at the entry. */
    private static void setAsideUnreadableEntries(ObjectNode tree, ArrayNode entries, List<ValidationIssue> shapeIssues) {
        for (int index = 0; index < entries.size(); index++) {
            ObjectNode alone = tree.objectNode().put("resourceType", BUNDLE);
            alone.putArray("entry").add(entries.get(index));
            IssueCollector issues = new IssueCollector();
            parse(alone, List.of(BUNDLE), issues);
            if (!issues.isEmpty()) {
                String where = "Bundle.entry[" + index + "]";
                issues.issues().forEach(issue -> shapeIssues.add(new ValidationIssue(where, issue.code(), issue.message())));
                entries.set(index, tree.objectNode());
            }
        }
    }

    private ParsedResource parseEntry(int index, ObjectNode resourceTree, List<ValidationIssue> shapeIssues) {
        String prefix = "Bundle.entry[" + index + "].resource";
        String entry = "Bundle.entry[" + index + "]";
        List<ValidationIssue> earlier = shapeIssues.stream().filter(issue -> issue.location().equals(entry)
                || issue.location().startsWith(entry + ".")).toList();
        if (!earlier.isEmpty()) {
            return ParsedResource.rejected(earlier);
        }
        if (resourceTree == null) {
            return null;
        }
        IssueCollector issues = new IssueCollector();
        Resource resource = parse(resourceTree, ACCEPTED_TYPES, issues);
        if (issues.isEmpty()) {
            return ParsedResource.parsed(resource, resourceTree, null);
        }
        return ParsedResource.rejected(issues.issues().stream().map(issue -> relocated(prefix, issue)).toList());
    }

    private static ValidationIssue relocated(String prefix, ValidationIssue issue) {
        String location = issue.location();
        int dot = location.indexOf('.');
        boolean startsWithType = !location.isEmpty() && Character.isUpperCase(location.charAt(0));
        String rest = !startsWithType ? "." + location : dot < 0 ? "" : location.substring(dot);
        return new ValidationIssue(prefix + rest, issue.code(), issue.message());
    }

    /** Compact JSON, references kept exactly as they are. */
    public String encode(Resource resource) {
        Objects.requireNonNull(resource, "resource");
        return CONTEXT.newJsonParser()
                .setPrettyPrint(false)
                // HAPI strips "/_history/n" from references by default; stored content must be what was sent.
                .setStripVersionsFromReferences(false)
                .encodeResourceToString(resource);
    }

    private static ObjectNode readTree(String json, IssueCollector issues) {
        if (json == null || json.isBlank()) {
            issues.structure(UNKNOWN_TYPE, "the content is empty: send one FHIR R4 resource as JSON");
            return null;
        }
        // A byte order mark may precede JSON (RFC 8259, section 8.1); it is not content.
        String content = json.charAt(0) == BYTE_ORDER_MARK ? json.substring(1) : json;
        try {
            JsonNode tree = FhirTree.read(content);
            if (tree instanceof ObjectNode object) {
                return object;
            }
            issues.structure(UNKNOWN_TYPE, "the JSON is not an object: send one FHIR R4 resource as a JSON object");
        } catch (JsonProcessingException malformed) {
            // A broken limit (nesting too deep, a number too long) comes without a location.
            JsonLocation where = malformed.getLocation();
            issues.structure(UNKNOWN_TYPE, "malformed JSON: " + malformed.getOriginalMessage() + (where == null ? ""
                    : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")"));
        }
        return null;
    }

    private static Resource parse(ObjectNode tree, List<String> acceptedTypes, IssueCollector issues) {
        JsonNode typeNode = tree.get("resourceType");
        String type = typeNode != null && typeNode.isTextual() ? typeNode.asText() : null;
        if (type == null || type.isBlank()) {
            issues.structure(UNKNOWN_TYPE, "resourceType is missing: send a FHIR R4 resource, one of "
                    + String.join(", ", acceptedTypes));
            return null;
        }
        if (!acceptedTypes.contains(type)) {
            String location = CONTEXT.getResourceTypes().contains(type) ? type : UNKNOWN_TYPE;
            issues.notSupported(location, "resource type " + shown(type) + " is not accepted here: send one of "
                    + String.join(", ", acceptedTypes));
            return null;
        }
        checkSentId(tree.get("id"), type, issues);
        if (!UnusableValues.check(tree, type, issues)) {
            return null;
        }
        return build(tree, type, issues);
    }

    // HAPI reads an id such as "Patient/1/_history/2" as the id "1"; the id as sent is checked here so that
    // such an id is refused rather than quietly changed.
    private static void checkSentId(JsonNode id, String type, IssueCollector issues) {
        if (id == null || BUNDLE.equals(type)) {
            return;
        }
        String value = id.isTextual() ? id.asText() : null;
        if (value == null || !ID.matcher(value).matches()) {
            issues.invalid(type + ".id", "id " + shown(value) + " is not a FHIR id: use 1-64 of A-Z, a-z, 0-9,"
                    + " '-' and '.'");
        }
    }

    private static Resource build(ObjectNode tree, String type, IssueCollector issues) {
        JacksonStructure structure = new JacksonStructure();
        structure.setNativeObject(tree);
        IJsonLikeParser parser = (IJsonLikeParser) CONTEXT.newJsonParser();
        // Every problem the parser meets becomes an issue (ParserIssueHandler says why neither of HAPI's
        // handlers is used): unknown elements and invalid values are reported, never dropped.
        parser.setParserErrorHandler(new ParserIssueHandler(type, issues));
        // Keep Bundle entries' ids as sent: the Bundle reader resolves fullUrls itself.
        parser.setOverrideResourceIdWithBundleEntryFullUrl(false);
        Resource resource;
        try {
            // A Bundle arrives here without its entries' resources, so no entry id can be replaced by a fullUrl.
            resource = (Resource) parser.parseResource(structure);
        } catch (RuntimeException unreadable) {
            // Mostly DataFormatException, but HAPI throws others on some malformed input; the sender must get
            // an issue, never a server error.
            issues.structure(type, "the resource cannot be read: " + unreadable.getMessage());
            return null;
        }
        if (DateElements.mayHaveTimeInDate(tree)) {
            DateElements.checkDates(resource, type, issues);
        }
        return resource;
    }
}
