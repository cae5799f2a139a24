package kz.egmis.ledger.internal;

import java.sql.Types;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import kz.egmis.ledger.LeafDocument;
import kz.egmis.ledger.LedgerJournal;

/** Queues leaves in the caller's transaction; the sequencer indexes them after the commit. */
@Component
class JdbcLedgerJournal implements LedgerJournal {

    private static final long AWAIT_MILLIS = 5_000;

    private final JdbcTemplate jdbc;
    private final LedgerSequencer sequencer;

    JdbcLedgerJournal(JdbcTemplate jdbc, LedgerSequencer sequencer) {
        this.jdbc = jdbc;
        this.sequencer = sequencer;
    }

    @Override
    public void awaitSequenced() {
        try {
            sequencer.awaitRunStartedAfter(System.nanoTime(), AWAIT_MILLIS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void append(List<LeafDocument> leaves) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            // a leaf outside the change's transaction could commit without its change, or the reverse
            throw new IllegalStateException("ledger leaves must be appended inside the change's transaction");
        }
        if (leaves.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("insert into ledger_queue (kind, ref, data) values (?, ?, ?)",
                leaves.stream().map(leaf -> new Object[] {leaf.kind(), leaf.ref(), leaf.data()}).toList(),
                new int[] {Types.VARCHAR, Types.BIGINT, Types.VARCHAR});
    }
}
