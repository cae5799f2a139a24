package kz.egmis.ledger.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import kz.egmis.database.DatabaseSettings;
import kz.egmis.ledger.LedgerSigningKey;
import kz.egmis.ledger.SignedTreeHead;
import kz.egmis.ledger.TreeSize;

/**
 * Signed tree heads. A head is signed when the log grew, at most one per tree size: a reader of the latest head
 * waits for the sequencer's next scheduled run (so that the head covers every change acknowledged before the
 * request) and gets the head of that size, signed then if no one had asked for it yet; asking never writes.
 * Every {@code EGMIS_LEDGER_HEAD_INTERVAL_SECONDS} the latest head is stored when the log grew; stored heads are kept.
 */
@Component
class TreeHeads implements DisposableBean {

    static final RowMapper<SignedTreeHead> HEAD = (row, number) -> new SignedTreeHead(row.getLong("tree_size"),
            row.getString("root_hash"), row.getLong("issued_at"), row.getString("signature"), row.getString("key_id"));
    private static final Logger log = LoggerFactory.getLogger(TreeHeads.class);

    private final JdbcTemplate jdbc;
    private final LedgerSequencer sequencer;
    private final LedgerTree tree;
    private final LedgerSigningKey key;
    private final Clock clock;
    /** The latest head signed, stored or not. */
    private SignedTreeHead signed;
    private static final long AWAIT_SEQUENCER_MILLIS = 5_000;

    private final ScheduledExecutorService schedule = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "egmis-ledger-heads");
        thread.setDaemon(true);
        return thread;
    });

    TreeHeads(JdbcTemplate jdbc, LedgerSequencer sequencer, LedgerTree tree, DatabaseSettings settings,
              @Value("${egmis.ledger.key-file:}") String keyFile,
              @Value("${egmis.ledger.head-interval-seconds:10}") long intervalSeconds, Clock clock) {
        this.jdbc = jdbc;
        this.sequencer = sequencer;
        this.tree = tree;
        this.clock = clock;
        boolean configured = !keyFile.isBlank();
        this.key = LedgerKeyFile.loadOrCreate(configured ? Path.of(keyFile)
                : settings.dataDirectory().resolve(LedgerKeyFile.DEFAULT_NAME), configured);
        schedule.scheduleWithFixedDelay(this::issueQuietly, intervalSeconds, intervalSeconds, TimeUnit.SECONDS);
    }

    LedgerSigningKey key() {
        return key;
    }

    /** The head covering everything committed before this call, without writing anything. */
    SignedTreeHead current() {
        long since = System.nanoTime();
        try {
            return headOf(sequencer.awaitRunStartedAfter(since, AWAIT_SEQUENCER_MILLIS));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the ledger sequencer", interrupted);
        }
    }

    /** The head of this size: the one signed for it already (kept in memory or stored), or a new one. */
    private synchronized SignedTreeHead headOf(long size) {
        if (signed != null && signed.treeSize() == size) {
            return signed;
        }
        Optional<SignedTreeHead> latest = latest();
        if (latest.isPresent() && latest.get().treeSize() == size && latest.get().keyId().equals(key.keyId())) {
            signed = latest.get();
            return signed;
        }
        signed = key.sign(size, tree.levels().rootHash(TreeSize.of(size)), clock.millis());
        return signed;
    }

    /** Stores the head of the tree as it is now, unless the latest stored head already has its size. */
    synchronized void storeLatest() {
        SignedTreeHead head = headOf(tree.size());
        Optional<SignedTreeHead> latest = latest();
        if (latest.isPresent() && latest.get().treeSize() == head.treeSize() && latest.get().keyId().equals(head.keyId())) {
            return;
        }
        jdbc.update("insert into ledger_tree_head (tree_size, root_hash, issued_at, signature, key_id) values (?, ?, ?, ?, ?)",
                head.treeSize(), head.rootHash(), head.timestamp(), head.signature(), head.keyId());
    }

    Optional<SignedTreeHead> latest() {
        return jdbc.query("select * from ledger_tree_head order by id desc limit 1", HEAD).stream().findFirst();
    }

    List<SignedTreeHead> all() {
        return jdbc.query("select * from ledger_tree_head order by id", HEAD);
    }

    static String hex(byte[] hash) {
        return HexFormat.of().formatHex(hash);
    }

    private void issueQuietly() {
        try {
            storeLatest();
        } catch (RuntimeException e) {
            log.warn("Issuing a tree head failed, will retry: {}", e.getMessage());
        }
    }

    @Override
    public void destroy() {
        schedule.shutdownNow();
    }
}
