package kz.egmis.identity;

/**
 * The sex an IIN encodes (odd digit 7 = male, even = female). FHIR's administrative gender also
 * has "other" and "unknown"; an IIN cannot carry those, so they have no constant here.
 */
public enum Sex {
    MALE("male"),
    FEMALE("female");

    private final String fhirCode;

    Sex(String fhirCode) {
        this.fhirCode = fhirCode;
    }

    /** The FHIR AdministrativeGender code. */
    public String fhirCode() {
        return fhirCode;
    }

    /**
     * The sex for a FHIR AdministrativeGender code. FHIR codes are case-sensitive, so only the
     * exact lower-case "male" and "female" are accepted.
     *
     * @throws IllegalArgumentException for any other code, including "other" and "unknown"
     */
    public static Sex fromFhirCode(String code) {
        for (Sex sex : values()) {
            if (sex.fhirCode.equals(code)) {
                return sex;
            }
        }
        throw new IllegalArgumentException("FHIR gender code '" + code + "' cannot be used as a sex here:"
                + " expected 'male' or 'female' (an IIN encodes no other value)");
    }
}
