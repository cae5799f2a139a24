package kz.egmis.ingestion.internal.fhir;

import static kz.egmis.ingestion.internal.fhir.FhirTestData.PRACTITIONER_IIN;
import static kz.egmis.ingestion.internal.fhir.FhirTestData.convert;
import static kz.egmis.ingestion.internal.fhir.FhirTestData.encounter;
import static kz.egmis.ingestion.internal.fhir.FhirTestData.instant;
import static kz.egmis.ingestion.internal.fhir.FhirTestData.key;
import static kz.egmis.ingestion.internal.fhir.FhirTestData.rejectedAt;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Encounter.EncounterStatus;
import org.hl7.fhir.r4.model.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import kz.egmis.ingestion.domain.EncounterRecord;
import kz.egmis.ingestion.domain.Reference;

class EncounterConversionTest {

    @Test
    void a_valid_encounter_becomes_its_record_with_a_date_only_end_covering_its_whole_day() {
        assertThat(convert(encounter()).record()).isEqualTo(new EncounterRecord(key("Encounter", "enc-1"), "finished",
                "IMP", Reference.literal("Patient", "pat-1"), Reference.literal("Organization", "org-1"),
                List.of(Reference.literal("Practitioner", "doc-1"), Reference.person("Practitioner", PRACTITIONER_IIN)),
                instant("2025-03-01T09:30:00+05:00"), instant("2025-03-06T00:00:00+05:00"), "J06.9"));
    }

    @Test
    void a_date_only_start_is_the_start_of_its_day_in_kazakhstan_and_a_timed_end_is_kept() {
        Encounter encounter = encounter();
        encounter.setPeriod(new Period());
        encounter.getPeriod().getStartElement().setValueAsString("2025-03-01");
        encounter.getPeriod().getEndElement().setValueAsString("2025-03-01T08:15:00Z");

        EncounterRecord record = (EncounterRecord) convert(encounter).record();
        assertThat(record.start()).isEqualTo(instant("2025-03-01T00:00:00+05:00"));
        assertThat(record.end()).isEqualTo(instant("2025-03-01T13:15:00+05:00"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"planned", "arrived", "in-progress", "cancelled", "entered-in-error"})
    void an_encounter_that_is_not_finished_is_rejected(String status) {
        Encounter encounter = encounter();
        encounter.setStatus(EncounterStatus.fromCode(status));

        assertThat(rejectedAt(encounter, "Encounter.status", "value").message()).contains("finished");
    }

    @Test
    void status_class_subject_provider_and_period_are_required() {
        Encounter encounter = encounter();
        encounter.setStatus(null);
        encounter.setClass_(null);
        encounter.setSubject(null);
        encounter.setServiceProvider(null);
        encounter.setPeriod(null);

        rejectedAt(encounter, "Encounter.status", "required");
        rejectedAt(encounter, "Encounter.class", "required");
        rejectedAt(encounter, "Encounter.subject", "required");
        rejectedAt(encounter, "Encounter.serviceProvider", "required");
        rejectedAt(encounter, "Encounter.period.start", "required");
        rejectedAt(encounter, "Encounter.period.end", "required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"AMB", "IMP", "EMER", "HH", "VR"})
    void every_class_of_the_standard_is_accepted(String code) {
        Encounter encounter = encounter();
        encounter.getClass_().setCode(code);

        assertThat(((EncounterRecord) convert(encounter).record()).encounterClass()).isEqualTo(code);
    }

    @Test
    void an_unknown_class_is_rejected() {
        Encounter encounter = encounter();
        encounter.getClass_().setCode("FLD");

        rejectedAt(encounter, "Encounter.class.code", "code-invalid");
    }

    @Test
    void a_class_of_another_system_is_rejected() {
        Encounter encounter = encounter();
        encounter.getClass_().setSystem("http://example.org/classes");

        rejectedAt(encounter, "Encounter.class.system", "value");
    }

    @Test
    void a_participant_must_be_a_practitioner() {
        Encounter encounter = encounter();
        encounter.getParticipant().get(1).getIndividual().setIdentifier(null).setType(null)
                .setReference("PractitionerRole/role-1");

        rejectedAt(encounter, "Encounter.participant[1].individual.reference", "value");
    }

    @Test
    void an_end_before_the_start_is_rejected() {
        Encounter encounter = encounter();
        encounter.getPeriod().getEndElement().setValueAsString("2025-03-01T09:29:59+05:00");

        rejectedAt(encounter, "Encounter.period.end", "value");
    }

    @Test
    void a_date_only_end_on_the_day_of_a_timed_start_is_accepted() {
        Encounter encounter = encounter();
        encounter.getPeriod().getEndElement().setValueAsString("2025-03-01");

        assertThat(((EncounterRecord) convert(encounter).record()).end())
                .isEqualTo(instant("2025-03-02T00:00:00+05:00"));
    }

    @Test
    void a_start_without_an_offset_is_rejected() {
        Encounter encounter = encounter();
        encounter.getPeriod().getStartElement().setValueAsString("2025-03-01T09:30:00");

        assertThat(rejectedAt(encounter, "Encounter.period.start", "value").message()).contains("offset");
    }

    @Test
    void the_reason_is_optional() {
        Encounter encounter = encounter();
        encounter.getReasonCode().clear();

        assertThat(((EncounterRecord) convert(encounter).record()).reasonCode()).isNull();
    }

    @Test
    void the_first_icd_10_reason_is_kept_and_other_systems_are_ignored() {
        Encounter encounter = encounter();
        encounter.getReasonCode().add(0, new CodeableConcept(new Coding("http://snomed.info/sct", "54150009", null)));
        encounter.getReasonCode().get(1).addCoding(new Coding("http://hl7.org/fhir/sid/icd-10", "S72.00", null));

        assertThat(((EncounterRecord) convert(encounter).record()).reasonCode()).isEqualTo("J06.9");
    }

    @ParameterizedTest
    @ValueSource(strings = {"A00", "J06.9", "S72.00", "U07.1", "T36.0X1A"})
    void codes_shaped_like_icd_10_are_accepted(String code) {
        Encounter encounter = encounter();
        encounter.getReasonCodeFirstRep().getCodingFirstRep().setCode(code);

        assertThat(((EncounterRecord) convert(encounter).record()).reasonCode()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"j06.9", "J6", "J06.", "006.9", "J06.12345", "J06-9", "ОРВИ"})
    void a_reason_that_is_not_shaped_like_icd_10_is_rejected(String code) {
        Encounter encounter = encounter();
        encounter.getReasonCodeFirstRep().getCodingFirstRep().setCode(code);

        rejectedAt(encounter, "Encounter.reasonCode[0].coding[0].code", "value");
    }
}
