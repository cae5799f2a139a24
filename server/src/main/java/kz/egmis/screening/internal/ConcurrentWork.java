package kz.egmis.screening.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the statements of a full pass on several connections at once. PostgreSQL runs an {@code INSERT ... SELECT}
 * in one process however many cores it has, so a full pass that builds its tables and runs its rules one statement
 * after another uses one core; independent statements on separate connections use them all. Each task runs in its
 * own transaction with the pass's settings ({@code SET LOCAL}); a task starts once the tasks it is built from are
 * done, and among the ready ones the first listed starts first (list the longest first).
 */
final class ConcurrentWork {

    /** One unit of work: a name, the names of the tasks it needs done first, and what it does. */
    record Task(String name, List<String> after, Consumer<JdbcTemplate> work) {

        static Task of(String name, Consumer<JdbcTemplate> work) {
            return new Task(name, List.of(), work);
        }
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final int connections;

    ConcurrentWork(JdbcTemplate jdbc, TransactionTemplate transactions, int connections) {
        if (connections < 1) {
            throw new IllegalArgumentException("at least one connection, not " + connections);
        }
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.connections = connections;
    }

    int connections() {
        return connections;
    }

    /**
     * Runs every task, each in a transaction that first applies these settings; answers when all are done, or throws
     * the first failure once the tasks already running have ended (none is started after a failure).
     */
    void run(List<String> settings, List<Task> tasks) {
        Map<String, Task> waiting = new LinkedHashMap<>();
        tasks.forEach(task -> waiting.put(task.name(), task));
        for (Task task : tasks) {
            for (String before : task.after()) {
                if (!waiting.containsKey(before)) {
                    throw new IllegalArgumentException("task " + task.name() + " waits for " + before
                            + ", which is not among the tasks");
                }
            }
        }
        Set<String> done = new HashSet<>();
        ExecutorService threads = Executors.newFixedThreadPool(Math.min(connections, Math.max(1, tasks.size())), runnable -> {
            Thread thread = new Thread(runnable, "screening-full-pass");
            thread.setDaemon(true);
            return thread;
        });
        ExecutorCompletionService<String> completions = new ExecutorCompletionService<>(threads);
        RuntimeException failure = null;
        int running = 0;
        try {
            while (!waiting.isEmpty() || running > 0) {
                for (Task task : new ArrayList<>(waiting.values())) {
                    if (failure == null && running < connections && done.containsAll(task.after())) {
                        waiting.remove(task.name());
                        completions.submit(() -> runInTransaction(settings, task));
                        running++;
                    }
                }
                if (running == 0) {
                    // nothing running and nothing ready: only a failure (or tasks waiting for each other) leaves this
                    if (failure != null) {
                        throw failure;
                    }
                    throw new IllegalArgumentException("tasks wait for each other: " + waiting.keySet());
                }
                Future<String> finished = completions.take();
                running--;
                try {
                    done.add(finished.get());
                } catch (ExecutionException e) {
                    failure = failure != null ? failure : e.getCause() instanceof RuntimeException runtime ? runtime
                            : new IllegalStateException(e.getCause());
                    waiting.clear();
                }
            }
            if (failure != null) {
                throw failure;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a full screening pass was running", e);
        } finally {
            threads.shutdownNow();
        }
    }

    private String runInTransaction(List<String> settings, Task task) {
        transactions.executeWithoutResult(status -> {
            settings.forEach(setting -> jdbc.execute("set local " + setting));
            task.work().accept(jdbc);
        });
        return task.name();
    }
}
