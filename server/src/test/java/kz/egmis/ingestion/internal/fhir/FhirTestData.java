package kz.egmis.ingestion.internal.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Resource;

import kz.egmis.identity.Bin;
import kz.egmis.identity.Iin;
import kz.egmis.identity.Sex;
import kz.egmis.ingestion.domain.Conversion;
import kz.egmis.ingestion.domain.RecordKey;
import kz.egmis.ingestion.domain.ValidationIssue;
import kz.egmis.platform.KazakhstanTime;
import kz.egmis.platform.SourceSystem;
import kz.egmis.reference.AllowedSex;
import kz.egmis.reference.CareSetting;
import kz.egmis.reference.FundingStream;
import kz.egmis.reference.ReferenceCatalog;
import kz.egmis.reference.Region;
import kz.egmis.reference.ServiceDefinition;
import kz.egmis.reference.Specialty;

/** Valid resources of every accepted type, a small catalog and a fixed clock, shared by the tests. */
final class FhirTestData {

    static final SourceSystem SOURCE = new SourceSystem("his-astana");
    /** 2025-06-15 12:00 in Kazakhstan. */
    static final OffsetDateTime NOW = OffsetDateTime.of(2025, 6, 15, 12, 0, 0, 0, KazakhstanTime.OFFSET);
    static final Clock CLOCK = Clock.fixed(NOW.toInstant(), KazakhstanTime.OFFSET);

    static final Iin PATIENT_IIN = Iin.of(LocalDate.of(1985, 3, 12), Sex.FEMALE, 123);
    static final Iin PRACTITIONER_IIN = Iin.of(LocalDate.of(1970, 7, 1), Sex.FEMALE, 42);
    static final Iin MALE_IIN = Iin.of(LocalDate.of(1990, 1, 1), Sex.MALE, 7);
    static final Bin BIN = Bin.of(YearMonth.of(2005, 4), 4, 1234);
    static final Bin OTHER_BIN = Bin.of(YearMonth.of(2010, 11), 4, 98765);
    /** A BIN with its check digit changed, so that it fails the checksum. */
    static final String BAD_BIN = BIN.value().substring(0, 11) + (BIN.value().charAt(11) == '9' ? '0'
            : (char) (BIN.value().charAt(11) + 1));
    static final String BAD_IIN = PATIENT_IIN.value().substring(0, 11) + (PATIENT_IIN.value().charAt(11) == '9'
            ? '0' : (char) (PATIENT_IIN.value().charAt(11) + 1));

    static final ReferenceCatalog CATALOG = new ReferenceCatalog(
            List.of(service("PHC001", CareSetting.PHC, "GP"), service("SPEC010", CareSetting.AMB, "CARD")),
            List.of(new Specialty("GP", "Врач общей практики", "General practitioner"),
                    new Specialty("CARD", "Кардиолог", "Cardiologist")),
            List.of(new Region("71", "город Астана", "Астана қаласы", "Astana"),
                    new Region("75", "город Алматы", "Алматы қаласы", "Almaty")),
            List.of(new FundingStream("GOBMP", "ГОБМП", "Guaranteed package", Optional.of(new BigDecimal("1050"))),
                    new FundingStream("OSMS", "ОСМС", "Mandatory insurance", Optional.empty())));

    static final FhirJson JSON = new FhirJson();
    static final FhirResourceConverter CONVERTER = new FhirResourceConverter(CATALOG, CLOCK);

    static final String ORGANIZATION = """
            {"resourceType": "Organization", "id": "org-1",
             "identifier": [{"system": "urn:kz:bin", "value": "{bin}"}],
             "type": [{"coding": [{"system": "urn:kz:egmis:facility-type", "code": "PHC"}]}],
             "name": "Городская поликлиника №1",
             "address": [{"district": "71"}],
             "partOf": {"reference": "Organization/parent-1"}}
            """;

    static final String PRACTITIONER = """
            {"resourceType": "Practitioner", "id": "doc-1",
             "identifier": [{"system": "urn:kz:iin", "value": "{practitionerIin}"}],
             "name": [{"family": "Сейткали", "given": ["Айгерим", "Нурлановна"]}],
             "gender": "female", "birthDate": "1970-07-01"}
            """;

    static final String PRACTITIONER_ROLE = """
            {"resourceType": "PractitionerRole", "id": "role-1",
             "practitioner": {"reference": "Practitioner/doc-1"},
             "organization": {"type": "Organization", "identifier": {"system": "urn:kz:bin", "value": "{bin}"}},
             "specialty": [{"coding": [{"system": "urn:kz:egmis:specialty", "code": "GP"},
                                       {"system": "urn:kz:egmis:specialty", "code": "CARD"}]}],
             "period": {"start": "2020-01-01", "end": "2024-12-31"}}
            """;

    static final String PATIENT = """
            {"resourceType": "Patient", "id": "pat-1",
             "identifier": [{"system": "urn:kz:iin", "value": "{patientIin}"}],
             "name": [{"text": "Ахметова Дана"}],
             "gender": "female", "birthDate": "1985-03-12",
             "address": [{"district": "75"}],
             "deceasedDateTime": "2025-01-10T23:30:00+03:00"}
            """;

