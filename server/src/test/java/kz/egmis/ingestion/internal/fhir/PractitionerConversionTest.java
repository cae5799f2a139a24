package kz.egmis.ingestion.internal.fhir;

import static kz.egmis.ingestion.internal.fhir.FhirTestData.BAD_IIN;
import static kz.egmis.ingestion.internal.fhir.FhirTestData.PRACTITIONER_IIN;
import static kz.egmis.ingestion.internal.fhir.FhirTestData.convert;
import static kz.egmis.ingestion.internal.fhir.FhirTestData.key;
import static kz.egmis.ingestion.internal.fhir.FhirTestData.practitioner;
import static kz.egmis.ingestion.internal.fhir.FhirTestData.rejectedAt;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Practitioner;
import org.junit.jupiter.api.Test;

import kz.egmis.identity.Sex;
import kz.egmis.ingestion.domain.PractitionerRecord;

class PractitionerConversionTest {

    @Test
    void a_valid_practitioner_becomes_its_record_with_family_then_given_names() {
        assertThat(convert(practitioner()).record()).isEqualTo(new PractitionerRecord(key("Practitioner", "doc-1"),
                PRACTITIONER_IIN, "Сейткали Айгерим Нурлановна", Sex.FEMALE, LocalDate.of(1970, 7, 1)));
    }

    @Test
    void a_name_text_is_taken_as_it_is() {
        Practitioner practitioner = practitioner();
        practitioner.getName().set(0, new HumanName().setText("Dr. A. Seitkali").setFamily("Seitkali"));

        assertThat(((PractitionerRecord) convert(practitioner).record()).name()).isEqualTo("Dr. A. Seitkali");
    }

    @Test
    void name_gender_and_birth_date_are_optional() {
        Practitioner practitioner = practitioner();
        practitioner.getName().clear();
        practitioner.setGender(null);
        practitioner.setBirthDate(null);

        assertThat(convert(practitioner).record()).isEqualTo(new PractitionerRecord(key("Practitioner", "doc-1"),
                PRACTITIONER_IIN, null, null, null));
    }

    @Test
    void other_and_unknown_genders_are_accepted_without_a_sex() {
        for (AdministrativeGender gender : new AdministrativeGender[] {AdministrativeGender.OTHER,
                AdministrativeGender.UNKNOWN}) {
            Practitioner practitioner = practitioner();
            practitioner.setGender(gender);

            assertThat(((PractitionerRecord) convert(practitioner).record()).sex()).isNull();
        }
    }

    @Test
    void a_practitioner_without_an_iin_is_rejected() {
        Practitioner practitioner = practitioner();
        practitioner.getIdentifierFirstRep().setSystem("urn:kz:bin");

        rejectedAt(practitioner, "Practitioner.identifier", "required");
    }

    @Test
    void an_iin_with_a_wrong_check_digit_is_rejected() {
        Practitioner practitioner = practitioner();
        practitioner.getIdentifierFirstRep().setValue(BAD_IIN);

        assertThat(rejectedAt(practitioner, "Practitioner.identifier[0].value", "value").message())
                .contains(BAD_IIN, "check digit");
    }

    @Test
    void a_gender_that_disagrees_with_the_iin_is_rejected_naming_both() {
        Practitioner practitioner = practitioner();
        practitioner.setGender(AdministrativeGender.MALE);

        assertThat(rejectedAt(practitioner, "Practitioner.gender", "value").message())
                .contains("male", "female", PRACTITIONER_IIN.value());
    }

    @Test
    void a_birth_date_that_disagrees_with_the_iin_is_rejected_naming_both() {
        Practitioner practitioner = practitioner();
        practitioner.getBirthDateElement().setValueAsString("1970-07-02");

        assertThat(rejectedAt(practitioner, "Practitioner.birthDate", "value").message())
                .contains("1970-07-02", "1970-07-01", PRACTITIONER_IIN.value());
    }

    @Test
    void a_birth_year_alone_is_rejected_because_the_rules_need_a_day() {
        Practitioner practitioner = practitioner();
        practitioner.getBirthDateElement().setValueAsString("1970");

        assertThat(rejectedAt(practitioner, "Practitioner.birthDate", "value").message()).contains("YYYY-MM-DD");
    }
}
