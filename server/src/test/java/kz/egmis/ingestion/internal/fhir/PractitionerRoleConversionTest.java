package kz.egmis.ingestion.internal.fhir;

import static kz.egmis.ingestion.internal.fhir.FhirTestData.BIN;
import static kz.egmis.ingestion.internal.fhir.FhirTestData.convert;
import static kz.egmis.ingestion.internal.fhir.FhirTestData.key;
import static kz.egmis.ingestion.internal.fhir.FhirTestData.practitionerRole;
import static kz.egmis.ingestion.internal.fhir.FhirTestData.rejectedAt;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.junit.jupiter.api.Test;

import kz.egmis.ingestion.domain.PractitionerRoleRecord;
import kz.egmis.ingestion.domain.Reference;

class PractitionerRoleConversionTest {

    @Test
    void a_valid_role_becomes_its_record() {
        assertThat(convert(practitionerRole()).record()).isEqualTo(new PractitionerRoleRecord(
                key("PractitionerRole", "role-1"), Reference.literal("Practitioner", "doc-1"),
                Reference.organization(BIN), List.of("GP", "CARD"), LocalDate.of(2020, 1, 1),
                LocalDate.of(2024, 12, 31)));
    }

    @Test
    void an_open_or_absent_period_is_accepted() {
        PractitionerRole open = practitionerRole();
        open.getPeriod().setEnd(null);
        PractitionerRole without = practitionerRole();
        without.setPeriod(null);

        assertThat(((PractitionerRoleRecord) convert(open).record()).end()).isNull();
        PractitionerRoleRecord record = (PractitionerRoleRecord) convert(without).record();
        assertThat(record.start()).isNull();
        assertThat(record.end()).isNull();
    }

    @Test
    void a_repeated_specialty_is_kept_once() {
        PractitionerRole role = practitionerRole();
        role.getSpecialtyFirstRep().addCoding(new Coding("urn:kz:egmis:specialty", "GP", null));

        assertThat(((PractitionerRoleRecord) convert(role).record()).specialties()).containsExactly("GP", "CARD");
    }

    @Test
    void practitioner_and_organization_are_required() {
        PractitionerRole role = practitionerRole();
        role.setPractitioner(null);
        role.setOrganization(null);

        rejectedAt(role, "PractitionerRole.practitioner", "required");
        rejectedAt(role, "PractitionerRole.organization", "required");
    }

    @Test
    void a_role_without_a_specialty_of_the_standard_is_rejected() {
        PractitionerRole role = practitionerRole();
        role.getSpecialtyFirstRep().getCoding().forEach(coding -> coding.setSystem("http://snomed.info/sct"));

        rejectedAt(role, "PractitionerRole.specialty", "required");
    }

    @Test
    void a_specialty_unknown_to_the_catalog_is_rejected_where_it_was_sent() {
        PractitionerRole role = practitionerRole();
        role.getSpecialtyFirstRep().getCoding().get(1).setCode("ASTRO");

        assertThat(rejectedAt(role, "PractitionerRole.specialty[0].coding[1].code", "code-invalid").message())
                .contains("ASTRO");
    }

    @Test
    void a_period_ending_before_it_starts_is_rejected() {
        PractitionerRole role = practitionerRole();
        role.getPeriod().getEndElement().setValueAsString("2019-12-31");

        rejectedAt(role, "PractitionerRole.period.end", "value");
    }

    @Test
    void a_period_of_one_day_is_accepted() {
        PractitionerRole role = practitionerRole();
        role.getPeriod().getEndElement().setValueAsString("2020-01-01");

        assertThat(convert(role).isAccepted()).isTrue();
    }
}
