package kz.egmis.screening.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import kz.egmis.ledger.LedgerJournal;
import kz.egmis.platform.KazakhstanTime;
import kz.egmis.platform.StartupFailure;
import kz.egmis.reference.ReferenceCatalog;
import kz.egmis.screening.ScreeningPasses.Figures;
import kz.egmis.screening.ScreeningPasses.RuleFigures;

/**
 * The PostgreSQL runner. A pass loads the reference catalog, brings the screening tables up to date, runs the rule
 * definitions into screening_candidate and reconciles the findings in one transaction, so its findings are seen whole
 * or not at all. A scoped pass does everything in that transaction; a full pass builds tables and runs rules on
 * several connections first ({@link ConcurrentWork}). Passes run one at a time: the tables are shared.
 * <p>
 * Every pass takes the records stored since the last one ({@link PendingRecords}) and replaces their rows in the
 * tables; a scoped pass then runs the rules over what they may have changed, a full pass over everything. The
 * tables are rebuilt instead (and a scoped pass becomes a full one) when they were not built by this server (they
 * may miss ingests of a previous run, or a changed reference catalog), when records were dropped, when the changes
 * reach too far (an organization, a person's IIN), or when so many records changed that rebuilding is cheaper.
 */
@Component
class ScreeningRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ScreeningRunner.class);

    /** Rows are replaced record by record; rebuilding them all is cheaper beyond about this share of the records. */
    private static final double LARGEST_SCOPE_SHARE = 0.2;
    /** Below this many touched records a pass is always scoped, however small the database. */
    private static final int SMALL_SCOPE = 10_000;

    /** A full pass's connections at most: the pool has 16, and ingestion needs some meanwhile. */
    private static final int MOST_CONNECTIONS = 8;

    private final ReentrantLock oneAtATime = new ReentrantLock();
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final RuleCatalog rules;
    private final ReferenceCatalog catalog;
    private final ScreeningTables tables;
    private final ScreeningScope scope;
    private final PendingRecords pending;
    private final FindingReconciler reconciler;
    private final Clock clock;
    private final String workMemory;
    private final ConcurrentWork work;
    private boolean tablesBuiltByThisServer;
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
        this.workMemory = workMemory;
        this.work = new ConcurrentWork(jdbc, transactions, connections > 0 ? connections
                : Math.min(MOST_CONNECTIONS, Runtime.getRuntime().availableProcessors()));
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.rules = rules;
        this.catalog = catalog;
        this.tables = new ScreeningTables(jdbc);
        this.scope = new ScreeningScope(jdbc, tables);
        this.reconciler = new FindingReconciler(jdbc, journal);
        this.pending = pending;
        this.clock = clock;
    }

    /** A full pass: every rule over every record (the tables rebuilt first when they may be behind). */
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
            TouchedRecords touched = taken.records();
            if (scopedWanted && taken.complete() && touched.isEmpty()) {
                return null;
            }
            // the tables can be brought up to date record by record only if they hold everything before these records
            boolean refreshable = !rebuildWanted && taken.complete() && tablesBuiltByThisServer && tables.built()
                    && touched.size() <= Math.max(SMALL_SCOPE, LARGEST_SCOPE_SHARE * tables.recordEstimate());
            long started = System.nanoTime();
            int today = KazakhstanTime.epochDay(clock.instant());
            Figures figures = scopedWanted && refreshable ? transactions.execute(status -> scopedPass(touched, today, status))
                    : null;
            if (figures == null) {
                figures = fullPass(refreshable ? touched : null, today);
            }
            figures = new Figures(figures.full(), figures.tablesRebuilt(), figures.offences(),
                    (System.nanoTime() - started) / 1_000_000, figures.tablesMs(), figures.reconcileMs(), figures.rules());
            if (figures.tablesRebuilt()) {
                tablesBuiltByThisServer = true;
            }
            screenedDay = today;
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
     * A scoped pass, in one transaction (the scope tables it fills are seen by that transaction only). Answers null,
     * having rolled back, when the touched records can only be screened by a full pass.
     */
    private Figures scopedPass(TouchedRecords touched, int today, TransactionStatus status) {
        long now = clock.instant().getEpochSecond();
        jdbc.execute("set local work_mem = '" + workMemory + "'");
        ReferenceTables.load(jdbc, catalog);
        long started = System.nanoTime();
        if (!refreshed(touched, today)) {
            status.setRollbackOnly();
            return null;
        }
        long tablesMs = (System.nanoTime() - started) / 1_000_000;
        jdbc.update("truncate screening_candidate");
        SqlDialect dialect = SqlDialect.postgres(today, true);
        List<Long> durations = new ArrayList<>();
        for (RuleDefinition rule : rules.rules()) {
            long ruleStarted = System.nanoTime();
            jdbc.update(candidates(rule, dialect), rule.code(), rule.code(), rule.version(), rule.severity());
            durations.add((System.nanoTime() - ruleStarted) / 1_000_000);
        }
        jdbc.execute("analyze screening_candidate");
        started = System.nanoTime();
        reconciler.reconcile(now, rules.rules());
        return figures(false, false, tablesMs, durations, (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * A full pass: the tables are brought up to date (the touched records' rows replaced) or, when {@code touched}
     * is null or cannot be refreshed, rebuilt; then every rule runs over everything. Tables and rules run on several
     * connections at once ({@link ConcurrentWork}); the findings are reconciled in one transaction, so they change
     * all at once or not at all.
     */
    private Figures fullPass(TouchedRecords touched, int today) {
        long now = clock.instant().getEpochSecond();
        long started = System.nanoTime();
        // A full pass reads every row: hash joins. A misestimate (correlated columns, a HAVING the planner cannot see
        // through) otherwise makes PostgreSQL look millions of rows up one by one, minutes instead of seconds.
        List<String> settings = List.of("work_mem = '" + workMemory + "'", "maintenance_work_mem = '" + workMemory + "'",
                "enable_nestloop = off", "enable_mergejoin = off");
        boolean refreshed = Boolean.TRUE.equals(transactions.execute(status -> {
            jdbc.execute("set local work_mem = '" + workMemory + "'");
            ReferenceTables.load(jdbc, catalog);
            return touched != null && refreshed(touched, today);
        }));
        if (!refreshed) {
            CanonicalStatistics.refreshStale(jdbc);
            tables.rebuild(now, work, settings);
        }
        long tablesMs = (System.nanoTime() - started) / 1_000_000;
        SqlDialect dialect = SqlDialect.postgres(today, false);
        Map<String, Long> durations = new ConcurrentHashMap<>();
        jdbc.update("truncate screening_candidate");
        work.run(settings, rules.rules().stream().map(rule -> ConcurrentWork.Task.of(rule.code(), connection -> {
            long ruleStarted = System.nanoTime();
            connection.update(candidates(rule, dialect), rule.code(), rule.code(), rule.version(), rule.severity());
            durations.put(rule.code(), (System.nanoTime() - ruleStarted) / 1_000_000);
            LOG.debug("Screening rule {}: {} ms", rule.code(), durations.get(rule.code()));
        })).toList());
        jdbc.execute("analyze screening_candidate");
        long reconcileStarted = System.nanoTime();
        transactions.executeWithoutResult(status -> reconciler.reconcile(now, null));
        return figures(true, !refreshed, tablesMs, rules.rules().stream().map(rule -> durations.get(rule.code())).toList(),
                (System.nanoTime() - reconcileStarted) / 1_000_000);
    }

    private Figures figures(boolean full, boolean rebuilt, long tablesMs, List<Long> durations, long reconcileMs) {
        Map<String, Long> offences = new HashMap<>();
        jdbc.query("select rule, count(*) from screening_candidate group by rule",
                (RowCallbackHandler) row -> offences.put(row.getString(1), row.getLong(2)));
        List<RuleFigures> figures = new ArrayList<>();
        for (int i = 0; i < rules.rules().size(); i++) {
            String code = rules.rules().get(i).code();
            figures.add(new RuleFigures(code, durations.get(i), offences.getOrDefault(code, 0L)));
        }
        long total = figures.stream().mapToLong(RuleFigures::offences).sum();
        return new Figures(full, rebuilt, total, 0, tablesMs, reconcileMs, List.copyOf(figures));
    }

    /** Refreshes the tables for these records and fills the scope; false when only rebuilding them is correct. */
    private boolean refreshed(TouchedRecords touched, int today) {
        // a scoped pass reaches few rows of tables that stay in memory: through their indexes, not by scanning
        jdbc.execute("set local random_page_cost = 1.1");
        ScreeningScope.Size size = scope.prepare(touched, today != screenedDay);
        jdbc.execute("set local random_page_cost = default");
        if (size != null) {
            LOG.debug("Scope of the pass: {}", size);
        }
        return size != null;
    }

    /** The rule's rows as candidates; the id is the finding's stable identity: a hash of the rule and offence key. */
    private static String candidates(RuleDefinition rule, SqlDialect dialect) {
        return "insert into screening_candidate (id, rule, rule_version, severity, " + RuleDefinition.OUTPUT_COLUMNS + ")"
                + " select md5(? || '|' || r.offence_key), ?, ?, ?, r." + RuleDefinition.OUTPUT_COLUMNS.replace(", ", ", r.")
                + " from (" + dialect.expand(rule.sql()) + "\n) r on conflict (id) do nothing";
    }
}
