package kz.egmis.ingestion;

import java.util.List;

/**
 * The answer to a stream ingest (standard, section 3): how many records were stored as new versions, how many
 * were identical to what was stored, how many were rejected and why, line by line (counted from 1).
 * {@code errorsOmitted} counts rejections beyond the listed ones, so a huge bad file cannot exhaust memory.
 */
public record IngestionSummary(long accepted, long unchanged, long rejected, List<LineError> errors, long errorsOmitted) {

    public IngestionSummary {
        errors = List.copyOf(errors);
    }

    public record LineError(long line, String message) {
    }
}
