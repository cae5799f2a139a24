package kz.egmis.ingestion.internal.fhir;

/** The system URIs of section 1 of the standard, and the FHIR ones EGMIS reads. */
final class CodeSystems {

    static final String IIN = "urn:kz:iin";
    static final String BIN = "urn:kz:bin";
    /** Followed by the BIN of the facility that issued the record number. */
    static final String RECORD_NUMBER_PREFIX = "urn:kz:egmis:mrn:";
    static final String SERVICE = "urn:kz:egmis:service";
    static final String SPECIALTY = "urn:kz:egmis:specialty";
    static final String FACILITY_TYPE = "urn:kz:egmis:facility-type";
    static final String FUNDING = "urn:kz:egmis:funding";
    static final String EPISODE_TYPE = "urn:kz:egmis:episode-type";
    static final String ICD_10 = "http://hl7.org/fhir/sid/icd-10";
    static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
    static final String CLAIM_TYPE = "http://terminology.hl7.org/CodeSystem/claim-type";

    private CodeSystems() {
    }
}
