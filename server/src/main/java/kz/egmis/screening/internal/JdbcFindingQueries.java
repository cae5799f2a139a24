package kz.egmis.screening.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import kz.egmis.ingestion.PersonDataReads;
import kz.egmis.ledger.LedgerJournal;
import kz.egmis.screening.Finding;
import kz.egmis.screening.FindingQueries;
import kz.egmis.security.Caller;

/** Findings read within the caller's scope; each read of one is logged before it is answered. */
@Component
class JdbcFindingQueries implements FindingQueries {

    private final JdbcTemplate jdbc;
    private final RuleCatalog rules;
    private final PersonDataReads reads;
    private final LedgerJournal journal;

    JdbcFindingQueries(JdbcTemplate jdbc, RuleCatalog rules, PersonDataReads reads, LedgerJournal journal) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.reads = reads;
        this.journal = journal;
    }

    @Override
    public Page list(Caller caller, Filter filter, String readPath) {
        FindingQuery query = FindingQuery.of(caller, rules, filter);
        long total = jdbc.queryForObject(query.countSql(), Long.class, query.arguments());
        List<Finding> items = jdbc.query(query.pageSql(), FindingRows::finding, query.pageArguments());
        if (items.stream().anyMatch(finding -> finding.ledgerIndex() == null)) {
            // a pass just committed: its leaves get their indexes at the sequencer's next run, a moment away
            journal.awaitSequenced();
            items = jdbc.query(query.pageSql(), FindingRows::finding, query.pageArguments());
        }
        logReads(caller, readPath, items);
        return new Page(total, items);
    }

    @Override
    public Map<String, Long> openCountsByRule(Caller caller, Filter filter) {
        FindingQuery query = FindingQuery.of(caller, rules, new Filter(filter.rule(), filter.organization(), null,
                filter.from(), filter.to(), filter.minimumAmount(), "0", "1", null));
        Map<String, Long> counts = new LinkedHashMap<>();
        RuleCatalog.STANDARD_RULES.forEach(rule -> counts.put(rule, 0L));
        jdbc.query(query.openCountsSql(), row -> {
            counts.put(row.getString(1), row.getLong(2));
        }, query.arguments());
        return counts;
    }

    @Override
    public Optional<Finding> find(Caller caller, String id, String readPath) {
        Optional<Finding> found = byId(id);
        if (found.isPresent() && found.get().ledgerIndex() == null) {
            journal.awaitSequenced(); // a review or a pass just committed its event
            found = byId(id);
        }
        found = found.filter(finding -> caller.seesAllFacilities() || (finding.organizationBin() != null
                && caller.mayReadFacility(finding.organizationBin())));
        found.ifPresent(finding -> logReads(caller, readPath, List.of(finding)));
        return found;
    }

    private Optional<Finding> byId(String id) {
        return jdbc.query("select " + FindingRows.COLUMNS + " from finding f where f.id = ?", FindingRows::finding, id)
                .stream().findFirst();
    }

    @Override
    public List<Event> history(String id) {
        return jdbc.query("select e.action, e.status, coalesce(e.actor, 'key:' || e.api_key_id), e.actor_name, e.comment,"
                + " e.happened_at, (select l.leaf_index from ledger_leaf l where l.kind = 'finding' and l.ref = e.id)"
                + " from finding_event e where e.finding_id = ? order by e.id", (row, number) -> new Event(
                        row.getString(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5),
                        Instant.ofEpochSecond(row.getLong(6)), (Long) row.getObject(7)), id);
    }

    /** A finding names its patient: its read is logged (and on the ledger) before it is answered. */
    void logReads(Caller caller, String readPath, List<Finding> findings) {
        reads.recordReads(caller.actor(), readPath, findings.stream().filter(finding -> finding.patientIin() != null)
                .map(finding -> new PersonDataReads.Read("EGMIS", "Finding", finding.id(), finding.patientIin()))
                .toList());
    }
}