    static final String EPISODE_OF_CARE = """
            {"resourceType": "EpisodeOfCare", "id": "att-1", "status": "active",
             "type": [{"coding": [{"system": "urn:kz:egmis:episode-type", "code": "attachment"}]}],
             "patient": {"type": "Patient", "identifier": {"system": "urn:kz:iin", "value": "{patientIin}"}},
             "managingOrganization": {"reference": "Organization/org-1"},
             "period": {"start": "2024-01-01"}}
            """;

    static final String ENCOUNTER = """
            {"resourceType": "Encounter", "id": "enc-1", "status": "finished",
             "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "IMP"},
             "subject": {"reference": "Patient/pat-1"},
             "serviceProvider": {"reference": "Organization/org-1"},
             "participant": [{"individual": {"reference": "Practitioner/doc-1"}},
                             {"individual": {"type": "Practitioner",
                                             "identifier": {"system": "urn:kz:iin", "value": "{practitionerIin}"}}}],
             "period": {"start": "2025-03-01T09:30:00+05:00", "end": "2025-03-05"},
             "reasonCode": [{"coding": [{"system": "http://hl7.org/fhir/sid/icd-10", "code": "J06.9"}]}]}
            """;

    static final String CLAIM = """
            {"resourceType": "Claim", "id": "claim-1", "status": "active",
             "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/claim-type",
                                  "code": "professional"}]},
             "use": "claim",
             "patient": {"reference": "Patient/pat-1"},
             "created": "2025-03-02",
             "provider": {"reference": "Organization/org-1"},
             "priority": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/processpriority",
                                      "code": "normal"}]},
             "insurance": [{"sequence": 1, "focal": true,
                            "coverage": {"identifier": {"system": "urn:kz:egmis:funding", "value": "GOBMP"}}}],
             "careTeam": [{"sequence": 1, "provider": {"reference": "Practitioner/doc-1"}},
                          {"sequence": 2, "provider": {"type": "Practitioner",
                                      "identifier": {"system": "urn:kz:iin", "value": "{practitionerIin}"}}}],
             "diagnosis": [{"sequence": 1, "diagnosisCodeableConcept": {"coding": [
                             {"system": "http://hl7.org/fhir/sid/icd-10", "code": "J06.9"}]}}],
             "item": [
               {"sequence": 1, "careTeamSequence": [1],
                "productOrService": {"coding": [{"system": "urn:kz:egmis:service", "code": "PHC001"}]},
                "servicedDate": "2025-03-01",
                "quantity": {"value": 1},
                "unitPrice": {"value": 3200, "currency": "KZT"},
                "net": {"value": 3200, "currency": "KZT"},
                "encounter": [{"reference": "Encounter/enc-1"}]},
               {"sequence": 2,
                "productOrService": {"coding": [{"system": "urn:kz:egmis:service", "code": "SPEC010"}]},
                "servicedPeriod": {"start": "2025-03-01T10:00:00+05:00", "end": "2025-03-02T01:00:00+06:00"},
                "quantity": {"value": 2.5},
                "net": {"value": 11000.50, "currency": "KZT"}}],
             "total": {"value": 14200.50, "currency": "KZT"}}
            """;

    private FhirTestData() {
    }

    static String filled(String template) {
        return template.replace("{bin}", BIN.value()).replace("{patientIin}", PATIENT_IIN.value())
                .replace("{practitionerIin}", PRACTITIONER_IIN.value());
    }

    static Resource parsed(String template) {
        ParsedResource parsed = JSON.parse(filled(template));
        assertThat(parsed.issues()).isEmpty();
        return parsed.resource();
    }

    static Organization organization() {
        return (Organization) parsed(ORGANIZATION);
    }

    static Practitioner practitioner() {
        return (Practitioner) parsed(PRACTITIONER);
    }

    static PractitionerRole practitionerRole() {
        return (PractitionerRole) parsed(PRACTITIONER_ROLE);
    }

    static Patient patient() {
        return (Patient) parsed(PATIENT);
    }

    static EpisodeOfCare episodeOfCare() {
        return (EpisodeOfCare) parsed(EPISODE_OF_CARE);
    }

    static Encounter encounter() {
        return (Encounter) parsed(ENCOUNTER);
    }

    static Claim claim() {
        return (Claim) parsed(CLAIM);
    }

    static Conversion convert(Resource resource) {
        return CONVERTER.convert(SOURCE, resource);
    }

    static RecordKey key(String type, String id) {
        return new RecordKey(SOURCE, type, id);
    }

    /** Converts and expects a rejection with (at least) an issue of that code at that FHIRPath. */
    static ValidationIssue rejectedAt(Resource resource, String location, String code) {
        Conversion conversion = convert(resource);
        assertThat(conversion.isAccepted()).as("accepted, but an issue at %s was expected", location).isFalse();
        assertThat(conversion.issues()).as("issues").extracting(ValidationIssue::location).contains(location);
        ValidationIssue issue = conversion.issues().stream().filter(found -> found.location().equals(location))
                .findFirst().orElseThrow();
        assertThat(issue.code()).as("code of %s", issue).isEqualTo(code);
        assertThat(issue.message()).isNotBlank();
        return issue;
    }

    static Instant instant(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }

    private static ServiceDefinition service(String code, CareSetting setting, String specialty) {
        return new ServiceDefinition(code, "Услуга " + code, "Service " + code, setting, new BigDecimal("3200"), 15,
                AllowedSex.ANY, 0, 120, Set.of(specialty), 1);
    }
}
