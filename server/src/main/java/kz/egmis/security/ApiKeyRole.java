package kz.egmis.security;

/** What a key may do. */
public enum ApiKeyRole {
    /** Everything, including creating and revoking keys. */
    ADMINISTRATOR,
    /** Sends data: the FHIR and ingest paths, as its own source system when the key is bound to one. */
    SOURCE_SYSTEM,
    /** Reads data and findings, reviews findings. */
    AUDITOR,
    /** Reads data, findings and analytics. */
    ANALYST
}
