package kz.egmis.ingestion.internal.fhir;

import static kz.egmis.ingestion.internal.fhir.FhirTestData.claim;
import static kz.egmis.ingestion.internal.fhir.FhirTestData.convert;
import static kz.egmis.ingestion.internal.fhir.FhirTestData.encounter;
import static kz.egmis.ingestion.internal.fhir.FhirTestData.rejectedAt;
import static org.assertj.core.api.Assertions.assertThat;

import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.Encounter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The clock reads 2025-06-15 12:00 UTC+05:00, so the limit is 2025-06-16 12:00 UTC+05:00. */
class FutureDateTest {

    @ParameterizedTest
    @ValueSource(strings = {"2025-06-16T11:59:59+05:00", "2025-06-16T06:59:59Z", "2025-06-16T12:00:00+05:00",
            "2025-06-16"})
    void up_to_24_hours_ahead_is_accepted(String created) {
        Claim claim = claim();
        claim.getCreatedElement().setValueAsString(created);

        assertThat(convert(claim).issues()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-06-16T12:00:01+05:00", "2025-06-16T07:00:01Z", "2025-06-17", "2030-01-01"})
    void more_than_24_hours_ahead_is_rejected(String created) {
        Claim claim = claim();
        claim.getCreatedElement().setValueAsString(created);

        assertThat(rejectedAt(claim, "Claim.created", "value").message())
                .contains(created, "is more than 24 hours in the future: check the date");
    }

    @Test
    void a_future_date_is_rejected_wherever_it_is() {
        Encounter encounter = encounter();
        encounter.getPeriod().getEndElement().setValueAsString("2026-03-05");
        Claim claim = claim();
        claim.getItem().get(0).getServicedDateType().setValueAsString("2026-03-01");
        claim.getItem().get(1).getServicedPeriod().getEndElement().setValueAsString("2026-03-01T10:00:00+05:00");

        rejectedAt(encounter, "Encounter.period.end", "value");
        rejectedAt(claim, "Claim.item[0].servicedDate", "value");
        rejectedAt(claim, "Claim.item[1].servicedPeriod.end", "value");
    }
}
