package kz.egmis.ingestion.domain;

/**
 * A fact of the canonical model, whatever transport carried it. Optional values are null where the source
 * left them out; lists are never null.
 */
public sealed interface CanonicalRecord permits OrganizationRecord, PractitionerRecord, PractitionerRoleRecord,
        PatientRecord, AttachmentRecord, EncounterRecord, ClaimRecord, DeathRecord {

    RecordKey key();
}
