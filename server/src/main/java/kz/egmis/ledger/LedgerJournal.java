package kz.egmis.ledger;

import java.util.List;

/**
 * Where every accepted change records its leaf. {@link #append} must be called inside the transaction that
 * makes the change, so that the change and its leaf commit together or not at all; the leaf gets its index
 * from the sequencer shortly after the commit.
 */
public interface LedgerJournal {

    /** Queues leaves, in the caller's transaction. */
    void append(List<LeafDocument> leaves);

    /**
     * Waits (at most a few seconds) until every leaf committed before this call has its index: the sequencer's next
     * scheduled run. For readers that show leaf indexes; it writes nothing itself.
     */
    void awaitSequenced();
}
