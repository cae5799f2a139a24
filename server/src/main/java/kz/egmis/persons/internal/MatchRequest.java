package kz.egmis.persons.internal;

import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.StringType;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.StrictErrorHandler;
import kz.egmis.identity.Iin;
import kz.egmis.identity.PersonName;
import kz.egmis.identity.PersonRecord;
import kz.egmis.identity.Sex;

/** The input of Patient $match: the Patient to match as a probe record, and the operation's two options. */
record MatchRequest(PersonRecord probe, boolean onlyCertainMatches, int count) {

    static final int DEFAULT_COUNT = 100;
    static final int MAX_COUNT = 1000;

    static final class InvalidRequest extends Exception {
        private final IssueType type;

        InvalidRequest(IssueType type, String message) {
            super(message);
            this.type = type;
        }

        IssueType type() {
            return type;
        }
    }

    static MatchRequest parse(FhirContext fhir, String body) throws InvalidRequest {
        if (body == null || body.isBlank()) {
            throw new InvalidRequest(IssueType.REQUIRED, "the body is empty: send a Parameters resource with a "
                    + "'resource' parameter holding the Patient to match");
        }
        Parameters parameters;
        try {
            parameters = fhir.newJsonParser().setParserErrorHandler(new StrictErrorHandler())
                    .parseResource(Parameters.class, body);
        } catch (DataFormatException | ClassCastException e) {
            throw new InvalidRequest(IssueType.STRUCTURE, "the body is not a FHIR R4 Parameters resource in JSON: "
                    + e.getMessage());
        }
        Parameters.ParametersParameterComponent resource = parameters.getParameter("resource");
        if (resource == null || !(resource.getResource() instanceof Patient patient)) {
            throw new InvalidRequest(IssueType.REQUIRED, "Parameters.parameter 'resource' must hold a Patient");
        }
        boolean onlyCertain = false;
        Parameters.ParametersParameterComponent certain = parameters.getParameter("onlyCertainMatches");
        if (certain != null) {
            if (!(certain.getValue() instanceof BooleanType value) || !value.hasValue()) {
                throw new InvalidRequest(IssueType.VALUE, "'onlyCertainMatches' is a valueBoolean");
            }
            onlyCertain = value.booleanValue();
        }
        int count = DEFAULT_COUNT;
        Parameters.ParametersParameterComponent limit = parameters.getParameter("count");
        if (limit != null) {
            if (!(limit.getValue() instanceof IntegerType value) || !value.hasValue() || value.getValue() < 1
                    || value.getValue() > MAX_COUNT) {
                throw new InvalidRequest(IssueType.VALUE, "'count' is a valueInteger from 1 to " + MAX_COUNT);
            }
            count = value.getValue();
        }
        return new MatchRequest(probe(patient), onlyCertain, count);
    }

    private static PersonRecord probe(Patient patient) throws InvalidRequest {
        Iin iin = null;
        for (Identifier identifier : patient.getIdentifier()) {
            if ("urn:kz:iin".equals(identifier.getSystem())) {
                iin = Iin.tryParse(identifier.getValue()).orElseThrow(() -> new InvalidRequest(IssueType.VALUE,
                        "Patient.identifier: the IIN '" + identifier.getValue() + "' fails its checksum"));
            }
        }
        PersonName name = PersonName.parse(patient.hasName() ? text(patient.getNameFirstRep()) : null);
        // other and unknown say nothing about the sex: no evidence either way
        Sex sex = patient.hasGender() && java.util.Set.of("male", "female").contains(patient.getGender().toCode())
                ? Sex.fromFhirCode(patient.getGender().toCode()) : null;
        java.time.LocalDate birthDate = null;
        if (patient.hasBirthDateElement()) {
            try {
                birthDate = java.time.LocalDate.parse(patient.getBirthDateElement().getValueAsString());
            } catch (java.time.format.DateTimeParseException partial) {
                throw new InvalidRequest(IssueType.VALUE, "Patient.birthDate must be a whole day, YYYY-MM-DD");
            }
        }
        String region = patient.hasAddress() && patient.getAddressFirstRep().hasDistrict()
                ? patient.getAddressFirstRep().getDistrict() : null;
        if (iin == null && (name.isEmpty() || birthDate == null)) {
            throw new InvalidRequest(IssueType.REQUIRED, "the Patient needs an IIN (urn:kz:iin), or a name and a "
                    + "birthDate, to be matched");
        }
        return new PersonRecord("probe", iin, name, sex, birthDate, region);
    }

    private static String text(HumanName name) {
        if (name.hasText()) {
            return name.getText();
        }
        StringBuilder text = new StringBuilder(name.hasFamily() ? name.getFamily() : "");
        for (StringType given : name.getGiven()) {
            text.append(text.length() == 0 ? "" : " ").append(given.getValue());
        }
        return text.toString();
    }
}
