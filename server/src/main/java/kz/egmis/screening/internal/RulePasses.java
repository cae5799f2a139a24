package kz.egmis.screening.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import kz.egmis.ledger.LedgerJournal;
import kz.egmis.reference.ReferenceCatalog;
import kz.egmis.screening.ScreeningPasses.Figures;
import kz.egmis.screening.ScreeningPasses.RuleFigures;

/**
 * How a pass runs on PostgreSQL: it loads the reference catalog, brings the screening tables up to date, runs the
 * rule definitions into screening_candidate and reconciles the findings in one transaction, so its findings are seen
 * whole or not at all. A scoped pass does everything in that transaction; a full pass builds tables and runs rules on
 * several connections first ({@link ConcurrentWork}). {@link ScreeningRunner} decides which pass runs, and when.
 */
final class RulePasses {

    private static final Logger LOG = LoggerFactory.getLogger(RulePasses.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final RuleCatalog rules;
    private final ReferenceCatalog catalog;
    private final ScreeningTables tables;
    private final ScreeningScope scope;
    private final FindingReconciler reconciler;
    private final ConcurrentWork work;
    private final Clock clock;
    private final String workMemory;

    RulePasses(JdbcTemplate jdbc, TransactionTemplate transactions, RuleCatalog rules, ReferenceCatalog catalog,
               LedgerJournal journal, Clock clock, ScreeningTables tables, ConcurrentWork work, String workMemory) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.rules = rules;
        this.catalog = catalog;
        this.tables = tables;
        this.scope = new ScreeningScope(jdbc, tables);
        this.reconciler = new FindingReconciler(jdbc, journal);
        this.work = work;
        this.clock = clock;
        this.workMemory = workMemory;
    }

    /**
     * A scoped pass, in one transaction (the scope tables it fills are seen by that transaction only). Answers null,
     * having rolled back, when the touched records can only be screened by a full pass.
     */
    Figures scopedPass(TouchedRecords touched, int today, boolean todayChanged) {
        return transactions.execute(status -> scopedPass(touched, today, todayChanged, status));
    }

    private Figures scopedPass(TouchedRecords touched, int today, boolean todayChanged, TransactionStatus status) {
        long now = clock.instant().getEpochSecond();
        jdbc.execute("set local work_mem = '" + workMemory + "'");
        ReferenceTables.load(jdbc, catalog);
        long started = System.nanoTime();
        if (!refreshed(touched, todayChanged)) {
            status.setRollbackOnly();
            return null;
        }
        long tablesMs = (System.nanoTime() - started) / 1_000_000;
        jdbc.update("truncate screening_candidate");
        SqlDialect dialect = SqlDialect.postgres(today, true);
        List<Long> durations = new ArrayList<>();
        for (RuleDefinition rule : rules.rules()) {
            durations.add(runRule(jdbc, rule, dialect));
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
    Figures fullPass(TouchedRecords touched, int today, boolean todayChanged) {
        long now = clock.instant().getEpochSecond();
        long started = System.nanoTime();
        // A full pass reads every row: hash joins. A misestimate (correlated columns, a HAVING the planner cannot see
        // through) otherwise makes PostgreSQL look millions of rows up one by one, minutes instead of seconds.
        List<String> settings = List.of("work_mem = '" + workMemory + "'", "maintenance_work_mem = '" + workMemory + "'",
                "enable_nestloop = off", "enable_mergejoin = off");
        boolean refreshed = Boolean.TRUE.equals(transactions.execute(status -> {
            jdbc.execute("set local work_mem = '" + workMemory + "'");
            ReferenceTables.load(jdbc, catalog);
            return touched != null && refreshed(touched, todayChanged);
        }));
        if (!refreshed) {
            CanonicalStatistics.refreshStale(jdbc);
            tables.rebuild(now, work, settings);
        }
        long tablesMs = (System.nanoTime() - started) / 1_000_000;
        SqlDialect dialect = SqlDialect.postgres(today, false);
        Map<String, Long> durations = new ConcurrentHashMap<>();
        jdbc.update("truncate screening_candidate");
        work.run(settings, rules.rules().stream().map(rule -> ConcurrentWork.Task.of(rule.code(),
                connection -> durations.put(rule.code(), runRule(connection, rule, dialect)))).toList());
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
    private boolean refreshed(TouchedRecords touched, boolean todayChanged) {
        // a scoped pass reaches few rows of tables that stay in memory: through their indexes, not by scanning
        jdbc.execute("set local random_page_cost = 1.1");
        ScreeningScope.Size size = scope.prepare(touched, todayChanged);
        jdbc.execute("set local random_page_cost = default");
        if (size != null) {
            LOG.debug("Scope of the pass: {}", size);
        }
        return size != null;
    }

    /** Runs a rule into screening_candidate on this connection; answers how long it took, in milliseconds. */
    private static long runRule(JdbcTemplate connection, RuleDefinition rule, SqlDialect dialect) {
        long started = System.nanoTime();
        connection.update(candidates(rule, dialect), rule.code(), rule.code(), rule.version(), rule.severity());
        long durationMs = (System.nanoTime() - started) / 1_000_000;
        LOG.debug("Screening rule {}: {} ms", rule.code(), durationMs);
        return durationMs;
    }

    /** The rule's rows as candidates; the id is the finding's stable identity: a hash of the rule and offence key. */
    private static String candidates(RuleDefinition rule, SqlDialect dialect) {
        return "insert into screening_candidate (id, rule, rule_version, severity, " + RuleDefinition.OUTPUT_COLUMNS + ")"
                + " select md5(? || '|' || r.offence_key), ?, ?, ?, r." + RuleDefinition.OUTPUT_COLUMNS.replace(", ", ", r.")
                + " from (" + dialect.expand(rule.sql()) + "\n) r on conflict (id) do nothing";
    }
}
