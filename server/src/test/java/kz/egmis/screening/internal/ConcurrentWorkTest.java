package kz.egmis.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import kz.egmis.screening.internal.ConcurrentWork.Task;
import kz.egmis.testing.EgmisServerTest;

/** A full pass's statements on several connections: at once where independent, in order where built on each other. */
@EgmisServerTest
class ConcurrentWorkTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void independent_tasks_run_at_the_same_time_on_separate_connections() {
        CountDownLatch bothStarted = new CountDownLatch(2);
        Task first = Task.of("first", connection -> meet(bothStarted));
        Task second = Task.of("second", connection -> meet(bothStarted));

        new ConcurrentWork(jdbc, transactions, 2).run(List.of(), List.of(first, second));

        assertThat(bothStarted.getCount()).isZero();
    }

    @Test
    void a_task_starts_after_the_tasks_it_is_built_from_have_committed_and_sees_their_rows() {
        jdbc.execute("create unlogged table if not exists concurrent_work_test (step text)");
        jdbc.execute("truncate concurrent_work_test");
        List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        Task build = Task.of("build", connection -> {
            connection.execute("select pg_sleep(0.3)");
            connection.update("insert into concurrent_work_test values ('built')");
        });
        Task read = new Task("read", List.of("build"), connection -> seen.addAll(
                connection.queryForList("select step from concurrent_work_test", String.class)));

        new ConcurrentWork(jdbc, transactions, 2).run(List.of(), List.of(read, build));

        assertThat(seen).containsExactly("built");
    }

    @Test
    void every_task_runs_with_the_settings_of_the_pass() {
        List<String> workMemory = new java.util.concurrent.CopyOnWriteArrayList<>();
        Task task = Task.of("task", connection -> workMemory.add(connection.queryForObject("show work_mem", String.class)));

        new ConcurrentWork(jdbc, transactions, 2).run(List.of("work_mem = '77MB'"), List.of(task, Task.of("other",
                connection -> workMemory.add(connection.queryForObject("show work_mem", String.class)))));

        assertThat(workMemory).containsExactly("77MB", "77MB");
    }

    @Test
    void a_failure_stops_tasks_from_starting_and_reaches_the_caller() {
        AtomicBoolean dependentRan = new AtomicBoolean();
        Task failing = Task.of("failing", connection -> connection.execute("select * from no_such_table_here"));
        Task dependent = new Task("dependent", List.of("failing"), connection -> dependentRan.set(true));

        assertThatThrownBy(() -> new ConcurrentWork(jdbc, transactions, 1).run(List.of(), List.of(failing, dependent)))
                .hasMessageContaining("no_such_table_here");
        assertThat(dependentRan).isFalse();
    }

    @Test
    void a_task_waiting_for_a_task_that_is_not_there_is_an_error_not_a_hang() {
        Task orphan = new Task("orphan", List.of("missing"), connection -> { });

        assertThatThrownBy(() -> new ConcurrentWork(jdbc, transactions, 2).run(List.of(), List.of(orphan)))
                .hasMessageContaining("missing");
    }

    private static void meet(CountDownLatch latch) {
        latch.countDown();
        try {
            // run one after the other, the first would wait here for the second in vain
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the other task did not start meanwhile");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
