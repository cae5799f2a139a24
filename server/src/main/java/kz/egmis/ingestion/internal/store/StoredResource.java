package kz.egmis.ingestion.internal.store;

import java.time.Instant;

/** One stored version of a FHIR resource: its content as stored and when it was received. */
public record StoredResource(String type, String id, int version, String content, Instant receivedAt) {
}
