package kz.egmis.ledger.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs parts of a verify on worker threads, each in its own read-only transaction on its own connection, all in
 * the snapshot the verifier's transaction exported (pg_export_snapshot): they see exactly the same rows, and
 * PostgreSQL and the JVM work on every core.
 */
final class SnapshotWorkers implements AutoCloseable {

    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final String snapshot;
    private final String workMemory;
    private final ExecutorService threads;
    private final List<Future<?>> running = new ArrayList<>();

    SnapshotWorkers(PlatformTransactionManager manager, JdbcTemplate jdbc, String snapshot, String workMemory,
                    int threadCount) {
        this.transactions = readOnlySnapshot(manager);
        this.jdbc = jdbc;
        this.snapshot = snapshot;
        this.workMemory = workMemory;
        AtomicInteger number = new AtomicInteger();
        this.threads = Executors.newFixedThreadPool(threadCount, task -> {
            Thread thread = new Thread(task, "egmis-verify-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Repeatable read (one snapshot for all statements), read only. */
    static TransactionTemplate readOnlySnapshot(PlatformTransactionManager manager) {
        TransactionTemplate template = new TransactionTemplate(manager);
        template.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        template.setReadOnly(true);
        return template;
    }

    void submit(Runnable task) {
        running.add(threads.submit(() -> transactions.executeWithoutResult(status -> {
            // must be the transaction's first statement
            jdbc.execute("set transaction snapshot '" + snapshot + "'");
            jdbc.execute("set local work_mem = '" + workMemory + "'");
            task.run();
        })));
    }

    /** Waits for every task; a failed one fails the whole verify (it proved nothing either way). */
    void awaitAll() {
        try {
            for (Future<?> task : running) {
                task.get();
            }
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException("verify failed: " + failed.getCause(), failed.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("verify was interrupted", e);
        }
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
