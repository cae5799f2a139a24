package kz.egmis.ingestion.internal;

import kz.egmis.ingestion.domain.RecordKey;

/** What storing a submission did: a first version, a new version, or nothing (same content again). */
public record StoredOutcome(RecordKey key, int version, Kind kind, long versionId, long receivedAt) {

    public enum Kind { CREATED, UPDATED, UNCHANGED }

    public boolean changed() {
        return kind != Kind.UNCHANGED;
    }
}
