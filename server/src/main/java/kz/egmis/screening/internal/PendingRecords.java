package kz.egmis.screening.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import kz.egmis.ingestion.RecordsStored;

/**
 * The records ingests stored that the screening tables have not caught up with yet: the next pass, scoped or full,
 * takes them all and refreshes their rows. Collected whether or not real time is on, so that a full pass asked for by
 * hand only refreshes what changed instead of rebuilding every table; past {@link #MOST} records they are dropped
 * and the next pass rebuilds.
 */
@Component
class PendingRecords {

    /** Records kept at most (a few hundred bytes each); a bulk load beyond this is cheaper to rebuild after anyway. */
    static final int MOST = 1_000_000;

    /** What a pass took: the records, or none with {@code complete} false when some were dropped. */
    record Taken(TouchedRecords records, boolean complete) {
    }

    private TouchedRecords records = new TouchedRecords();
    private boolean complete = true;

    @EventListener
    synchronized void recordsStored(RecordsStored event) {
        if (!complete) {
            return;
        }
        event.records().forEach(record -> records.add(event.sourceSystem(), record.type(), record.id()));
        if (records.size() > MOST) {
            records = new TouchedRecords();
            complete = false;
        }
    }

    synchronized Taken takeAll() {
        Taken taken = new Taken(records, complete);
        records = new TouchedRecords();
        complete = true;
        return taken;
    }

    /** A pass that failed gives its records back for the next one. */
    synchronized void giveBack(Taken taken) {
        if (!taken.complete() || !complete) {
            records = new TouchedRecords();
            complete = false;
            return;
        }
        taken.records().addAll(records);
        records = taken.records();
    }

    synchronized boolean isEmpty() {
        return complete && records.isEmpty();
    }
}
