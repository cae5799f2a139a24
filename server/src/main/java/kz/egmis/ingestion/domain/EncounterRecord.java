package kz.egmis.ingestion.domain;

import java.time.Instant;
import java.util.List;

/**
 * A finished encounter. {@code end} is exclusive when the source sent a date-only end (the day after it), so
 * that an inclusive last day still counts whole.
 */
public record EncounterRecord(RecordKey key, String status, String encounterClass, Reference patient,
                              Reference organization, List<Reference> participants, Instant start, Instant end,
                              String reasonCode) implements CanonicalRecord {

    public EncounterRecord {
        participants = List.copyOf(participants);
    }
}
