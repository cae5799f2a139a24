package kz.egmis.ingestion.domain;

import java.time.LocalDate;

/**
 * A PHC attachment, from an EpisodeOfCare or an attachment-registry row ({@code originType} says which),
 * over an inclusive period (end null = still attached).
 */
public record AttachmentRecord(RecordKey key, String originType, Reference patient, Reference organization,
                               LocalDate start, LocalDate end) implements CanonicalRecord {

    public static final String FROM_EPISODE_OF_CARE = "EpisodeOfCare";
    public static final String FROM_REGISTRY = "attachment-registry";
}
