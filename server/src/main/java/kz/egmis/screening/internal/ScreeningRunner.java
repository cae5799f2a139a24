package kz.egmis.screening.internal;

import java.time.Clock;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import kz.egmis.ledger.LedgerJournal;
import kz.egmis.platform.KazakhstanTime;
import kz.egmis.reference.ReferenceCatalog;

/**
 * The PostgreSQL runner: loads the reference catalog, runs every rule definition into screening_candidate and
 * reconciles the findings, all in one transaction, so a pass is seen whole or not at all. Passes run one at a
 * time: the candidate table is shared.
 */
@Component
class ScreeningRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ScreeningRunner.class);

    /** The outcome of a pass: the offences found and how long it took. */
    record PassResult(long findings, long durationMs) {
    }

    private final ReentrantLock oneAtATime = new ReentrantLock();
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final RuleCatalog rules;
    private final ReferenceCatalog catalog;
    private final FindingReconciler reconciler;
    private final Clock clock;

    ScreeningRunner(JdbcTemplate jdbc, TransactionTemplate transactions, RuleCatalog rules, ReferenceCatalog catalog,
                    LedgerJournal journal, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.rules = rules;
        this.catalog = catalog;
        this.reconciler = new FindingReconciler(jdbc, journal);
        this.clock = clock;
    }

    PassResult runFullPass() {
        oneAtATime.lock();
        try {
            long started = System.nanoTime();
            Long findings = transactions.execute(status -> screenAndReconcile());
            long durationMs = (System.nanoTime() - started) / 1_000_000;
            LOG.debug("Screening pass: {} findings in {} ms", findings, durationMs);
            return new PassResult(findings == null ? 0 : findings, durationMs);
        } finally {
            oneAtATime.unlock();
        }
    }

    private long screenAndReconcile() {
        ReferenceTables.load(jdbc, catalog);
        jdbc.update("truncate screening_candidate");
        SqlDialect dialect = SqlDialect.postgres(KazakhstanTime.epochDay(clock.instant()));
        for (RuleDefinition rule : rules.rules()) {
            jdbc.update(candidates(rule, dialect), rule.code(), rule.code(), rule.version(), rule.severity());
        }
        jdbc.execute("analyze screening_candidate");
        reconciler.reconcile(clock.instant().getEpochSecond());
        return jdbc.queryForObject("select count(*) from screening_candidate", Long.class);
    }

    /** The rule's rows as candidates; the id is the finding's stable identity: a hash of the rule and offence key. */
    private static String candidates(RuleDefinition rule, SqlDialect dialect) {
        return "insert into screening_candidate (id, rule, rule_version, severity, " + RuleDefinition.OUTPUT_COLUMNS + ")"
                + " select md5(? || '|' || r.offence_key), ?, ?, ?, r." + RuleDefinition.OUTPUT_COLUMNS.replace(", ", ", r.")
                + " from (" + dialect.expand(rule.sql()) + "\n) r on conflict (id) do nothing";
    }
}
