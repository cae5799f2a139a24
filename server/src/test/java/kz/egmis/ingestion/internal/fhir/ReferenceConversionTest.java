package kz.egmis.ingestion.internal.fhir;

import static kz.egmis.ingestion.internal.fhir.FhirTestData.BAD_IIN;
import static kz.egmis.ingestion.internal.fhir.FhirTestData.BIN;
import static kz.egmis.ingestion.internal.fhir.FhirTestData.PATIENT_IIN;
import static kz.egmis.ingestion.internal.fhir.FhirTestData.convert;
import static kz.egmis.ingestion.internal.fhir.FhirTestData.encounter;
import static kz.egmis.ingestion.internal.fhir.FhirTestData.rejectedAt;
import static org.assertj.core.api.Assertions.assertThat;

import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import kz.egmis.ingestion.domain.EncounterRecord;

/** The three reference forms of the standard, seen through Encounter.subject and Encounter.serviceProvider. */
class ReferenceConversionTest {

    @Test
    void a_literal_reference_names_the_type_and_id_within_the_source() {
        assertThat(subjectOf(new Reference("Patient/pat-1.v2")))
                .isEqualTo(kz.egmis.ingestion.domain.Reference.literal("Patient", "pat-1.v2"));
    }

    @Test
    void a_person_may_be_named_by_iin_alone() {
        assertThat(subjectOf(byIdentifier("Patient", "urn:kz:iin", PATIENT_IIN.value())))
                .isEqualTo(kz.egmis.ingestion.domain.Reference.person("Patient", PATIENT_IIN));
    }

    @Test
    void an_organization_may_be_named_by_bin_alone() {
        Encounter encounter = encounter();
        encounter.setServiceProvider(byIdentifier("Organization", "urn:kz:bin", BIN.value()));

        assertThat(((EncounterRecord) convert(encounter).record()).organization())
                .isEqualTo(kz.egmis.ingestion.domain.Reference.organization(BIN));
    }

    @Test
    void a_logical_reference_without_a_type_takes_the_type_expected_there() {
        assertThat(subjectOf(byIdentifier(null, "urn:kz:iin", PATIENT_IIN.value())))
                .isEqualTo(kz.egmis.ingestion.domain.Reference.person("Patient", PATIENT_IIN));
    }

    @Test
    void with_both_forms_the_literal_wins() {
        Reference both = byIdentifier("Patient", "urn:kz:iin", PATIENT_IIN.value()).setReference("Patient/pat-1");

        assertThat(subjectOf(both)).isEqualTo(kz.egmis.ingestion.domain.Reference.literal("Patient", "pat-1"));
    }

    @Test
    void with_both_forms_an_invalid_identifier_is_still_rejected() {
        Encounter encounter = encounter();
        encounter.setSubject(byIdentifier("Patient", "urn:kz:iin", BAD_IIN).setReference("Patient/pat-1"));

        rejectedAt(encounter, "Encounter.subject.identifier.value", "value");
    }

    @Test
    void a_urn_uuid_that_reaches_conversion_named_no_entry_of_its_bundle() {
        Encounter encounter = encounter();
        encounter.setSubject(new Reference("urn:uuid:2f1c6b4e-8d0a-4d5e-9f7a-1b2c3d4e5f60"));

        assertThat(rejectedAt(encounter, "Encounter.subject.reference", "invalid").message())
                .contains("fullUrl of another entry of the same transaction Bundle");
    }

    @ParameterizedTest
    @ValueSource(strings = {"#p1", "http://his.example.kz/fhir/Patient/pat-1", "urn:oid:1.2.3"})
    void contained_and_absolute_references_are_not_supported(String reference) {
        Encounter encounter = encounter();
        encounter.setSubject(new Reference(reference));

        rejectedAt(encounter, "Encounter.subject.reference", "not-supported");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Patient/pat-1/_history/2", "pat-1", "Patient/", "Patient/pat 1", "Patient/a_b"})
    void a_literal_that_is_not_type_slash_id_is_invalid(String reference) {
        Encounter encounter = encounter();
        encounter.setSubject(new Reference(reference));

        rejectedAt(encounter, "Encounter.subject.reference", "invalid");
    }

    @Test
    void a_literal_of_another_type_is_rejected() {
        Encounter encounter = encounter();
        encounter.setSubject(new Reference("Group/g-1"));

        assertThat(rejectedAt(encounter, "Encounter.subject.reference", "value").message()).contains("Patient");
    }

    @Test
    void a_declared_type_other_than_the_target_is_rejected() {
        Encounter encounter = encounter();
        encounter.getSubject().setType("Group");

        rejectedAt(encounter, "Encounter.subject.type", "value");
    }

    @Test
    void a_person_named_by_a_bin_is_rejected() {
        Encounter encounter = encounter();
        encounter.setSubject(byIdentifier("Patient", "urn:kz:bin", BIN.value()));

        rejectedAt(encounter, "Encounter.subject.identifier.system", "value");
    }

    @Test
    void an_organization_named_by_an_iin_is_rejected() {
        Encounter encounter = encounter();
        encounter.setServiceProvider(byIdentifier("Organization", "urn:kz:iin", PATIENT_IIN.value()));

        rejectedAt(encounter, "Encounter.serviceProvider.identifier.system", "value");
    }

    @Test
    void a_logical_reference_needs_a_valid_number() {
        Encounter missing = encounter();
        missing.setSubject(byIdentifier("Patient", "urn:kz:iin", null));
        Encounter wrong = encounter();
        wrong.setSubject(byIdentifier("Patient", "urn:kz:iin", BAD_IIN));

        rejectedAt(missing, "Encounter.subject.identifier.value", "required");
        assertThat(rejectedAt(wrong, "Encounter.subject.identifier.value", "value").message()).contains("check digit");
    }

    @Test
    void a_reference_with_only_a_display_is_missing() {
        Encounter encounter = encounter();
        encounter.setSubject(new Reference().setDisplay("Ахметова Дана"));

        rejectedAt(encounter, "Encounter.subject", "required");
    }

    private static kz.egmis.ingestion.domain.Reference subjectOf(Reference subject) {
        Encounter encounter = encounter();
        encounter.setSubject(subject);
        return ((EncounterRecord) convert(encounter).record()).patient();
    }

    private static Reference byIdentifier(String type, String system, String value) {
        return new Reference().setType(type).setIdentifier(new Identifier().setSystem(system).setValue(value));
    }
}
