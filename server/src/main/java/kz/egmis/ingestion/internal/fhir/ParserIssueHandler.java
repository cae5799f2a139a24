package kz.egmis.ingestion.internal.fhir;

import ca.uhn.fhir.parser.IParserErrorHandler;
import ca.uhn.fhir.parser.LenientErrorHandler;
import ca.uhn.fhir.parser.json.BaseJsonLikeValue.ScalarType;
import ca.uhn.fhir.parser.json.BaseJsonLikeValue.ValueType;

import static kz.egmis.ingestion.internal.fhir.IssueCollector.shown;

/**
 * Turns everything HAPI's parser finds wrong into an issue and lets it carry on, so one answer lists every
 * problem. Neither of HAPI's handlers does that: {@code StrictErrorHandler} throws at the first problem, and
 * {@code LenientErrorHandler} only logs unknown elements and JSON type errors, so the data is dropped silently
 * (and, by default, throws at the first invalid value). Valid R4 never reaches any of these methods, so
 * treating them all as errors rejects nothing valid. HAPI gives no usable path (its location is experimental
 * and mostly null), so issues are located at the resource type and the message names the element.
 * One instance per parse: it is not thread-safe.
 */
final class ParserIssueHandler implements IParserErrorHandler {

    private final String location;
    private final IssueCollector issues;

    ParserIssueHandler(String location, IssueCollector issues) {
        this.location = location;
        this.issues = issues;
    }

    @Override
    public void unknownElement(IParseLocation where, String elementName) {
        issues.structure(location, "unknown element " + shown(elementName) + within(where)
                + ": FHIR R4 has no such element here; remove it, or send the data as an extension");
    }

    @Override
    public void unknownAttribute(IParseLocation where, String attributeName) {
        issues.structure(location, "unknown attribute " + shown(attributeName) + within(where) + ": remove it");
    }

    @Override
    public void invalidValue(IParseLocation where, String value, String error) {
        issues.structure(location, "invalid value " + shown(value) + within(where) + ": " + error);
    }

    @Override
    public void incorrectJsonType(IParseLocation where, String elementName, ValueType expected,
                                  ScalarType expectedScalar, ValueType found, ScalarType foundScalar) {
        issues.structure(location, LenientErrorHandler.createIncorrectJsonTypeMessage(
                elementName, expected, expectedScalar, found, foundScalar));
    }

    @Override
    public void unexpectedRepeatingElement(IParseLocation where, String elementName) {
        issues.structure(location, "element " + shown(elementName) + within(where)
                + " repeats, but it may occur only once: send a single value");
    }

    @Override
    public void missingRequiredElement(IParseLocation where, String elementName) {
        issues.structure(location, "required element " + shown(elementName) + within(where) + " is missing");
    }

    @Override
    public void containedResourceWithNoId(IParseLocation where) {
        issues.structure(location, "a contained resource has no id");
    }

    @Override
    public void unknownReference(IParseLocation where, String reference) {
        issues.structure(location, "reference " + shown(reference) + " names no contained resource");
    }

    @Override
    public void invalidInternalReference(IParseLocation where, String reference) {
        issues.structure(location, "internal reference " + shown(reference) + " is invalid");
    }

    @Override
    public void extensionContainsValueAndNestedExtensions(IParseLocation where) {
        issues.structure(location, "an extension has both a value and nested extensions: send one or the other");
    }

    private static String within(IParseLocation where) {
        String parent = where == null ? null : where.getParentElementName();
        return parent == null ? "" : " in " + shown(parent);
    }
}
