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
 * Signed tree heads: issued every {@code EGMIS_LEDGER_HEAD_INTERVAL_SECONDS} when the log grew, and on demand
 * after sequencing everything committed, so that a head answered covers every change acknowledged before the
 * request. Every head is kept.
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

    /** The head covering everything committed before this call: the latest one, or a new one. */
    synchronized SignedTreeHead current() {
        long size = sequencer.sequence();
        Optional<SignedTreeHead> latest = latest();
        if (latest.isPresent() && latest.get().treeSize() == size && latest.get().keyId().equals(key.keyId())) {
            return latest.get();
        }
        byte[] root = tree.levels().rootHash(TreeSize.of(size));
        SignedTreeHead head = key.sign(size, root, clock.millis());
        jdbc.update("insert into ledger_tree_head (tree_size, root_hash, issued_at, signature, key_id) values (?, ?, ?, ?, ?)",
                head.treeSize(), head.rootHash(), head.timestamp(), head.signature(), head.keyId());
        return head;
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
            current();
        } catch (RuntimeException e) {
            log.warn("Issuing a tree head failed, will retry: {}", e.getMessage());
        }
    }

    @Override
    public void destroy() {
        schedule.shutdownNow();
    }
}
