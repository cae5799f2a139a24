package kz.egmis.ingestion;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.ThreadLocalRandom;

import kz.egmis.identity.Bin;
import kz.egmis.identity.Iin;
import kz.egmis.identity.Sex;

/**
 * Valid FHIR resources of the accepted types, with codes from the bundled reference data (service PHC001,
 * specialty GP, region 71), as JSON text. References are passed as JSON objects, see {@link #literal} and
 * {@link #byIin}.
 */
final class FhirSamples {

    static final LocalDate BIRTH_DATE = LocalDate.of(1985, 3, 12);

    private FhirSamples() {
    }

    /** A valid IIN of a woman born on {@link #BIRTH_DATE}. */
    static Iin iin() {
        return Iin.of(BIRTH_DATE, Sex.FEMALE, ThreadLocalRandom.current().nextInt(10_000));
    }

    static Bin bin() {
        return Bin.of(YearMonth.of(2005, 4), 4, ThreadLocalRandom.current().nextInt(100_000));
    }

    /** The IIN with its check digit changed, so that it fails the checksum. */
    static String withBadCheckDigit(String twelveDigits) {
        char last = twelveDigits.charAt(11);
        return twelveDigits.substring(0, 11) + (last == '9' ? '0' : (char) (last + 1));
    }

    static String literal(String typeAndId) {
        return "{\"reference\": \"" + typeAndId + "\"}";
    }

    static String byIin(String type, Iin iin) {
        return "{\"type\": \"" + type + "\", \"identifier\": {\"system\": \"urn:kz:iin\", \"value\": \"" + iin.value()
                + "\"}}";
    }

    static String byBin(Bin bin) {
        return "{\"type\": \"Organization\", \"identifier\": {\"system\": \"urn:kz:bin\", \"value\": \"" + bin.value()
                + "\"}}";
    }

    /** A Patient, the id left out when null; {@code name} is a JSON string literal. */
    static String patient(String id, String iin, String quotedName) {
        return """
                {"resourceType": "Patient", %s
                 "identifier": [{"system": "urn:kz:iin", "value": "%s"}],
                 "name": [{"text": %s}],
                 "gender": "female", "birthDate": "%s",
                 "address": [{"district": "71"}]}
                """.formatted(id(id), iin, quotedName, BIRTH_DATE);
    }

    static String patient(String id, Iin iin) {
        return patient(id, iin.value(), "\"Ахметова Дана\"");
    }

    static String organization(String id, Bin bin) {
        return """
                {"resourceType": "Organization", %s
                 "identifier": [{"system": "urn:kz:bin", "value": "%s"}],
                 "type": [{"coding": [{"system": "urn:kz:egmis:facility-type", "code": "PHC"}]}],
                 "name": "Городская поликлиника №1",
                 "address": [{"district": "71"}]}
                """.formatted(id(id), bin.value());
    }

    static String practitioner(String id, Iin iin) {
        return """
                {"resourceType": "Practitioner", %s
                 "identifier": [{"system": "urn:kz:iin", "value": "%s"}],
                 "name": [{"family": "Сейткали", "given": ["Айгерим"]}],
                 "gender": "%s", "birthDate": "%s"}
                """.formatted(id(id), iin.value(), iin.sex().fhirCode(), iin.birthDate());
    }

    static String encounter(String id, String subject, String serviceProvider, String practitioner) {
        return """
                {"resourceType": "Encounter", %s "status": "finished",
                 "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "AMB"},
                 "subject": %s,
                 "serviceProvider": %s,
                 "participant": [{"individual": %s}],
                 "period": {"start": "2025-03-01T09:30:00+05:00", "end": "2025-03-01T09:45:00+05:00"},
                 "reasonCode": [{"coding": [{"system": "http://hl7.org/fhir/sid/icd-10", "code": "J06.9"}]}]}
                """.formatted(id(id), subject, serviceProvider, practitioner);
    }

    /** A Claim with one PHC001 item; {@code encounter} is a reference object or null for none. */
    static String claim(String id, String patient, String provider, String practitioner, String encounter) {
        return """
                {"resourceType": "Claim", %s "status": "active",
                 "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/claim-type",
                                      "code": "professional"}]},
                 "use": "claim",
                 "patient": %s,
                 "created": "2025-03-02",
                 "provider": %s,
                 "priority": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/processpriority",
                                          "code": "normal"}]},
                 "insurance": [{"sequence": 1, "focal": true,
                                "coverage": {"identifier": {"system": "urn:kz:egmis:funding", "value": "GOBMP"}}}],
                 "careTeam": [{"sequence": 1, "provider": %s}],
                 "diagnosis": [{"sequence": 1, "diagnosisCodeableConcept": {"coding": [
                                 {"system": "http://hl7.org/fhir/sid/icd-10", "code": "J06.9"}]}}],
                 "item": [{"sequence": 1, "careTeamSequence": [1],
                           "productOrService": {"coding": [{"system": "urn:kz:egmis:service", "code": "PHC001"}]},
                           "servicedDate": "2025-03-01",
                           "quantity": {"value": 1},
                           "unitPrice": {"value": 3200, "currency": "KZT"},
                           "net": {"value": 3200, "currency": "KZT"}%s}],
                 "total": {"value": 3200, "currency": "KZT"}}
                """.formatted(id(id), patient, provider, practitioner,
                encounter == null ? "" : ",\n \"encounter\": [" + encounter + "]");
    }

    private static String id(String id) {
        return id == null ? "" : "\"id\": \"" + id + "\",";
    }
}
