package kz.egmis.ingestion.internal.fhir;

import java.time.LocalDate;

import org.hl7.fhir.r4.model.Practitioner;

import kz.egmis.identity.Iin;
import kz.egmis.identity.Sex;
import kz.egmis.ingestion.domain.PractitionerRecord;
import kz.egmis.ingestion.domain.RecordKey;

/** Practitioner: a person known by IIN, whose gender and birth date must agree with it. */
final class PractitionerConverter {

    private final FhirDates dates;

    PractitionerConverter(FhirDates dates) {
        this.dates = dates;
    }

    PractitionerRecord convert(RecordKey key, Practitioner practitioner, IssueCollector issues) {
        Iin iin = null;
        int index = FhirIdentifiers.first(practitioner.getIdentifier(), CodeSystems.IIN);
        if (index == FhirIdentifiers.NONE) {
            issues.required("Practitioner.identifier", "the IIN is required: send an identifier with system "
                    + CodeSystems.IIN + " and the 12-digit IIN as its value");
        } else {
            iin = FhirIdentifiers.iin(practitioner.getIdentifier().get(index),
                    "Practitioner.identifier[" + index + "]", issues);
        }
        Sex sex = FhirIdentifiers.sex(practitioner.getGender());
        LocalDate birthDate = dates.day(practitioner.getBirthDateElement(), "Practitioner.birthDate", issues);
        FhirIdentifiers.checkAgreement(iin, sex, birthDate, "Practitioner", issues);
        return issues.isEmpty() ? new PractitionerRecord(key, iin, FhirIdentifiers.name(practitioner.getName()), sex,
                birthDate) : null;
    }
}
