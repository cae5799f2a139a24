package kz.egmis.ingestion.internal.fhir;

import java.util.ArrayList;
import java.util.List;

import org.hl7.fhir.r4.model.PractitionerRole;

import kz.egmis.ingestion.domain.PractitionerRoleRecord;
import kz.egmis.ingestion.domain.RecordKey;
import kz.egmis.ingestion.domain.Reference;
import kz.egmis.reference.ReferenceCatalog;

import static kz.egmis.ingestion.internal.fhir.IssueCollector.shown;

/** PractitionerRole: employment of a practitioner at an organization, in catalog specialties. */
final class PractitionerRoleConverter {

    private final ReferenceCatalog catalog;
    private final FhirDates dates;

    PractitionerRoleConverter(ReferenceCatalog catalog, FhirDates dates) {
        this.catalog = catalog;
        this.dates = dates;
    }

    PractitionerRoleRecord convert(RecordKey key, PractitionerRole role, IssueCollector issues) {
        Reference practitioner = FhirReferences.required(role.getPractitioner(), "PractitionerRole.practitioner",
                "Practitioner", issues);
        Reference organization = FhirReferences.required(role.getOrganization(), "PractitionerRole.organization",
                "Organization", issues);
        List<String> specialties = specialties(role, issues);
        FhirDates.DayRange period = dates.days(role.getPeriod(), "PractitionerRole.period", false, issues);
        if (!issues.isEmpty()) {
            return null;
        }
        return new PractitionerRoleRecord(key, practitioner, organization, specialties,
                period == null ? null : period.start(), period == null ? null : period.end());
    }

    private List<String> specialties(PractitionerRole role, IssueCollector issues) {
        List<FhirCodes.LocatedCoding> codings = FhirCodes.codings(role.getSpecialty(), "PractitionerRole.specialty",
                CodeSystems.SPECIALTY);
        if (codings.isEmpty()) {
            issues.required("PractitionerRole.specialty", "at least one specialty is required: send a coding with"
                    + " system " + CodeSystems.SPECIALTY + " and a code of specialties.csv");
        }
        List<String> specialties = new ArrayList<>();
        for (FhirCodes.LocatedCoding coding : codings) {
            if (!catalog.isKnownSpecialty(coding.code())) {
                issues.unknownCode(coding.codeLocation(), "specialty " + shown(coding.code()) + " is not in the"
                        + " catalog: send a code of specialties.csv, e.g. GP");
            } else if (!specialties.contains(coding.code())) {
                specialties.add(coding.code());
            }
        }
        return specialties;
    }
}
