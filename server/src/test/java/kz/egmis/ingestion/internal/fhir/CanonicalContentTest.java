package kz.egmis.ingestion.internal.fhir;

import static kz.egmis.ingestion.internal.fhir.FhirTestData.BIN;
import static kz.egmis.ingestion.internal.fhir.FhirTestData.JSON;
import static kz.egmis.ingestion.internal.fhir.FhirTestData.convert;
import static kz.egmis.ingestion.internal.fhir.FhirTestData.organization;
import static kz.egmis.ingestion.internal.fhir.FhirTestData.parsed;
import static org.assertj.core.api.Assertions.assertThat;

import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

import kz.egmis.ingestion.domain.Conversion;

/** Canonical content decides whether a resend is a new version, so formatting and meta must not count. */
class CanonicalContentTest {

    private static final String RESENT = """
            {
              "partOf" : { "reference" : "Organization/parent-1" },
              "meta" : { "lastUpdated" : "2025-05-01T10:00:00+05:00", "versionId" : "17" },
              "name" : "Городская поликлиника №1",
              "address" : [ { "district" : "71" } ],
              "type" : [ { "coding" : [ { "code" : "PHC", "system" : "urn:kz:egmis:facility-type" } ] } ],
              "identifier" : [ { "value" : "{bin}", "system" : "urn:kz:bin" } ],
              "id" : "org-1",
              "resourceType" : "Organization"
            }
            """;

    @Test
    void a_resend_with_other_key_order_white_space_and_meta_has_the_same_canonical_content() {
        Conversion first = convert(organization());
        Conversion resent = convert(parsed(RESENT));

        assertThat(resent.canonicalContent()).isEqualTo(first.canonicalContent());
    }

    @Test
    void the_canonical_content_is_sorted_compact_json_without_id_version_and_update_time() {
        Conversion conversion = convert(parsed(RESENT));

        assertThat(conversion.canonicalContent()).isEqualTo("{\"address\":[{\"district\":\"71\"}],"
                + "\"identifier\":[{\"system\":\"urn:kz:bin\",\"value\":\"" + BIN.value() + "\"}],"
                + "\"name\":\"Городская поликлиника №1\",\"partOf\":{\"reference\":\"Organization/parent-1\"},"
                + "\"resourceType\":\"Organization\","
                + "\"type\":[{\"coding\":[{\"code\":\"PHC\",\"system\":\"urn:kz:egmis:facility-type\"}]}]}");
    }

    @Test
    void the_raw_content_is_the_resource_as_sent_with_its_id_first_and_without_version_meta() {
        ParsedResource parsed = JSON.parse(FhirTestData.filled(RESENT));
        Conversion conversion = FhirTestData.CONVERTER.convert(FhirTestData.SOURCE, parsed);

        assertThat(conversion.rawContent()).startsWith("{\"resourceType\":\"Organization\",\"id\":\"org-1\",")
                .doesNotContain("versionId").doesNotContain("lastUpdated");
        assertThat(conversion.canonicalContent()).isEqualTo(convert(organization()).canonicalContent());
    }

    @Test
    void other_meta_is_content_and_kept() {
        Organization organization = organization();
        organization.getMeta().setSource("urn:his:node-2").setVersionId("4");

        assertThat(convert(organization).canonicalContent()).contains("\"meta\":{\"source\":\"urn:his:node-2\"}")
                .doesNotContain("versionId");
    }

    @Test
    void a_version_carried_in_the_id_is_left_out_too() {
        Organization organization = organization();
        organization.setId("Organization/org-1/_history/9");

        assertThat(convert(organization).canonicalContent()).isEqualTo(convert(organization()).canonicalContent());
    }

    @Test
    void a_changed_value_changes_the_canonical_content() {
        Organization renamed = organization();
        renamed.setName("Городская поликлиника №2");

        assertThat(convert(renamed).canonicalContent()).isNotEqualTo(convert(organization()).canonicalContent());
    }

    @Test
    void every_type_has_a_canonical_content_that_parses_back_to_the_same_record() {
        for (String template : new String[] {FhirTestData.ORGANIZATION, FhirTestData.PRACTITIONER,
                FhirTestData.PRACTITIONER_ROLE, FhirTestData.PATIENT, FhirTestData.EPISODE_OF_CARE,
                FhirTestData.ENCOUNTER, FhirTestData.CLAIM}) {
            Conversion conversion = convert(parsed(template));

            Conversion again = convert(JSON.parse(conversion.rawContent()).resource());

            assertThat(again.record()).isEqualTo(conversion.record());
            assertThat(again.canonicalContent()).isEqualTo(conversion.canonicalContent());
        }
    }
}
