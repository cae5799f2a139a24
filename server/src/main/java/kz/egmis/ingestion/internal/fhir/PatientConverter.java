package kz.egmis.ingestion.internal.fhir;

import java.time.LocalDate;
import java.util.List;

import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;

import kz.egmis.identity.Bin;
import kz.egmis.identity.Iin;
import kz.egmis.identity.InvalidIdentifierException;
import kz.egmis.identity.Sex;
import kz.egmis.ingestion.domain.PatientRecord;
import kz.egmis.ingestion.domain.RecordKey;
import kz.egmis.reference.ReferenceCatalog;

/**
 * Patient: a person known by IIN, or by a facility's local record number when they have none. Gender and
 * birth date must agree with the IIN; a death cannot precede the birth.
 */
final class PatientConverter {

    private static final int LONGEST_RECORD_NUMBER = 64;

    private final ReferenceCatalog catalog;
    private final FhirDates dates;

    PatientConverter(ReferenceCatalog catalog, FhirDates dates) {
        this.catalog = catalog;
        this.dates = dates;
    }

    /** The record number found: its system (with the facility's BIN) and value. */
    private record RecordNumber(String system, String value) {
    }

    PatientRecord convert(RecordKey key, Patient patient, IssueCollector issues) {
        List<Identifier> identifiers = patient.getIdentifier();
        int iinIndex = FhirIdentifiers.first(identifiers, CodeSystems.IIN);
        Iin iin = null;
        RecordNumber recordNumber = null;
        if (iinIndex != FhirIdentifiers.NONE) {
            iin = FhirIdentifiers.iin(identifiers.get(iinIndex), "Patient.identifier[" + iinIndex + "]", issues);
        } else {
            recordNumber = recordNumber(identifiers, issues);
        }
        Sex sex = FhirIdentifiers.sex(patient.getGender());
        LocalDate birthDate = dates.day(patient.getBirthDateElement(), "Patient.birthDate", issues);
        FhirIdentifiers.checkAgreement(iin, sex, birthDate, "Patient", issues);
        String region = FhirCodes.region(patient.getAddress(), "Patient", catalog, issues);
        LocalDate deceasedDay = deceasedDay(patient, birthDate, issues);
        if (!issues.isEmpty()) {
            return null;
        }
        return new PatientRecord(key, iin, recordNumber == null ? null : recordNumber.system(),
                recordNumber == null ? null : recordNumber.value(), FhirIdentifiers.name(patient.getName()), sex,
                birthDate, region, deceasedDay);
    }

    private static RecordNumber recordNumber(List<Identifier> identifiers, IssueCollector issues) {
        for (int index = 0; index < identifiers.size(); index++) {
            Identifier identifier = identifiers.get(index);
            String system = identifier.getSystem();
            if (system == null || !system.startsWith(CodeSystems.RECORD_NUMBER_PREFIX)) {
                continue;
            }
            String location = "Patient.identifier[" + index + "]";
            try {
                Bin.parse(system.substring(CodeSystems.RECORD_NUMBER_PREFIX.length()));
            } catch (InvalidIdentifierException invalid) {
                issues.value(location + ".system", "a record number system is " + CodeSystems.RECORD_NUMBER_PREFIX
                        + " followed by the BIN of the facility: " + invalid.getMessage());
                return null;
            }
            String value = identifier.getValue();
            if (value == null || value.isEmpty()) {
                issues.required(location + ".value", "the record number is missing: send 1-64 characters");
                return null;
            }
            if (value.length() > LONGEST_RECORD_NUMBER) {
                issues.value(location + ".value", "the record number has " + value.length() + " characters: send"
                        + " at most 64");
                return null;
            }
            return new RecordNumber(system, value);
        }
        issues.required("Patient.identifier", "an identifier is required: send one with system " + CodeSystems.IIN
                + " and the IIN, or, for a person without an IIN, one with system " + CodeSystems.RECORD_NUMBER_PREFIX
                + "<BIN of the facility> and the local record number");
        return null;
    }

    private LocalDate deceasedDay(Patient patient, LocalDate birthDate, IssueCollector issues) {
        // deceasedBoolean needs no handling: true without a date is a death on an unknown day.
        if (!patient.hasDeceasedDateTimeType()) {
            return null;
        }
        LocalDate day = dates.day(patient.getDeceasedDateTimeType(), "Patient.deceasedDateTime", issues);
        if (day != null && birthDate != null && day.isBefore(birthDate)) {
            issues.value("Patient.deceasedDateTime", "the death day " + day + " (UTC+05:00) is before the birthDate "
                    + birthDate + ": correct one of them");
            return null;
        }
        return day;
    }
}
