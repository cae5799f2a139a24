package kz.egmis.ingestion.internal.fhir;

import static kz.egmis.ingestion.internal.fhir.FhirTestData.PRACTITIONER_IIN;
import static kz.egmis.ingestion.internal.fhir.FhirTestData.claim;
import static kz.egmis.ingestion.internal.fhir.FhirTestData.convert;
import static kz.egmis.ingestion.internal.fhir.FhirTestData.key;
import static kz.egmis.ingestion.internal.fhir.FhirTestData.rejectedAt;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.Claim.ClaimStatus;
import org.hl7.fhir.r4.model.Claim.Use;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import kz.egmis.ingestion.domain.ClaimRecord;
import kz.egmis.ingestion.domain.ClaimRecord.CareTeamMember;
import kz.egmis.ingestion.domain.ClaimRecord.ClaimItem;

/** The claim as a whole; its items are tested in {@link ClaimItemConversionTest}. */
class ClaimConversionTest {

    @Test
    void a_valid_claim_becomes_its_record() {
        assertThat(convert(claim()).record()).isEqualTo(new ClaimRecord(key("Claim", "claim-1"), ClaimRecord.FROM_FHIR,
                "active", "professional", literal("Patient", "pat-1"), literal("Organization", "org-1"), "GOBMP",
                LocalDate.of(2025, 3, 2), "J06.9", new BigDecimal("14200.50"),
                List.of(new CareTeamMember(1, literal("Practitioner", "doc-1")),
                        new CareTeamMember(2, kz.egmis.ingestion.domain.Reference.person("Practitioner",
                                PRACTITIONER_IIN))),
                List.of(new ClaimItem(1, "PHC001", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 1),
                                new BigDecimal("1"), new BigDecimal("3200"), new BigDecimal("3200"), List.of(1),
                                List.of(literal("Encounter", "enc-1"))),
                        // The period ends at 01:00 UTC+06:00, which is midnight starting 2 March in Kazakhstan.
                        new ClaimItem(2, "SPEC010", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 2),
                                new BigDecimal("2.5"), null, new BigDecimal("11000.50"), List.of(), List.of()))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"cancelled", "entered-in-error"})
    void a_withdrawn_claim_is_kept_with_its_status_and_needs_no_funding(String status) {
        Claim claim = claim();
        claim.setStatus(ClaimStatus.fromCode(status));
        claim.getInsurance().clear();

        ClaimRecord record = (ClaimRecord) convert(claim).record();
        assertThat(record.status()).isEqualTo(status);
        assertThat(record.fundingCode()).isNull();
    }

    @Test
    void a_draft_claim_is_rejected() {
        Claim claim = claim();
        claim.setStatus(ClaimStatus.DRAFT);

        rejectedAt(claim, "Claim.status", "value");
    }

    @Test
    void status_type_use_patient_created_provider_and_items_are_required() {
        Claim claim = claim();
        claim.setStatus(null);
        claim.setType(null);
        claim.setUse(null);
        claim.setPatient(null);
        claim.setCreatedElement(null);
        claim.setProvider(null);
        claim.getItem().clear();

        rejectedAt(claim, "Claim.status", "required");
        rejectedAt(claim, "Claim.type", "required");
        rejectedAt(claim, "Claim.use", "required");
        rejectedAt(claim, "Claim.patient", "required");
        rejectedAt(claim, "Claim.created", "required");
        rejectedAt(claim, "Claim.provider", "required");
        rejectedAt(claim, "Claim.item", "required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"institutional", "professional", "pharmacy"})
    void every_claim_type_of_the_standard_is_accepted(String type) {
        Claim claim = claim();
        claim.getType().getCodingFirstRep().setCode(type);

        assertThat(((ClaimRecord) convert(claim).record()).claimType()).isEqualTo(type);
    }

    @Test
    void another_claim_type_is_rejected() {
        Claim claim = claim();
        claim.getType().getCodingFirstRep().setCode("oral");

        rejectedAt(claim, "Claim.type.coding[0].code", "code-invalid");
    }

    @Test
    void a_preauthorization_is_rejected() {
        Claim claim = claim();
        claim.setUse(Use.PREAUTHORIZATION);

        rejectedAt(claim, "Claim.use", "value");
    }

    @Test
    void a_creation_time_counts_as_its_day_in_kazakhstan() {
        Claim claim = claim();
        claim.getCreatedElement().setValueAsString("2025-03-01T20:30:00Z");

        assertThat(((ClaimRecord) convert(claim).record()).created()).isEqualTo(LocalDate.of(2025, 3, 2));
    }

    @Test
    void an_active_claim_without_a_funding_stream_is_rejected() {
        Claim claim = claim();
        claim.getInsurance().clear();

        rejectedAt(claim, "Claim.insurance[0].coverage.identifier", "required");
    }

    @Test
    void a_coverage_named_only_by_a_literal_reference_gives_no_funding_stream() {
        Claim claim = claim();
        claim.getInsuranceFirstRep().setCoverage(new Reference("Coverage/cov-1"));

        rejectedAt(claim, "Claim.insurance[0].coverage.identifier", "required");
    }

    @Test
    void an_unknown_funding_stream_is_rejected() {
        Claim claim = claim();
        claim.getInsuranceFirstRep().getCoverage().getIdentifier().setValue("PRIVATE");

        assertThat(rejectedAt(claim, "Claim.insurance[0].coverage.identifier.value", "code-invalid").message())
                .contains("GOBMP", "OSMS");
    }

    @Test
    void a_funding_stream_of_another_system_is_rejected() {
        Claim claim = claim();
        claim.getInsuranceFirstRep().getCoverage().getIdentifier().setSystem("urn:kz:egmis:fund");

        rejectedAt(claim, "Claim.insurance[0].coverage.identifier.system", "value");
    }

    @Test
    void osms_is_a_funding_stream_too() {
        Claim claim = claim();
        claim.getInsuranceFirstRep().getCoverage().getIdentifier().setValue("OSMS");

        assertThat(((ClaimRecord) convert(claim).record()).fundingCode()).isEqualTo("OSMS");
    }

    @Test
    void care_team_sequences_must_be_positive_and_unique() {
        Claim claim = claim();
        claim.getCareTeam().get(1).setSequence(1);
        Claim zero = claim();
        zero.getCareTeam().get(1).setSequence(0);

        rejectedAt(claim, "Claim.careTeam[1].sequence", "value");
        rejectedAt(zero, "Claim.careTeam[1].sequence", "value");
    }

    @Test
    void a_care_team_member_must_be_a_practitioner() {
        Claim claim = claim();
        claim.getCareTeam().get(0).getProvider().setReference("Organization/org-1");
        Claim missing = claim();
        missing.getCareTeam().get(1).setProvider(null);

        rejectedAt(claim, "Claim.careTeam[0].provider.reference", "value");
        rejectedAt(missing, "Claim.careTeam[1].provider", "required");
    }

    @Test
    void an_item_naming_a_care_team_entry_with_a_wrong_provider_adds_no_second_issue() {
        Claim claim = claim();
        claim.getCareTeam().get(0).getProvider().setReference("Practitioner/doc 1");

        assertThat(convert(claim).issues()).extracting(issue -> issue.location())
                .containsExactly("Claim.careTeam[0].provider.reference");
    }

    @Test
    void a_diagnosis_that_is_not_icd_10_is_rejected() {
        Claim claim = claim();
        claim.getDiagnosisFirstRep().getDiagnosisCodeableConcept().getCodingFirstRep().setCode("J069");

        rejectedAt(claim, "Claim.diagnosis[0].diagnosisCodeableConcept.coding[0].code", "value");
    }

    @Test
    void a_diagnosis_by_reference_is_not_supported() {
        Claim claim = claim();
        claim.getDiagnosisFirstRep().setDiagnosis(new Reference("Condition/c-1"));

        rejectedAt(claim, "Claim.diagnosis[0].diagnosisReference", "not-supported");
    }

    @Test
    void diagnosis_and_total_are_optional() {
        Claim claim = claim();
        claim.getDiagnosis().clear();
        claim.setTotal(null);

        ClaimRecord record = (ClaimRecord) convert(claim).record();
        assertThat(record.diagnosisCode()).isNull();
        assertThat(record.total()).isNull();
    }

    @Test
    void a_total_in_another_currency_or_below_zero_is_rejected() {
        Claim dollars = claim();
        dollars.getTotal().setCurrency("USD");
        Claim negative = claim();
        negative.getTotal().setValue(new BigDecimal("-0.01"));

        rejectedAt(dollars, "Claim.total.currency", "value");
        rejectedAt(negative, "Claim.total.value", "value");
    }

    private static kz.egmis.ingestion.domain.Reference literal(String type, String id) {
        return kz.egmis.ingestion.domain.Reference.literal(type, id);
    }
}
