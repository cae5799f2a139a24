package kz.egmis.ingestion.internal.fhir;

import static kz.egmis.ingestion.internal.fhir.FhirTestData.BAD_IIN;
import static kz.egmis.ingestion.internal.fhir.FhirTestData.CONVERTER;
import static kz.egmis.ingestion.internal.fhir.FhirTestData.convert;
import static kz.egmis.ingestion.internal.fhir.FhirTestData.patient;
import static kz.egmis.ingestion.internal.fhir.FhirTestData.rejectedAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

import kz.egmis.ingestion.domain.Conversion;
import kz.egmis.ingestion.domain.RecordKey;
import kz.egmis.ingestion.domain.ValidationIssue;
import kz.egmis.platform.SourceSystem;

class FhirResourceConverterTest {

    @Test
    void the_record_is_keyed_by_source_type_and_id() {
        Conversion conversion = CONVERTER.convert(new SourceSystem("lis.karaganda"), patient());

        assertThat(conversion.record().key()).isEqualTo(new RecordKey(new SourceSystem("lis.karaganda"), "Patient",
                "pat-1"));
    }

    @Test
    void a_resource_without_an_id_is_rejected() {
        Patient patient = patient();
        patient.setIdElement(null);

        rejectedAt(patient, "Patient.id", "required");
    }

    @Test
    void an_id_longer_than_64_characters_or_with_other_characters_is_invalid() {
        Patient tooLong = patient();
        tooLong.setId("a".repeat(65));
        Patient underscore = patient();
        underscore.setId("pat_1");
        Patient longest = patient();
        longest.setId("a".repeat(64));

        rejectedAt(tooLong, "Patient.id", "invalid");
        rejectedAt(underscore, "Patient.id", "invalid");
        assertThat(convert(longest).isAccepted()).isTrue();
    }

    @Test
    void the_rest_of_a_resource_is_checked_even_when_its_id_is_unusable() {
        Patient patient = patient();
        patient.setIdElement(null);
        patient.getIdentifierFirstRep().setValue(BAD_IIN);
        patient.setGender(AdministrativeGender.MALE);

        assertThat(convert(patient).issues()).extracting(ValidationIssue::location, ValidationIssue::code)
                .containsExactly(tuple("Patient.id", "required"), tuple("Patient.identifier[0].value", "value"));
    }

    @Test
    void every_issue_is_reported_not_only_the_first() {
        Patient patient = patient();
        patient.setGender(AdministrativeGender.MALE);
        patient.getBirthDateElement().setValueAsString("1985-03-13");
        patient.getAddressFirstRep().setDistrict("99");

        assertThat(convert(patient).issues()).extracting(ValidationIssue::location).containsExactly(
                "Patient.gender", "Patient.birthDate", "Patient.address[0].district");
    }

    @Test
    void a_resource_with_a_time_in_a_date_element_is_rejected_rather_than_thrown() {
        Patient patient = patient();
        patient.getBirthDateElement().setValueAsString("1985-03-12T08:00:00+05:00");

        assertThat(convert(patient).issues()).extracting(ValidationIssue::location, ValidationIssue::code)
                .containsExactly(tuple("Patient", "structure"));
    }

    @Test
    void a_type_egmis_does_not_accept_is_not_supported() {
        Observation observation = new Observation();
        observation.setId("o1");

        assertThat(convert(observation).issues()).extracting(ValidationIssue::location, ValidationIssue::code)
                .containsExactly(tuple("Observation", "not-supported"));
    }
}
