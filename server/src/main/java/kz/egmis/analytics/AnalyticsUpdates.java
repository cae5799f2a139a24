package kz.egmis.analytics;

import java.time.Duration;

import kz.egmis.ingestion.RecordsStored;

/** How the analytics tables are kept current, for features that time it (the {@code bench} command). */
public interface AnalyticsUpdates {

    /**
     * One update: full (every record) or by the records an ingest touched; how many claims, encounters and
     * attachments it read again, and how long it took.
     */
    record Figures(boolean full, long claims, long encounters, long attachments, long durationMs) {
    }

    /** Recomputes every analytics table from the canonical ones. */
    Figures updateAll();

    /** Brings the analytics tables up to date with these stored records (what one ingest committed). */
    Figures update(RecordsStored stored);

    /** Waits until every ingest committed so far is in the analytics tables; false when the time ran out. */
    boolean awaitCurrent(Duration timeout) throws InterruptedException;

    /** How many real-time updates failed (and were replaced by a full update) since the server started. */
    long failedUpdates();
}
