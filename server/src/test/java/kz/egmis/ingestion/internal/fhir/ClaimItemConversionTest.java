package kz.egmis.ingestion.internal.fhir;

import static kz.egmis.ingestion.internal.fhir.FhirTestData.claim;
import static kz.egmis.ingestion.internal.fhir.FhirTestData.convert;
import static kz.egmis.ingestion.internal.fhir.FhirTestData.rejectedAt;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.Claim.ItemComponent;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Money;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.PositiveIntType;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;

import kz.egmis.ingestion.domain.ClaimRecord;
import kz.egmis.ingestion.domain.ClaimRecord.ClaimItem;

class ClaimItemConversionTest {

    @Test
    void a_missing_quantity_is_one_unit() {
        Claim claim = claim();
        claim.getItem().get(0).setQuantity(null);

        assertThat(firstItem(claim).quantity()).isEqualByComparingTo(BigDecimal.ONE);
    }

    @Test
    void a_quantity_of_zero_or_less_is_rejected() {
        Claim claim = claim();
        claim.getItem().get(1).getQuantity().setValue(BigDecimal.ZERO);

        rejectedAt(claim, "Claim.item[1].quantity.value", "value");
    }

    @Test
    void item_sequences_must_be_present_positive_and_unique() {
        Claim repeated = claim();
        repeated.getItem().get(1).setSequence(1);
        Claim missing = claim();
        missing.getItem().get(0).setSequenceElement(null);

        rejectedAt(repeated, "Claim.item[1].sequence", "value");
        rejectedAt(missing, "Claim.item[0].sequence", "required");
    }

    @Test
    void a_service_unknown_to_the_catalog_is_rejected() {
        Claim claim = claim();
        claim.getItem().get(1).getProductOrService().getCodingFirstRep().setCode("XYZ999");

        assertThat(rejectedAt(claim, "Claim.item[1].productOrService.coding[0].code", "code-invalid").message())
                .contains("XYZ999");
    }

    @Test
    void an_item_without_a_service_of_the_standard_is_rejected() {
        Claim claim = claim();
        claim.getItem().get(0).getProductOrService().getCodingFirstRep().setSystem("http://snomed.info/sct");

        rejectedAt(claim, "Claim.item[0].productOrService", "required");
    }

    @Test
    void an_item_without_a_day_of_service_is_rejected() {
        Claim claim = claim();
        claim.getItem().get(0).setServiced(null);

        rejectedAt(claim, "Claim.item[0].serviced", "required");
    }

    @Test
    void a_service_period_needs_a_start_and_an_end_not_before_it() {
        Claim noStart = claim();
        noStart.getItem().get(1).getServicedPeriod().setStart(null);
        Claim backwards = claim();
        backwards.getItem().get(1).getServicedPeriod().getEndElement().setValueAsString("2025-02-28");

        rejectedAt(noStart, "Claim.item[1].servicedPeriod.start", "required");
        rejectedAt(backwards, "Claim.item[1].servicedPeriod.end", "value");
    }

    @Test
    void a_service_period_without_an_end_is_one_day() {
        Claim claim = claim();
        claim.getItem().get(0).setServiced(new Period());
        claim.getItem().get(0).getServicedPeriod().getStartElement().setValueAsString("2025-03-04");

        ClaimItem item = firstItem(claim);
        assertThat(item.start()).isEqualTo(LocalDate.of(2025, 3, 4));
        assertThat(item.end()).isEqualTo(LocalDate.of(2025, 3, 4));
    }

    @Test
    void a_service_month_alone_is_rejected() {
        Claim claim = claim();
        claim.getItem().get(0).setServiced(new DateType("2025-03"));

        rejectedAt(claim, "Claim.item[0].servicedDate", "value");
    }

    @Test
    void prices_must_be_in_tenge_and_not_negative() {
        Claim claim = claim();
        claim.getItem().get(0).getUnitPrice().setCurrency("RUB");
        claim.getItem().get(0).getNet().setValue(new BigDecimal("-1"));
        Claim noValue = claim();
        noValue.getItem().get(0).setUnitPrice(new Money().setCurrency("KZT"));

        rejectedAt(claim, "Claim.item[0].unitPrice.currency", "value");
        rejectedAt(claim, "Claim.item[0].net.value", "value");
        rejectedAt(noValue, "Claim.item[0].unitPrice.value", "required");
    }

    @Test
    void an_amount_without_a_currency_is_taken_as_tenge() {
        Claim claim = claim();
        claim.getItem().get(0).setNet(new Money().setValue(new BigDecimal("0")));

        assertThat(firstItem(claim).net()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void a_care_team_sequence_must_name_a_care_team_entry() {
        Claim claim = claim();
        claim.getItem().get(0).getCareTeamSequence().add(new PositiveIntType(7));

        assertThat(rejectedAt(claim, "Claim.item[0].careTeamSequence[1]", "value").message()).contains("7");
    }

    @Test
    void an_item_encounter_must_be_an_encounter() {
        Claim claim = claim();
        claim.getItem().get(0).getEncounter().add(new Reference("Patient/pat-1"));
        Claim logical = claim();
        logical.getItem().get(0).getEncounter().set(0, new Reference().setType("Encounter")
                .setIdentifier(new org.hl7.fhir.r4.model.Identifier().setSystem("urn:x").setValue("1")));

        rejectedAt(claim, "Claim.item[0].encounter[1].reference", "value");
        rejectedAt(logical, "Claim.item[0].encounter[0].identifier", "not-supported");
    }

    @Test
    void prices_are_not_compared_with_the_catalog() {
        Claim claim = claim();
        ItemComponent item = claim.getItem().get(0);
        item.getUnitPrice().setValue(new BigDecimal("999999"));
        item.getNet().setValue(new BigDecimal("999999"));

        assertThat(convert(claim).isAccepted()).isTrue();
    }

    private static ClaimItem firstItem(Claim claim) {
        return ((ClaimRecord) convert(claim).record()).items().get(0);
    }
}
