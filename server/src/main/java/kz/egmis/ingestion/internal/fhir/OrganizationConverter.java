package kz.egmis.ingestion.internal.fhir;

import java.util.List;
import java.util.Set;

import org.hl7.fhir.r4.model.Organization;

import kz.egmis.identity.Bin;
import kz.egmis.ingestion.domain.OrganizationRecord;
import kz.egmis.ingestion.domain.RecordKey;
import kz.egmis.ingestion.domain.Reference;
import kz.egmis.reference.ReferenceCatalog;

import static kz.egmis.ingestion.internal.fhir.IssueCollector.shown;

/** Organization: a facility or pharmacy, known by its BIN. */
final class OrganizationConverter {

    // Listed in the standard's order for messages.
    private static final List<String> FACILITY_TYPES = List.of("PHC", "HOSP", "SPEC", "EMS", "PHARM", "LAB");
    private static final Set<String> KNOWN_FACILITY_TYPES = Set.copyOf(FACILITY_TYPES);

    private final ReferenceCatalog catalog;

    OrganizationConverter(ReferenceCatalog catalog) {
        this.catalog = catalog;
    }

    OrganizationRecord convert(RecordKey key, Organization organization, IssueCollector issues) {
        Bin bin = bin(organization, issues);
        String facilityType = facilityType(organization, issues);
        String region = FhirCodes.region(organization.getAddress(), "Organization", catalog, issues);
        Reference partOf = FhirReferences.optional(organization.getPartOf(), "Organization.partOf", "Organization",
                issues);
        return issues.isEmpty() ? new OrganizationRecord(key, bin, facilityType, organization.getName(), region,
                partOf) : null;
    }

    private static Bin bin(Organization organization, IssueCollector issues) {
        int index = FhirIdentifiers.first(organization.getIdentifier(), CodeSystems.BIN);
        if (index == FhirIdentifiers.NONE) {
            issues.required("Organization.identifier", "the BIN is required: send an identifier with system "
                    + CodeSystems.BIN + " and the 12-digit BIN as its value");
            return null;
        }
        return FhirIdentifiers.bin(organization.getIdentifier().get(index),
                "Organization.identifier[" + index + "]", issues);
    }

    private static String facilityType(Organization organization, IssueCollector issues) {
        List<FhirCodes.LocatedCoding> codings = FhirCodes.codings(organization.getType(), "Organization.type",
                CodeSystems.FACILITY_TYPE);
        if (codings.isEmpty()) {
            issues.required("Organization.type", "the facility type is required: send a coding with system "
                    + CodeSystems.FACILITY_TYPE + " and one of " + String.join(", ", FACILITY_TYPES));
            return null;
        }
        FhirCodes.LocatedCoding coding = codings.get(0);
        if (!KNOWN_FACILITY_TYPES.contains(coding.code())) {
            issues.unknownCode(coding.codeLocation(), "facility type " + shown(coding.code()) + " is unknown: send"
                    + " one of " + String.join(", ", FACILITY_TYPES));
            return null;
        }
        return coding.code();
    }
}
