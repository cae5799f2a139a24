package kz.egmis.ingestion.internal.fhir;

import org.hl7.fhir.r4.model.Identifier;

import kz.egmis.identity.Bin;
import kz.egmis.identity.Iin;
import kz.egmis.identity.InvalidIdentifierException;
import kz.egmis.ingestion.domain.Reference;

import static kz.egmis.ingestion.internal.fhir.IssueCollector.shown;

/**
 * The reference forms of section 2 of the standard: a literal {@code Type/id} within the source system, or a
 * logical reference by IIN (a person) or BIN (an organization). A {@code urn:uuid:} reference is resolved by
 * the Bundle reader before conversion, so one that arrives here named nothing in its Bundle. With both a
 * literal and an identifier the literal wins, but both must be valid.
 */
final class FhirReferences {

    private static final String PATIENT = "Patient";
    private static final String PRACTITIONER = "Practitioner";
    private static final String ORGANIZATION = "Organization";

    private FhirReferences() {
    }

    /** The reference, or null when absent (an issue) or invalid (issues). */
    static Reference required(org.hl7.fhir.r4.model.Reference reference, String location, String targetType,
                              IssueCollector issues) {
        if (isAbsent(reference)) {
            issues.required(location, "a reference to the " + targetType + " is required: send "
                    + "{\"reference\": \"" + targetType + "/<id>\"}" + logicalForm(targetType));
            return null;
        }
        return optional(reference, location, targetType, issues);
    }

    /** The reference, or null when absent or invalid (issues). */
    static Reference optional(org.hl7.fhir.r4.model.Reference reference, String location, String targetType,
                              IssueCollector issues) {
        if (isAbsent(reference)) {
            return null;
        }
        if (reference.hasType() && !targetType.equals(reference.getType())) {
            issues.value(location + ".type", "type " + shown(reference.getType()) + " cannot be referred to here:"
                    + " send " + targetType);
        }
        Reference literal = reference.hasReference()
                ? literal(reference.getReference(), location + ".reference", targetType, issues) : null;
        Reference logical = reference.hasIdentifier()
                ? logical(reference.getIdentifier(), location + ".identifier", targetType, issues) : null;
        return literal != null ? literal : logical;
    }

    private static boolean isAbsent(org.hl7.fhir.r4.model.Reference reference) {
        return reference == null || !reference.hasReference() && !reference.hasIdentifier();
    }

    private static Reference literal(String text, String location, String targetType, IssueCollector issues) {
        if (text.startsWith("urn:uuid:")) {
            issues.invalid(location, shown(text) + " names no entry: a urn:uuid reference must name the fullUrl of"
                    + " another entry of the same transaction Bundle; otherwise send " + targetType + "/<id>");
            return null;
        }
        if (text.startsWith("#")) {
            issues.notSupported(location, "contained resources are not supported (" + shown(text) + "): send the "
                    + targetType + " as a resource of its own and refer to it as " + targetType + "/<id>");
            return null;
        }
        if (text.contains(":")) {
            issues.notSupported(location, "absolute references are not supported (" + shown(text) + "): send "
                    + targetType + "/<id> within the same source system" + logicalForm(targetType));
            return null;
        }
        String[] parts = text.split("/", -1);
        if (parts.length != 2) {
            issues.invalid(location, shown(text) + " is not of the form " + targetType + "/<id>"
                    + " (no base URL, no _history): send " + targetType + "/<id>");
            return null;
        }
        if (!targetType.equals(parts[0])) {
            issues.value(location, shown(text) + " refers to a " + shown(parts[0]) + ", but a " + targetType
                    + " is expected here: send " + targetType + "/<id>");
            return null;
        }
        if (!FhirJson.ID.matcher(parts[1]).matches()) {
            issues.invalid(location, shown(parts[1]) + " is not a FHIR id: use 1-64 of A-Z, a-z, 0-9, '-' and '.'");
            return null;
        }
        return Reference.literal(targetType, parts[1]);
    }

    private static Reference logical(Identifier identifier, String location, String targetType,
                                     IssueCollector issues) {
        String system = expectedSystem(targetType);
        if (system == null) {
            issues.notSupported(location, "a " + targetType + " cannot be referred to by identifier: send "
                    + targetType + "/<id>");
            return null;
        }
        if (!system.equals(identifier.getSystem())) {
            issues.value(location + ".system", "system " + shown(identifier.getSystem()) + " cannot identify a "
                    + targetType + ": send " + system);
            return null;
        }
        if (!identifier.hasValue()) {
            issues.required(location + ".value", "the " + (system.equals(CodeSystems.IIN) ? "IIN" : "BIN")
                    + " is missing: send the 12 digits");
            return null;
        }
        try {
            return system.equals(CodeSystems.IIN) ? Reference.person(targetType, Iin.parse(identifier.getValue()))
                    : Reference.organization(Bin.parse(identifier.getValue()));
        } catch (InvalidIdentifierException invalid) {
            issues.value(location + ".value", invalid.getMessage());
            return null;
        }
    }

    private static String expectedSystem(String targetType) {
        return switch (targetType) {
            case PATIENT, PRACTITIONER -> CodeSystems.IIN;
            case ORGANIZATION -> CodeSystems.BIN;
            default -> null;
        };
    }

    private static String logicalForm(String targetType) {
        String system = expectedSystem(targetType);
        return system == null ? "" : ", or {\"type\": \"" + targetType + "\", \"identifier\": {\"system\": \""
                + system + "\", \"value\": \"<" + (system.equals(CodeSystems.IIN) ? "IIN" : "BIN") + ">\"}}";
    }
}
