package kz.egmis.ledger.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import kz.egmis.database.DatabaseSettings;
import kz.egmis.ledger.LeafSource;
import kz.egmis.ledger.LedgerVerification;
import kz.egmis.ledger.MerkleHashes;
import kz.egmis.ledger.VerificationProblem;
import kz.egmis.ledger.VerificationReport;

/**
 * {@code verify}: in one database snapshot, merges every kind's stored leaves with the leaves its rows give now
 * ({@link LeafMerge}, one ref range per core, in parallel), and rebuilds the tree checking every signed tree head
 * ({@link TreeHeadCheck}). Everything streams with a fetch size: memory stays flat for millions of leaves.
 */
@Component
class LedgerVerifier implements LedgerVerification {

    static final int FETCH_SIZE = 10_000;
    // Sources sort their rows by ref: in memory rather than in temporary files where possible.
    private static final String WORK_MEMORY = "64MB";
    private static final Logger log = LoggerFactory.getLogger(LedgerVerifier.class);

    private final JdbcTemplate jdbc;
    private final PlatformTransactionManager transactions;
    private final List<LeafSource> sources;
    private final ObjectProvider<LedgerSequencer> sequencer;
    private final boolean flushQueue;
    private final Path keyFile;
    private final int threads;

    LedgerVerifier(DataSource dataSource, PlatformTransactionManager transactions, List<LeafSource> sources,
                   ObjectProvider<LedgerSequencer> sequencer, DatabaseSettings settings,
                   @Value("${egmis.ledger.key-file:}") String keyFile,
                   @Value("${egmis.ledger.verify.flush-queue:true}") boolean flushQueue,
                   @Value("${egmis.ledger.verify.threads:0}") int threads) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH_SIZE);
        this.transactions = transactions;
        this.sources = sources.stream().sorted(Comparator.comparing(LeafSource::kind)).toList();
        this.sequencer = sequencer;
        this.flushQueue = flushQueue;
        this.keyFile = keyFile.isBlank() ? settings.dataDirectory().resolve(LedgerKeyFile.DEFAULT_NAME) : Path.of(keyFile);
        this.threads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    @Override
    public VerificationReport verify() {
        long start = System.nanoTime();
        ProblemList problems = new ProblemList();
        if (flushQueue) {
            try {
                sequencer.getObject().sequence();
            } catch (RuntimeException e) {
                problems.add(VerificationProblem.unchecked("the queued leaves could not be given indexes (" + e.getMessage()
                        + "); they are checked as they wait", "ledger_queue"));
            }
        }
        byte[] publicKey = VerifyingKey.read(keyFile, problems);
        TransactionTemplate snapshot = SnapshotWorkers.readOnlySnapshot(transactions);
        long[] counts = snapshot.execute(status -> check(publicKey, problems));
        return problems.report(counts[0], counts[1], (System.nanoTime() - start) / 1_000_000);
    }

    /** Answers {leaves compared with their rows, heads checked}. */
    private long[] check(byte[] publicKey, ProblemList problems) {
        String snapshot = jdbc.queryForObject("select pg_export_snapshot()", String.class);
        if (snapshot == null || !snapshot.matches("[0-9A-Fa-f-]+")) {
            throw new IllegalStateException("PostgreSQL exported an unexpected snapshot name: " + snapshot);
        }
        Map<String, Map<Long, String>> queued = new ConcurrentHashMap<>();
        jdbc.query("select kind, ref, data from ledger_queue", row -> {
            queued.computeIfAbsent(row.getString(1), kind -> new ConcurrentHashMap<>()).put(row.getLong(2), row.getString(3));
        });
        AtomicLong merged = new AtomicLong();
        TreeHeadCheck tree = new TreeHeadCheck(jdbc, publicKey, problems);
        try (SnapshotWorkers workers = new SnapshotWorkers(transactions, jdbc, snapshot, WORK_MEMORY, threads)) {
            for (LeafSource source : sources) {
                Map<Long, String> waiting = queued.computeIfAbsent(source.kind(), kind -> new ConcurrentHashMap<>());
                for (long[] range : ranges(source.kind())) {
                    workers.submit(() -> merged.addAndGet(merge(source, range, waiting, problems)));
                }
                workers.submit(() -> source.checkRowsOfNoRef(problems::add));
            }
            workers.submit(() -> {
                long start = System.nanoTime();
                tree.run();
                log.info("verify: tree of {} leaves rebuilt and {} tree heads checked in {} ms", tree.leaves(),
                        tree.heads(), (System.nanoTime() - start) / 1_000_000);
            });
            workers.awaitAll();
        }
        for (LeafSource source : sources) {
            queued.remove(source.kind()).keySet().stream().sorted().forEach(ref -> problems.add(VerificationProblem
                    .deleted("a leaf waiting in ledger_queue names " + source.table() + " id " + ref + ", which is gone",
                            "ledger_queue")));
        }
        if (tree.leaves() != merged.get()) {
            reportKindsWithoutSource(problems);
        }
        return new long[] {merged.get(), tree.heads()};
    }

    private long merge(LeafSource source, long[] range, Map<Long, String> queued, ProblemList problems) {
        long start = System.nanoTime();
        try (LeafMerge merge = new LeafMerge(jdbc, source, range[0], range[1], queued, problems)) {
            source.expectedLeaves(range[0], range[1], merge);
            merge.finish();
            log.info("verify: {} '{}' leaves with refs {} to {} compared with their rows in {} ms", merge.checked(),
                    source.kind(), range[0], range[1], (System.nanoTime() - start) / 1_000_000);
            return merge.checked();
        }
    }

    /** One ref range per thread, evenly between the smallest and largest ref of the kind, together all refs. */
    private List<long[]> ranges(String kind) {
        Map<String, Object> bounds = jdbc.queryForMap("select min(ref) as low, max(ref) as high from ledger_leaf "
                + "where kind = ?", kind);
        List<long[]> ranges = new ArrayList<>();
        if (bounds.get("low") == null) {
            ranges.add(new long[] {Long.MIN_VALUE, Long.MAX_VALUE});
            return ranges;
        }
        long low = ((Number) bounds.get("low")).longValue();
        long width = Math.max(1, (((Number) bounds.get("high")).longValue() - low) / threads + 1);
        long first = Long.MIN_VALUE;
        for (int part = 1; part < threads; part++) {
            long last = low + part * width - 1;
            ranges.add(new long[] {first, last});
            first = last + 1;
        }
        ranges.add(new long[] {first, Long.MAX_VALUE});
        return ranges;
    }

    /**
     * Leaves of a kind no source recomputes (a feature without its {@link LeafSource} yet) cannot be tied to rows:
     * reported as unchecked, and their hashes are still checked against their data.
     */
    private void reportKindsWithoutSource(ProblemList problems) {
        String[] known = sources.stream().map(LeafSource::kind).toArray(String[]::new);
        Map<String, Long> counts = new TreeMap<>();
        jdbc.query(connection -> {
            var statement = connection.prepareStatement("select leaf_index, kind, data, leaf_hash from ledger_leaf "
                    + "where kind <> all(?) order by leaf_index");
            statement.setArray(1, connection.createArrayOf("text", known));
            statement.setFetchSize(FETCH_SIZE);
            return statement;
        }, row -> {
            counts.merge(row.getString(2), 1L, Long::sum);
            byte[] hash = row.getBytes(4);
            if (hash == null || !MessageDigest.isEqual(hash,
                    MerkleHashes.leafHash(row.getString(3).getBytes(StandardCharsets.UTF_8)))) {
                problems.add(VerificationProblem.altered("the leaf's data no longer hashes to its leaf_hash: the leaf was "
                        + "altered", "leaf #" + row.getLong(1)));
            }
        });
        counts.forEach((kind, count) -> problems.add(VerificationProblem.unchecked(count + " leaves of kind '" + kind
                + "': no source recomputes them from their rows (their hashes were checked)", "ledger_leaf")));
    }
}
