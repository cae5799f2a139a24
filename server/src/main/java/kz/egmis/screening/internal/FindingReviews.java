package kz.egmis.screening.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import kz.egmis.ledger.LedgerJournal;
import kz.egmis.security.Role;
import kz.egmis.screening.Finding;
import kz.egmis.screening.FindingReviewing;
import kz.egmis.security.Actor;
import kz.egmis.security.Caller;

/** An auditor's verdict on a finding: confirmed or dismissed, with a comment, kept in its history and on the ledger. */
@Component
class FindingReviews implements FindingReviewing {

    private static final int MAX_COMMENT = 4000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final LedgerJournal journal;
    private final Clock clock;

    FindingReviews(JdbcTemplate jdbc, TransactionTemplate transactions, LedgerJournal journal, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.journal = journal;
        this.clock = clock;
    }

    @Override
    public Finding review(Caller caller, String id, String status, String comment) {
        if (caller.role() != Role.AUDITOR && caller.role() != Role.ADMINISTRATOR) {
            throw new RefusedReview(403, "FINDING_REVIEW_FORBIDDEN", "Only an auditor or an administrator may review findings.");
        }
        if (!"confirmed".equals(status) && !"dismissed".equals(status)) {
            throw new RefusedReview(400, "FINDING_REVIEW_INVALID", "'status' must be 'confirmed' or 'dismissed'.");
        }
        if (comment != null && comment.length() > MAX_COMMENT) {
            throw new RefusedReview(400, "FINDING_REVIEW_INVALID", "'comment' is at most " + MAX_COMMENT + " characters.");
        }
        return transactions.execute(transaction -> {
            // the row lock orders a review after a pass that is changing the same finding
            List<String> current = jdbc.queryForList("select status from finding where id = ? for update", String.class, id);
            if (current.isEmpty()) {
                throw new RefusedReview(404, "FINDING_NOT_FOUND", "There is no finding '" + id + "'.");
            }
            if (current.get(0).equals("withdrawn")) {
                throw new RefusedReview(409, "FINDING_WITHDRAWN", "The finding was withdrawn: corrected data removed the offence.");
            }
            String batch = UUID.randomUUID().toString();
            jdbc.update("update finding set status = ? where id = ?", status, id);
            jdbc.update("insert into finding_event (finding_id, action, status, content_sha256, api_key_id, actor,"
                    + " actor_name, comment, happened_at, batch) select f.id, 'reviewed', f.status, "
                    + FindingReconciler.contentHash("f", "f.status || '|' || coalesce(?, '')")
                    + ", ?, ?, ?, ?, ?, ? from finding f where f.id = ?",
                    comment, caller.actor().kind() == Actor.Kind.KEY ? Long.valueOf(caller.actor().id()) : null,
                    caller.actor().reference(), caller.actor().displayName(), comment, clock.instant().getEpochSecond(),
                    batch, id);
            FindingReconciler.appendLeaves(jdbc, journal, batch);
            return jdbc.queryForObject("select " + FindingRows.COLUMNS + " from finding f where f.id = ?",
                    FindingRows::finding, id);
        });
    }
}
