package kz.egmis.ingestion.internal.fhir;

import static kz.egmis.ingestion.internal.fhir.FhirTestData.JSON;
import static kz.egmis.ingestion.internal.fhir.FhirTestData.convert;
import static kz.egmis.ingestion.internal.fhir.FhirTestData.organization;
import static kz.egmis.ingestion.internal.fhir.FhirTestData.patient;
import static kz.egmis.ingestion.internal.fhir.FhirTestData.practitioner;
import static org.assertj.core.api.Assertions.assertThat;

import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import kz.egmis.ingestion.domain.Conversion;
import kz.egmis.ingestion.domain.OrganizationRecord;
import kz.egmis.ingestion.domain.PatientRecord;
import kz.egmis.ingestion.domain.PractitionerRecord;

/** Names are stored and returned exactly as sent, whatever they contain. */
class HostileTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"Robert'); DROP TABLE patient;--", "<script>alert('x')</script>",
            "Ә Ғ Қ Ң Ө Ұ Ү Һ І ә ғ қ ң ө ұ ү һ і", "Жанар 👩‍⚕️ 🏥", "tab\there\nnew line\u0001\u001f end",
            "  spaces around  ", "\"quoted\" \\ backslash", "O\u0301lzhas \u202Eevil"})
    void a_name_survives_conversion_and_a_round_trip_verbatim(String name) {
        Patient patient = patient();
        patient.getName().set(0, new HumanName().setText(name));
        Organization organization = organization();
        organization.setName(name);
        Practitioner practitioner = practitioner();
        practitioner.getName().set(0, new HumanName().setFamily(name).addGiven(name));

        assertThat(((PatientRecord) roundTrip(convert(patient)).record()).name()).isEqualTo(name);
        assertThat(((OrganizationRecord) roundTrip(convert(organization)).record()).name()).isEqualTo(name);
        assertThat(((PractitionerRecord) roundTrip(convert(practitioner)).record()).name())
                .isEqualTo(name + " " + name);
    }

    /** Stores the content as JSON text and reads it back, as a later read of the stored version would. */
    private static Conversion roundTrip(Conversion conversion) {
        assertThat(conversion.issues()).isEmpty();
        Conversion again = convert(JSON.parse(conversion.rawContent()).resource());
        assertThat(again.record()).isEqualTo(conversion.record());
        return again;
    }
}
