package kz.egmis.ingestion.internal.fhir;

import static kz.egmis.ingestion.internal.fhir.FhirTestData.BAD_BIN;
import static kz.egmis.ingestion.internal.fhir.FhirTestData.BAD_IIN;
import static kz.egmis.ingestion.internal.fhir.FhirTestData.BIN;
import static kz.egmis.ingestion.internal.fhir.FhirTestData.PATIENT_IIN;
import static kz.egmis.ingestion.internal.fhir.FhirTestData.convert;
import static kz.egmis.ingestion.internal.fhir.FhirTestData.key;
import static kz.egmis.ingestion.internal.fhir.FhirTestData.patient;
import static kz.egmis.ingestion.internal.fhir.FhirTestData.rejectedAt;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

import kz.egmis.identity.Sex;
import kz.egmis.ingestion.domain.PatientRecord;

class PatientConversionTest {

    private static final String RECORD_NUMBER_SYSTEM = "urn:kz:egmis:mrn:" + BIN.value();

    @Test
    void a_valid_patient_becomes_its_record_with_the_kazakhstan_day_of_death() {
        // Died 2025-01-10 23:30 at UTC+03:00, which is already 2025-01-11 in Kazakhstan.
        assertThat(convert(patient()).record()).isEqualTo(new PatientRecord(key("Patient", "pat-1"), PATIENT_IIN,
                null, null, "Ахметова Дана", Sex.FEMALE, LocalDate.of(1985, 3, 12), "75", LocalDate.of(2025, 1, 11)));
    }

    @Test
    void a_person_without_an_iin_is_known_by_the_record_number_of_a_facility() {
        Patient patient = patient();
        patient.getIdentifier().clear();
        patient.addIdentifier(new Identifier().setSystem("urn:oid:1.2.3").setValue("x"));
        patient.addIdentifier(new Identifier().setSystem(RECORD_NUMBER_SYSTEM).setValue("МК-2025/0042"));
        patient.setBirthDate(null);
        patient.setDeceased(null);

        assertThat(convert(patient).record()).isEqualTo(new PatientRecord(key("Patient", "pat-1"), null,
                RECORD_NUMBER_SYSTEM, "МК-2025/0042", "Ахметова Дана", Sex.FEMALE, null, "75", null));
    }

    @Test
    void a_patient_with_neither_iin_nor_record_number_is_rejected() {
        Patient patient = patient();
        patient.getIdentifierFirstRep().setSystem("urn:oid:1.2.3");

        rejectedAt(patient, "Patient.identifier", "required");
    }

    @Test
    void an_iin_with_a_wrong_check_digit_is_rejected() {
        Patient patient = patient();
        patient.getIdentifierFirstRep().setValue(BAD_IIN);

        rejectedAt(patient, "Patient.identifier[0].value", "value");
    }

    @Test
    void a_record_number_system_must_end_with_a_valid_bin() {
        Patient patient = patient();
        patient.getIdentifier().set(0, new Identifier().setSystem("urn:kz:egmis:mrn:" + BAD_BIN).setValue("42"));

        rejectedAt(patient, "Patient.identifier[0].system", "value");
    }

    @Test
    void a_record_number_must_have_one_to_64_characters() {
        Patient empty = patient();
        empty.getIdentifier().set(0, new Identifier().setSystem(RECORD_NUMBER_SYSTEM));
        Patient tooLong = patient();
        tooLong.getIdentifier().set(0, new Identifier().setSystem(RECORD_NUMBER_SYSTEM).setValue("9".repeat(65)));
        Patient longest = patient();
        longest.getIdentifier().set(0, new Identifier().setSystem(RECORD_NUMBER_SYSTEM).setValue("9".repeat(64)));
        longest.setBirthDate(null);

        rejectedAt(empty, "Patient.identifier[0].value", "required");
        rejectedAt(tooLong, "Patient.identifier[0].value", "value");
        assertThat(convert(longest).isAccepted()).isTrue();
    }

    @Test
    void given_and_family_names_are_joined_when_there_is_no_text() {
        Patient patient = patient();
        patient.getName().set(0, new HumanName().setFamily("Ахметова").addGiven("Дана").addGiven("Маратқызы"));

        assertThat(((PatientRecord) convert(patient).record()).name()).isEqualTo("Ахметова Дана Маратқызы");
    }

    @Test
    void a_gender_that_disagrees_with_the_iin_is_rejected() {
        Patient patient = patient();
        patient.setGender(AdministrativeGender.MALE);

        assertThat(rejectedAt(patient, "Patient.gender", "value").message()).contains("male", "female");
    }

    @Test
    void a_birth_date_that_disagrees_with_the_iin_is_rejected_naming_both_dates() {
        Patient patient = patient();
        patient.getBirthDateElement().setValueAsString("1985-12-03");

        assertThat(rejectedAt(patient, "Patient.birthDate", "value").message())
                .contains("1985-12-03", "1985-03-12", PATIENT_IIN.value());
    }

    @Test
    void a_birth_month_alone_is_rejected() {
        Patient patient = patient();
        patient.getBirthDateElement().setValueAsString("1985-03");

        rejectedAt(patient, "Patient.birthDate", "value");
    }

    @Test
    void an_unknown_region_is_rejected() {
        Patient patient = patient();
        patient.getAddressFirstRep().setDistrict("00");

        rejectedAt(patient, "Patient.address[0].district", "code-invalid");
    }

    @Test
    void a_death_without_a_date_is_accepted_without_a_day() {
        Patient patient = patient();
        patient.setDeceased(new BooleanType(true));

        assertThat(((PatientRecord) convert(patient).record()).deceasedDay()).isNull();
    }

    @Test
    void a_death_before_the_birth_is_rejected() {
        Patient patient = patient();
        patient.setDeceased(new DateTimeType("1985-03-11"));

        rejectedAt(patient, "Patient.deceasedDateTime", "value");
    }

    @Test
    void a_death_on_the_day_of_birth_is_accepted() {
        Patient patient = patient();
        patient.setDeceased(new DateTimeType("1985-03-12T20:00:00+05:00"));

        assertThat(((PatientRecord) convert(patient).record()).deceasedDay()).isEqualTo(LocalDate.of(1985, 3, 12));
    }

    @Test
    void a_death_time_without_an_offset_is_rejected() {
        Patient patient = patient();
        patient.setDeceased(new DateTimeType("2025-01-10T23:30:00"));

        assertThat(rejectedAt(patient, "Patient.deceasedDateTime", "value").message()).contains("offset");
    }

    @Test
    void a_death_in_the_future_is_rejected() {
        Patient patient = patient();
        patient.setDeceased(new DateTimeType("2025-07-01"));

        assertThat(rejectedAt(patient, "Patient.deceasedDateTime", "value").message())
                .contains("more than 24 hours in the future");
    }
}
