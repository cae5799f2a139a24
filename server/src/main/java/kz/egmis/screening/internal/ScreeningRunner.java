package kz.egmis.screening.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import kz.egmis.ledger.LedgerJournal;
import kz.egmis.platform.KazakhstanTime;
import kz.egmis.platform.StartupFailure;
import kz.egmis.reference.ReferenceCatalog;
import kz.egmis.screening.ScreeningPasses.Figures;

/**
 * Decides which pass runs ({@link RulePasses} runs it). Passes run one at a time: the tables are shared.
 * <p>
 * Every pass takes the records stored since the last one ({@link PendingRecords}) and replaces their rows in the
 * tables; a scoped pass then runs the rules over what they may have changed, a full pass over everything. The tables
 * are rebuilt instead (and a scoped pass becomes a full one) when they are empty (first pass, PostgreSQL crashed),
 * were filled from other definitions, when records were dropped, when the changes reach too far (an organization, a
 * person's IIN), or when so many records changed that rebuilding is cheaper. A server starting on tables it did not
 * keep itself catches up first: the records received since the tables were last current join the pass.
 */
@Component
class ScreeningRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ScreeningRunner.class);

    /** Rows are replaced record by record; rebuilding them all is cheaper beyond about this share of the records. */
    private static final double LARGEST_SCOPE_SHARE = 0.2;
    /** Below this many touched records a pass is always scoped, however small the database. */
    private static final int SMALL_SCOPE = 10_000;
    /**
     * How far before the moment the tables were last current a server catching up looks: a batch's records carry
     * the time it was stored, a little before it committed and was handed to screening.
     */
    static final long CATCH_UP_MARGIN_SECONDS = 15 * 60;
    /** A full pass's connections at most: the pool has 16, and ingestion needs some meanwhile. */
    private static final int MOST_CONNECTIONS = 8;

    private final ReentrantLock oneAtATime = new ReentrantLock();
    private final ScreeningTables tables;
    private final RulePasses passes;
    private final PendingRecords pending;
    private final Clock clock;
    /** Whether the tables hold every record handed to screening so far: true once this server passed over them. */
    private boolean tablesKeptByThisServer;
    private int screenedDay = Integer.MIN_VALUE;

    ScreeningRunner(JdbcTemplate jdbc, TransactionTemplate transactions, RuleCatalog rules, ReferenceCatalog catalog,
                    LedgerJournal journal, Clock clock, PendingRecords pending,
                    @Value("${egmis.screening.work-mem:1GB}") String workMemory,
                    @Value("${egmis.screening.connections:0}") int connections) {
        if (!workMemory.matches("[0-9]{1,7}(kB|MB|GB)")) {
            throw new StartupFailure("SCREENING_WORK_MEM_INVALID", "EGMIS_SCREENING_WORK_MEM is '" + workMemory
                    + "', not a PostgreSQL memory size", "set it to a size such as 256MB or 1GB");
        }
        if (connections < 0 || connections > MOST_CONNECTIONS) {
            throw new StartupFailure("SCREENING_CONNECTIONS_INVALID", "EGMIS_SCREENING_CONNECTIONS is " + connections
                    + ", not between 0 and " + MOST_CONNECTIONS, "set it to the number of cores PostgreSQL may use for a"
                    + " full pass, or 0 for as many as this machine has");
        }
        ConcurrentWork work = new ConcurrentWork(jdbc, transactions, connections > 0 ? connections
                : Math.min(MOST_CONNECTIONS, Runtime.getRuntime().availableProcessors()));
        this.tables = new ScreeningTables(jdbc);
        this.passes = new RulePasses(jdbc, transactions, rules, catalog, journal, clock, tables, work, workMemory);
        this.pending = pending;
        this.clock = clock;
    }

    /** A full pass: every rule over every record (the tables rebuilt first when asked or when they may be behind). */
    Figures runFullPass(boolean rebuildTables) {
        return run(false, rebuildTables);
    }

    /** A pass over what the records stored since the last pass may have changed; null when none were. */
    Figures runScopedPass() {
        return run(true, false);
    }

    private Figures run(boolean scopedWanted, boolean rebuildWanted) {
        oneAtATime.lock();
        PendingRecords.Taken taken = pending.takeAll();
        try {
            long started = System.nanoTime();
            long passStartedAt = clock.instant().getEpochSecond();
            TouchedRecords touched = taken.records();
            boolean current = !rebuildWanted && taken.complete() && (tablesKeptByThisServer ? tables.state().isPresent() : caughtUp(touched));
            if (scopedWanted && current && touched.isEmpty()) {
                return null;
            }
            boolean refreshable = current && touched.size() <= mostRecordsToRefresh();
            int today = KazakhstanTime.epochDay(clock.instant());
            boolean todayChanged = today != screenedDay;
            Figures figures = scopedWanted && refreshable
                    ? passes.scopedPass(touched, today, todayChanged) : null;
            if (figures == null) {
                figures = passes.fullPass(refreshable ? touched : null, today, todayChanged);
            }
            tables.markCurrent(passStartedAt);
            tablesKeptByThisServer = true;
            screenedDay = today;
            figures = new Figures(figures.full(), figures.tablesRebuilt(), figures.offences(),
                    (System.nanoTime() - started) / 1_000_000, figures.tablesMs(), figures.reconcileMs(), figures.rules());
            LOG.debug("Screening pass ({}, {} records stored since the last): {} offences in {} ms ({} ms tables{},"
                    + " {} ms reconciling)", figures.full() ? "full" : "scoped", touched.size(), figures.offences(),
                    figures.durationMs(), figures.tablesMs(), figures.tablesRebuilt() ? " rebuilt" : "",
                    figures.reconcileMs());
            return figures;
        } catch (RuntimeException e) {
            pending.giveBack(taken);
            throw e;
        } finally {
            oneAtATime.unlock();
        }
    }

    /**
     * For tables this server did not keep (it just started): adds the records received since they were last current
     * to the pass's records. False when they cannot be caught up with (empty, other definitions, too much to do).
     */
    private boolean caughtUp(TouchedRecords touched) {
        Optional<ScreeningTables.State> state = tables.state();
        if (state.isEmpty() || !state.get().definitionsSha256().equals(tables.definitionsSha256())) {
            return false;
        }
        Optional<TouchedRecords> received = tables.receivedSince(state.get().currentAt() - CATCH_UP_MARGIN_SECONDS,
                mostRecordsToRefresh());
        received.ifPresent(records -> {
            LOG.info("Screening tables kept from before the start: catching up with the {} records received since {}",
                    records.size(), Instant.ofEpochSecond(state.get().currentAt() - CATCH_UP_MARGIN_SECONDS));
            touched.addAll(records);
        });
        return received.isPresent();
    }

    /** How many records a pass refreshes row by row at most; rebuilding the tables is cheaper beyond. */
    private int mostRecordsToRefresh() {
        return (int) Math.max(SMALL_SCOPE, LARGEST_SCOPE_SHARE * tables.recordEstimate());
    }
}
