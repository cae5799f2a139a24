package kz.egmis.ledger.internal;

import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import kz.egmis.ledger.MerkleHashes;

/**
 * Gives queued leaves their dense indexes, one batch per transaction, in queue order: the single writer of
 * {@code ledger_leaf}. Runs every {@value #INTERVAL_MILLIS} ms and whenever a tree head must cover everything
 * committed so far. A PostgreSQL advisory lock keeps it single even if two servers share a database.
 */
@Component
class LedgerSequencer implements DisposableBean {

    static final long INTERVAL_MILLIS = 200;
    private static final int BATCH = 20_000;
    private static final long LOCK = 0x45474d49534c4544L; // "EGMISLED"
    private static final Logger log = LoggerFactory.getLogger(LedgerSequencer.class);

    private record Queued(long id, String kind, long ref, String data) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final LedgerTree tree;
    private final Clock clock;
    private final ScheduledExecutorService schedule = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "egmis-ledger-sequencer");
        thread.setDaemon(true);
        return thread;
    });

    LedgerSequencer(JdbcTemplate jdbc, TransactionTemplate transactions, LedgerTree tree, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.tree = tree;
        this.clock = clock;
        schedule.scheduleWithFixedDelay(this::sequenceQuietly, INTERVAL_MILLIS, INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** When the latest completed sequencing run started (System.nanoTime), for readers waiting on one. */
    private long completedRunStartedAt = Long.MIN_VALUE;

    /** Sequences everything committed before this call; answers the tree size after it. */
    synchronized long sequence() {
        long startedAt = System.nanoTime();
        while (sequenceBatch() == BATCH) {
            // more queued than one batch: go on
        }
        completedRunStartedAt = startedAt;
        notifyAll();
        return tree.size();
    }

    /**
     * Waits, without sequencing itself, for a scheduled run that started after {@code since} (System.nanoTime) to
     * complete: the tree then holds everything committed before {@code since}. A public read thus never writes.
     * Answers the tree size; on a timeout (the sequencer is failing) the size as it is.
     */
    synchronized long awaitRunStartedAfter(long since, long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
        while (completedRunStartedAt - since < 0) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                break;
            }
            wait(left);
        }
        return tree.size();
    }

    private int sequenceBatch() {
        List<byte[]> appended = new ArrayList<>();
        Integer count = transactions.execute(status -> {
            jdbc.queryForObject("select pg_advisory_xact_lock(?)", Object.class, LOCK);
            long next = jdbc.queryForObject("select coalesce(max(leaf_index) + 1, 0) from ledger_leaf", Long.class);
            if (next != tree.size()) {
                throw new IllegalStateException("ledger_leaf holds " + next + " leaves but this server's tree " + tree.size()
                        + ": another server sequences this ledger");
            }
            List<Queued> queued = jdbc.query("select id, kind, ref, data from ledger_queue order by id limit ?",
                    (row, number) -> new Queued(row.getLong(1), row.getString(2), row.getLong(3), row.getString(4)), BATCH);
            long now = clock.millis();
            List<Object[]> leaves = new ArrayList<>(queued.size());
            for (Queued leaf : queued) {
                byte[] hash = MerkleHashes.leafHash(leaf.data().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                appended.add(hash);
                leaves.add(new Object[] {next++, leaf.kind(), leaf.ref(), leaf.data(), hash, now});
            }
            jdbc.batchUpdate("insert into ledger_leaf (leaf_index, kind, ref, data, leaf_hash, sequenced_at) "
                    + "values (?, ?, ?, ?, ?, ?)", leaves,
                    new int[] {Types.BIGINT, Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.BINARY, Types.BIGINT});
            if (!queued.isEmpty()) {
                // exactly the rows read: a row committed meanwhile with an id in between waits for the next batch
                Long[] ids = queued.stream().map(Queued::id).toArray(Long[]::new);
                jdbc.update(connection -> {
                    var statement = connection.prepareStatement("delete from ledger_queue q using unnest(?::bigint[]) as k(id) where q.id = k.id");
                    statement.setArray(1, connection.createArrayOf("bigint", ids));
                    return statement;
                });
            }
            return queued.size();
        });
        appended.forEach(hash -> tree.levels().append(hash));
        return count == null ? 0 : count;
    }

    private void sequenceQuietly() {
        try {
            sequence();
        } catch (RuntimeException e) {
            log.warn("Ledger sequencing failed, will retry: {}", e.getMessage());
        }
    }

    @Override
    public void destroy() {
        schedule.shutdownNow();
    }
}
