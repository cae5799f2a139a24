package kz.egmis.screening.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

import kz.egmis.ledger.LeafDocument;
import kz.egmis.ledger.LeafDocuments;
import kz.egmis.ledger.LedgerJournal;

/**
 * Brings the stored findings in line with what a pass computed (screening_candidate), set by set: a new offence is
 * raised (open), a withdrawn one that is back is raised again, one whose facts changed is revised, and one that is
 * gone is withdrawn (after a scoped pass: only if it was within the pass's scope). A still-present finding keeps its
 * status (an auditor's review stands). Every change is a finding_event and a ledger leaf, in the pass's transaction.
 */
final class FindingReconciler {

    static final String FIELDS = "rule_version, severity, amount_kzt, patient_iin, practitioner_iin, organization_bin,"
            + " day, service_code, encounter_ids, attachment_id, claim_ids, evidence";

    private final JdbcTemplate jdbc;
    private final LedgerJournal journal;

    FindingReconciler(JdbcTemplate jdbc, LedgerJournal journal) {
        this.jdbc = jdbc;
        this.journal = journal;
    }

    /** SHA-256 of a finding's content and status: what its ledger leaf commits to. */
    static String contentHash(String alias, String status) {
        String text = String.join(" || '|' || ", List.of(alias + ".id", alias + ".rule",
                "cast(" + alias + ".rule_version as text)", "coalesce(cast(" + alias + ".amount_kzt as text), '')",
                "coalesce(" + alias + ".patient_iin, '')", "coalesce(" + alias + ".practitioner_iin, '')",
                "coalesce(" + alias + ".organization_bin, '')", "coalesce(cast(" + alias + ".day as text), '')",
                "coalesce(" + alias + ".service_code, '')", "coalesce(" + alias + ".encounter_ids, '')",
                "coalesce(" + alias + ".attachment_id, '')", "coalesce(" + alias + ".claim_ids, '')",
                alias + ".evidence", status));
        return "encode(sha256(convert_to(" + text + ", 'UTF8')), 'hex')";
    }

    /**
     * @param scopedRules null after a full pass; after a scoped pass, the rules it ran: only findings within their
     *                    scope may be withdrawn, the others were not judged
     */
    void reconcile(long now, List<RuleDefinition> scopedRules) {
        String batch = UUID.randomUUID().toString();
        jdbc.update("with raised as (insert into finding (id, rule, status, detected_at, " + FIELDS + ")"
                + " select c.id, c.rule, 'open', ?, " + prefixed("c") + " from screening_candidate c"
                + " where not exists (select 1 from finding f where f.id = c.id) returning *)"
                + " insert into finding_event (finding_id, action, status, content_sha256, happened_at, batch)"
                + " select r.id, 'raised', 'open', " + contentHash("r", "'open'") + ", ?, ? from raised r", now, now, batch);
        jdbc.update("with back as (update finding f set status = 'open', " + assignments("c") + " from screening_candidate c"
                + " where c.id = f.id and f.status = 'withdrawn' returning f.*)"
                + " insert into finding_event (finding_id, action, status, content_sha256, happened_at, batch)"
                + " select b.id, 'reraised', 'open', " + contentHash("b", "'open'") + ", ?, ? from back b", now, batch);
        jdbc.update("with revised as (update finding f set " + assignments("c") + " from screening_candidate c"
                + " where c.id = f.id and f.status <> 'withdrawn' and (" + changed("f", "c") + ") returning f.*)"
                + " insert into finding_event (finding_id, action, status, content_sha256, happened_at, batch)"
                + " select r.id, 'revised', r.status, " + contentHash("r", "r.status") + ", ?, ? from revised r", now, batch);
        jdbc.update("with gone as (update finding f set status = 'withdrawn' where f.status <> 'withdrawn'"
                + withinScope(scopedRules) + " and not exists (select 1 from screening_candidate c where c.id = f.id) returning f.*)"
                + " insert into finding_event (finding_id, action, status, content_sha256, happened_at, batch)"
                + " select g.id, 'withdrawn', 'withdrawn', " + contentHash("g", "'withdrawn'") + ", ?, ? from gone g", now, batch);
        appendLeaves(jdbc, journal, batch);
    }

    /** One leaf per event of the batch; the finding remembers its latest event for its ledger index. */
    static void appendLeaves(JdbcTemplate jdbc, LedgerJournal journal, String batch) {
        List<LeafDocument> leaves = jdbc.query("select e.id, e.finding_id, f.rule, f.rule_version, e.action, e.status,"
                + " e.content_sha256 from finding_event e join finding f on f.id = e.finding_id where e.batch = ? order by e.id",
                (row, number) -> LeafDocuments.finding(row.getLong(1), row.getString(2), row.getString(3), row.getInt(4),
                        row.getString(5), row.getString(6), row.getString(7)), batch);
        journal.append(leaves);
        jdbc.update("update finding f set last_event_id = e.id from (select finding_id, max(id) as id from finding_event"
                + " where batch = ? group by finding_id) e where e.finding_id = f.id", batch);
    }

    /** The findings a scoped pass judged: for each rule, those whose owner (claim, patient...) was in scope. */
    private static String withinScope(List<RuleDefinition> scopedRules) {
        if (scopedRules == null) {
            return "";
        }
        Map<ScopeKind, List<String>> codes = new EnumMap<>(ScopeKind.class);
        for (RuleDefinition rule : scopedRules) {
            codes.computeIfAbsent(rule.scope(), kind -> new ArrayList<>()).add("'" + rule.code() + "'");
        }
        StringJoiner any = new StringJoiner(" or ", " and (", ")");
        codes.forEach((kind, rules) -> any.add("(f.rule in (" + String.join(", ", rules) + ") and "
                + kind.findingPredicate("f") + ")"));
        return any.toString();
    }

    private static String prefixed(String alias) {
        return alias + "." + FIELDS.replace(", ", ", " + alias + ".");
    }

    private static String assignments(String alias) {
        StringBuilder set = new StringBuilder("rule = " + alias + ".rule");
        for (String field : FIELDS.split(", ")) {
            set.append(", ").append(field).append(" = ").append(alias).append('.').append(field);
        }
        return set.toString();
    }

    private static String changed(String stored, String computed) {
        StringBuilder differs = new StringBuilder("false");
        for (String field : FIELDS.split(", ")) {
            differs.append(" or ").append(stored).append('.').append(field).append(" is distinct from ")
                    .append(computed).append('.').append(field);
        }
        return differs.toString();
    }
}
