package kz.egmis.screening.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import kz.egmis.ledger.LedgerJournal;
import kz.egmis.platform.KazakhstanTime;
import kz.egmis.reference.ReferenceCatalog;
import kz.egmis.screening.ScreeningPasses.Figures;
import kz.egmis.screening.ScreeningPasses.RuleFigures;

/**
 * The PostgreSQL runner. A pass loads the reference catalog, brings the screening tables up to date (all of them in a
 * full pass; the touched records' rows in a scoped one), runs every rule definition into screening_candidate and
 * reconciles the findings, all in one transaction, so a pass is seen whole or not at all. Passes run one at a time:
 * the tables are shared. A scoped pass is run as a full one when the tables were not built by this server (they
 * may miss ingests of a previous run, or a changed reference catalog) or when its changes reach too far.
 */
@Component
class ScreeningRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ScreeningRunner.class);

    private final ReentrantLock oneAtATime = new ReentrantLock();
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final RuleCatalog rules;
    private final ReferenceCatalog catalog;
    private final ScreeningTables tables;
    private final ScreeningScope scope;
    private final FindingReconciler reconciler;
    private final Clock clock;
    private boolean tablesBuiltByThisServer;
    private int screenedDay = Integer.MIN_VALUE;

    ScreeningRunner(JdbcTemplate jdbc, TransactionTemplate transactions, RuleCatalog rules, ReferenceCatalog catalog,
                    LedgerJournal journal, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.rules = rules;
        this.catalog = catalog;
        this.tables = new ScreeningTables(jdbc);
        this.scope = new ScreeningScope(jdbc, tables);
        this.reconciler = new FindingReconciler(jdbc, journal);
        this.clock = clock;
    }

    Figures runFullPass() {
        return run(null);
    }

    /** A pass over what these records may have changed (or a full one, see the class comment). */
    Figures runScopedPass(TouchedRecords touched) {
        return run(touched);
    }

    private Figures run(TouchedRecords touched) {
        oneAtATime.lock();
        try {
            boolean full = touched == null || !tablesBuiltByThisServer || !tables.built();
            if (full) {
                CanonicalStatistics.refreshStale(jdbc);
            }
            long started = System.nanoTime();
            int today = KazakhstanTime.epochDay(clock.instant());
            Figures figures = transactions.execute(status -> screenAndReconcile(full ? null : touched, today));
            figures = new Figures(figures.full(), figures.offences(), (System.nanoTime() - started) / 1_000_000,
                    figures.tablesMs(), figures.reconcileMs(), figures.rules());
            if (figures.full()) {
                tablesBuiltByThisServer = true;
            }
            screenedDay = today;
            LOG.debug("Screening pass ({}): {} offences in {} ms ({} ms tables, {} ms reconciling)",
                    figures.full() ? "full" : touched.size() + " records", figures.offences(), figures.durationMs(),
                    figures.tablesMs(), figures.reconcileMs());
            return figures;
        } finally {
            oneAtATime.unlock();
        }
    }

    private Figures screenAndReconcile(TouchedRecords touched, int today) {
        long now = clock.instant().getEpochSecond();
        // big sorts and hash joins stay in memory; SET LOCAL ends with the transaction
        jdbc.execute("set local work_mem = '256MB'");
        ReferenceTables.load(jdbc, catalog);
        long started = System.nanoTime();
        ScreeningScope.Size size = touched == null ? null : scope.prepare(touched, today != screenedDay);
        boolean scoped = size != null;
        if (!scoped) {
            tables.rebuild(now);
        } else {
            LOG.debug("Scope of the pass: {}", size);
        }
        long tablesMs = (System.nanoTime() - started) / 1_000_000;
        jdbc.update("truncate screening_candidate");
        SqlDialect dialect = SqlDialect.postgres(today, scoped);
        List<Long> durations = new ArrayList<>();
        for (RuleDefinition rule : rules.rules()) {
            long ruleStarted = System.nanoTime();
            jdbc.update(candidates(rule, dialect), rule.code(), rule.code(), rule.version(), rule.severity());
            long ruleMs = (System.nanoTime() - ruleStarted) / 1_000_000;
            durations.add(ruleMs);
            LOG.debug("Screening rule {}: {} ms", rule.code(), ruleMs);
        }
        jdbc.execute("analyze screening_candidate");
        started = System.nanoTime();
        reconciler.reconcile(now, scoped ? rules.rules() : null);
        long reconcileMs = (System.nanoTime() - started) / 1_000_000;
        Map<String, Long> offences = new HashMap<>();
        jdbc.query("select rule, count(*) from screening_candidate group by rule",
                (RowCallbackHandler) row -> offences.put(row.getString(1), row.getLong(2)));
        List<RuleFigures> figures = new ArrayList<>();
        for (int i = 0; i < rules.rules().size(); i++) {
            String code = rules.rules().get(i).code();
            figures.add(new RuleFigures(code, durations.get(i), offences.getOrDefault(code, 0L)));
        }
        long total = figures.stream().mapToLong(RuleFigures::offences).sum();
        return new Figures(!scoped, total, 0, tablesMs, reconcileMs, List.copyOf(figures));
    }

    /** The rule's rows as candidates; the id is the finding's stable identity: a hash of the rule and offence key. */
    private static String candidates(RuleDefinition rule, SqlDialect dialect) {
        return "insert into screening_candidate (id, rule, rule_version, severity, " + RuleDefinition.OUTPUT_COLUMNS + ")"
                + " select md5(? || '|' || r.offence_key), ?, ?, ?, r." + RuleDefinition.OUTPUT_COLUMNS.replace(", ", ", r.")
                + " from (" + dialect.expand(rule.sql()) + "\n) r on conflict (id) do nothing";
    }
}
