package kz.egmis.ingestion.internal.fhir;

import static kz.egmis.ingestion.internal.fhir.FhirTestData.BAD_BIN;
import static kz.egmis.ingestion.internal.fhir.FhirTestData.BIN;
import static kz.egmis.ingestion.internal.fhir.FhirTestData.convert;
import static kz.egmis.ingestion.internal.fhir.FhirTestData.key;
import static kz.egmis.ingestion.internal.fhir.FhirTestData.organization;
import static kz.egmis.ingestion.internal.fhir.FhirTestData.rejectedAt;
import static org.assertj.core.api.Assertions.assertThat;

import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.junit.jupiter.api.Test;

import kz.egmis.ingestion.domain.Conversion;
import kz.egmis.ingestion.domain.OrganizationRecord;
import kz.egmis.ingestion.domain.Reference;

class OrganizationConversionTest {

    @Test
    void a_valid_organization_becomes_its_record() {
        Conversion conversion = convert(organization());

        assertThat(conversion.issues()).isEmpty();
        assertThat(conversion.record()).isEqualTo(new OrganizationRecord(key("Organization", "org-1"), BIN, "PHC",
                "Городская поликлиника №1", "71", Reference.literal("Organization", "parent-1")));
    }

    @Test
    void name_region_and_parent_are_optional() {
        Organization organization = organization();
        organization.setName(null);
        organization.getAddress().clear();
        organization.setPartOf(null);

        assertThat(convert(organization).record()).isEqualTo(new OrganizationRecord(key("Organization", "org-1"),
                BIN, "PHC", null, null, null));
    }

    @Test
    void the_first_bin_identifier_is_used_and_others_are_ignored() {
        Organization organization = organization();
        organization.getIdentifier().add(0, new Identifier().setSystem("urn:oid:1.2.3").setValue("local-7"));

        assertThat(((OrganizationRecord) convert(organization).record()).bin()).isEqualTo(BIN);
    }

    @Test
    void an_organization_without_a_bin_is_rejected() {
        Organization organization = organization();
        organization.getIdentifierFirstRep().setSystem("urn:oid:1.2.3");

        rejectedAt(organization, "Organization.identifier", "required");
    }

    @Test
    void a_bin_with_a_wrong_check_digit_is_rejected_with_the_checksum_explained() {
        Organization organization = organization();
        organization.getIdentifierFirstRep().setValue(BAD_BIN);

        assertThat(rejectedAt(organization, "Organization.identifier[0].value", "value").message())
                .contains(BAD_BIN, "check digit");
    }

    @Test
    void a_bin_identifier_without_a_value_is_rejected() {
        Organization organization = organization();
        organization.getIdentifierFirstRep().setValue(null);

        rejectedAt(organization, "Organization.identifier[0].value", "required");
    }

    @Test
    void an_organization_without_a_facility_type_is_rejected() {
        Organization organization = organization();
        organization.getTypeFirstRep().getCodingFirstRep()
                .setSystem("http://terminology.hl7.org/CodeSystem/organization-type");

        rejectedAt(organization, "Organization.type", "required");
    }

    @Test
    void an_unknown_facility_type_is_rejected_where_it_was_sent() {
        Organization organization = organization();
        organization.getTypeFirstRep().getCoding().add(0, new Coding("http://example.org/other", "x", null));
        organization.getTypeFirstRep().getCoding().get(1).setCode("CLINIC");

        assertThat(rejectedAt(organization, "Organization.type[0].coding[1].code", "code-invalid").message())
                .contains("CLINIC", "PHC, HOSP, SPEC, EMS, PHARM, LAB");
    }

    @Test
    void every_facility_type_of_the_standard_is_accepted() {
        for (String type : new String[] {"PHC", "HOSP", "SPEC", "EMS", "PHARM", "LAB"}) {
            Organization organization = organization();
            organization.getTypeFirstRep().getCodingFirstRep().setCode(type);

            assertThat(((OrganizationRecord) convert(organization).record()).facilityType()).isEqualTo(type);
        }
    }

    @Test
    void a_district_that_is_not_a_known_region_is_rejected() {
        for (String district : new String[] {"99", "711110000", "Астана", "7"}) {
            Organization organization = organization();
            organization.getAddressFirstRep().setDistrict(district);

            rejectedAt(organization, "Organization.address[0].district", "code-invalid");
        }
    }

    @Test
    void a_parent_that_is_not_an_organization_is_rejected() {
        Organization organization = organization();
        organization.getPartOf().setReference("Patient/pat-1");

        rejectedAt(organization, "Organization.partOf.reference", "value");
    }

    @Test
    void a_parent_named_by_bin_becomes_a_logical_reference() {
        Organization organization = organization();
        organization.getPartOf().setReference(null).setType("Organization")
                .setIdentifier(new Identifier().setSystem("urn:kz:bin").setValue(FhirTestData.OTHER_BIN.value()));

        assertThat(((OrganizationRecord) convert(organization).record()).partOf())
                .isEqualTo(Reference.organization(FhirTestData.OTHER_BIN));
    }

    @Test
    void all_problems_are_reported_together() {
        Organization organization = organization();
        organization.getIdentifierFirstRep().setValue(BAD_BIN);
        organization.getTypeFirstRep().getCodingFirstRep().setCode("CLINIC");
        organization.getAddressFirstRep().setDistrict("99");

        assertThat(convert(organization).issues()).extracting(issue -> issue.location()).containsExactly(
                "Organization.identifier[0].value", "Organization.type[0].coding[0].code",
                "Organization.address[0].district");
    }
}
