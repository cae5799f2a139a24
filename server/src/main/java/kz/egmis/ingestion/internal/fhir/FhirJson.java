package kz.egmis.ingestion.internal.fhir;

import java.io.StringReader;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Resource;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IJsonLikeParser;
import ca.uhn.fhir.parser.json.BaseJsonLikeObject;
import ca.uhn.fhir.parser.json.BaseJsonLikeValue;
import ca.uhn.fhir.parser.json.jackson.JacksonStructure;
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

    /** Parses one resource of an accepted type; anything else gives issues, never an exception. */
    public ParsedResource parse(String json) {
        IssueCollector issues = new IssueCollector();
        Resource resource = parse(json, ACCEPTED_TYPES, issues);
        return issues.isEmpty() ? ParsedResource.parsed(resource) : ParsedResource.rejected(issues.issues());
    }

    /** Parses a Bundle with its entries' resources, whatever their type (the caller checks them). */
    public ParsedBundle parseBundle(String json) {
        IssueCollector issues = new IssueCollector();
        Resource resource = parse(json, List.of(BUNDLE), issues);
        return issues.isEmpty() ? new ParsedBundle((Bundle) resource, List.of())
                : new ParsedBundle(null, issues.issues());
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

    private static Resource parse(String json, List<String> acceptedTypes, IssueCollector issues) {
        if (json == null || json.isBlank()) {
            issues.structure(UNKNOWN_TYPE, "the content is empty: send one FHIR R4 resource as JSON");
            return null;
        }
        // A byte order mark may precede JSON (RFC 8259, section 8.1); HAPI would take it for content.
        String content = json.charAt(0) == BYTE_ORDER_MARK ? json.substring(1) : json;
        // HAPI's own two steps (read the JSON, then build the resource) taken one at a time, so that the type
        // and id are checked as sent, before any work is spent on a type EGMIS does not take.
        JacksonStructure structure = new JacksonStructure();
        BaseJsonLikeObject root;
        try {
            structure.load(new StringReader(content));
            root = structure.getRootObject();
        } catch (DataFormatException malformed) {
            issues.structure(UNKNOWN_TYPE, "malformed JSON: " + malformed.getMessage());
            return null;
        }
        String type = text(root.get("resourceType"));
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
        checkSentId(root.get("id"), type, issues);
        return build(structure, content, type, issues);
    }

    // HAPI reads an id such as "Patient/1/_history/2" as the id "1"; the id as sent is checked here so that
    // such an id is refused rather than quietly changed.
    private static void checkSentId(BaseJsonLikeValue id, String type, IssueCollector issues) {
        if (id == null || BUNDLE.equals(type)) {
            return;
        }
        String value = text(id);
        if (value == null || !ID.matcher(value).matches()) {
            issues.invalid(type + ".id", "id " + shown(value) + " is not a FHIR id: use 1-64 of A-Z, a-z, 0-9,"
                    + " '-' and '.'");
        }
    }

    private static Resource build(JacksonStructure structure, String json, String type, IssueCollector issues) {
        IJsonLikeParser parser = (IJsonLikeParser) CONTEXT.newJsonParser();
        // Every problem the parser meets becomes an issue (ParserIssueHandler says why neither of HAPI's
        // handlers is used): unknown elements and invalid values are reported, never dropped.
        parser.setParserErrorHandler(new ParserIssueHandler(type, issues));
        // Keep Bundle entries' ids as sent: the Bundle reader resolves fullUrls itself.
        parser.setOverrideResourceIdWithBundleEntryFullUrl(false);
        Resource resource;
        try {
            // HAPI's parse of an already read structure replaces every entry's id with its fullUrl whatever the
            // setting above, so a Bundle is read again from the text, the path that honours it.
            resource = (Resource) (BUNDLE.equals(type) ? parser.parseResource(Bundle.class, json)
                    : parser.parseResource(structure));
        } catch (RuntimeException unreadable) {
            // Mostly DataFormatException, but HAPI throws others on some malformed input; the sender must get
            // an issue, never a server error.
            issues.structure(type, "the resource cannot be read: " + unreadable.getMessage());
            return null;
        }
        checkDates(resource, type, issues);
        return resource;
    }

    // HAPI's parser takes a time in a date element (birthDate, servicedDate) without a word, and fails on it
    // later, when the resource is copied. (Its terser does not look into a Bundle's entries, hence the loop.)
    private static void checkDates(Resource resource, String type, IssueCollector issues) {
        List<Resource> resources = resource instanceof Bundle bundle ? bundle.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource).filter(Objects::nonNull).toList() : List.of(resource);
        for (Resource checked : resources) {
            for (DateType date : CONTEXT.newTerser().getAllPopulatedChildElementsOfType(checked, DateType.class)) {
                if (date.getPrecision().ordinal() > TemporalPrecisionEnum.DAY.ordinal()) {
                    issues.structure(type, "invalid value " + shown(date.getValueAsString()) + " in a date element"
                            + " of " + checked.fhirType() + ": a date has no time; send YYYY-MM-DD");
                }
            }
        }
    }

    private static String text(BaseJsonLikeValue value) {
        return value != null && value.isString() ? value.getAsString() : null;
    }
}
