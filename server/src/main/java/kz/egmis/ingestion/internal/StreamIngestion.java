package kz.egmis.ingestion.internal;

import java.util.ArrayList;
import java.util.List;

import kz.egmis.ingestion.IngestionSummary;
import kz.egmis.ingestion.domain.Conversion;
import kz.egmis.ingestion.domain.ValidationIssue;
import kz.egmis.ingestion.internal.store.RecordStore;

/**
 * One stream (NDJSON or CSV) on its way in: accepted records are stored a batch at a time, each batch in its
 * own transaction, so memory stays constant and a crash loses at most the batch in flight, which a resend
 * restores without duplicates. Not thread-safe: one per request.
 */
public final class StreamIngestion {

    static final int LISTED_ERRORS = 10_000;

    private final RecordStore store;
    private final int batchSize;
    private final String transport;
    private final String origin;
    private final List<Submission> pending;
    private final List<IngestionSummary.LineError> errors = new ArrayList<>();
    private long accepted;
    private long unchanged;
    private long rejected;
    private long errorsOmitted;

    public StreamIngestion(RecordStore store, int batchSize, String transport, String origin) {
        this.store = store;
        this.batchSize = batchSize;
        this.transport = transport;
        this.origin = origin;
        this.pending = new ArrayList<>(batchSize);
    }

    public void add(long line, Conversion conversion) {
        if (conversion.isAccepted()) {
            pending.add(Submission.of(conversion, transport, origin, line));
            if (pending.size() >= batchSize) {
                flush();
            }
        } else {
            reject(line, describe(conversion.issues()));
        }
    }

    public void reject(long line, String message) {
        rejected++;
        if (errors.size() < LISTED_ERRORS) {
            errors.add(new IngestionSummary.LineError(line, message));
        } else {
            errorsOmitted++;
        }
    }

    /** Stores what is pending and answers the summary of the whole stream. */
    public IngestionSummary finish() {
        flush();
        return new IngestionSummary(accepted, unchanged, rejected, errors, errorsOmitted);
    }

    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        for (StoredOutcome outcome : store.store(pending)) {
            if (outcome.changed()) {
                accepted++;
            } else {
                unchanged++;
            }
        }
        pending.clear();
    }

    public static String describe(List<ValidationIssue> issues) {
        StringBuilder message = new StringBuilder();
        for (ValidationIssue issue : issues) {
            if (message.length() > 0) {
                message.append("; ");
            }
            message.append(issue);
        }
        return message.toString();
    }
}
