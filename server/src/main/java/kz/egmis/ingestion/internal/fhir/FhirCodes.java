package kz.egmis.ingestion.internal.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;

import kz.egmis.reference.ReferenceCatalog;
import kz.egmis.reference.Region;

import static kz.egmis.ingestion.internal.fhir.IssueCollector.shown;

/** Codings looked up by system, with the FHIRPath of each, and the code checks several types share. */
final class FhirCodes {

    /** A letter, two digits, then optionally a dot and 1-4 letters or digits: J06.9, A00, S72.00. */
    private static final Pattern ICD_10 = Pattern.compile("[A-Z][0-9]{2}(\\.[0-9A-Z]{1,4})?");

    private FhirCodes() {
    }

    /** A coding and where it is, e.g. {@code Claim.item[0].productOrService.coding[1]}. */
    record LocatedCoding(Coding coding, String location) {

        String code() {
            return coding.getCode();
        }

        String codeLocation() {
            return location + ".code";
        }
    }

    /** The codings of {@code system} in one concept, in order. */
    static List<LocatedCoding> codings(CodeableConcept concept, String location, String system) {
        List<LocatedCoding> found = new ArrayList<>();
        List<Coding> codings = concept.getCoding();
        for (int index = 0; index < codings.size(); index++) {
            if (system.equals(codings.get(index).getSystem())) {
                found.add(new LocatedCoding(codings.get(index), location + ".coding[" + index + "]"));
            }
        }
        return found;
    }

    /** The codings of {@code system} in a repeating concept element, e.g. {@code Practitioner.specialty}. */
    static List<LocatedCoding> codings(List<CodeableConcept> concepts, String location, String system) {
        List<LocatedCoding> found = new ArrayList<>();
        for (int index = 0; index < concepts.size(); index++) {
            found.addAll(codings(concepts.get(index), location + "[" + index + "]", system));
        }
        return found;
    }

    /** The first ICD-10 code of the codings; every ICD-10 coding sent must look like one. Null when none. */
    static String icd10(List<LocatedCoding> codings, IssueCollector issues) {
        String first = null;
        for (LocatedCoding coding : codings) {
            if (coding.code() == null || !ICD_10.matcher(coding.code()).matches()) {
                issues.value(coding.codeLocation(), "ICD-10 code " + shown(coding.code()) + " is not an ICD-10"
                        + " code: send a capital letter, two digits and optionally a dot and up to four more,"
                        + " e.g. J06.9");
            } else if (first == null) {
                first = coding.code();
            }
        }
        return first;
    }

    /** The region code of {@code address[0].district}, which must be known to the catalog; null if absent. */
    static String region(List<Address> addresses, String type, ReferenceCatalog catalog, IssueCollector issues) {
        if (addresses.isEmpty() || !addresses.get(0).hasDistrict()) {
            return null;
        }
        String district = addresses.get(0).getDistrict();
        if (!Region.isRegionCode(district) || !catalog.isKnownRegion(district)) {
            issues.unknownCode(type + ".address[0].district", "district " + shown(district) + " is not a known"
                    + " region code: send the first two digits of the KATO code, as in regions.csv (e.g. 71)");
            return null;
        }
        return district;
    }
}
