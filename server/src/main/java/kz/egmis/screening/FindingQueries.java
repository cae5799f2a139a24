package kz.egmis.screening;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kz.egmis.platform.RefusedRequest;
import kz.egmis.security.Caller;

/**
 * Findings as other features show them (the web interface), within the caller's scope, every read of a finding
 * logged in the access log and on the ledger before it is answered (a finding names its patient).
 */
public interface FindingQueries {

    /**
     * The filters of {@code GET /api/findings}, as received (checked by {@link #list}); null means "any".
     *
     * @param sort {@code day} (the default: oldest first), {@code day_desc}, {@code amount_desc} or {@code amount}
     */
    record Filter(String rule, String organization, String status, String from, String to, String minimumAmount,
                  String page, String size, String sort) {

        public static Filter all() {
            return new Filter(null, null, null, null, null, null, "0", "100", null);
        }
    }

    /** A page of findings and how many match in all. */
    record Page(long total, List<Finding> items) {
    }

    /** Thrown for a filter that is malformed (400) or outside the caller's scope (403); the message says what to send. */
    final class RefusedQuery extends RefusedRequest {
        public RefusedQuery(int status, String code, String message) {
            super(status, code, message);
        }
    }

    /** One event of a finding's history: raised, withdrawn, revised, reviewed, by whom (for reviews) and when. */
    record Event(String action, String status, String actor, String actorName, String comment, Instant at,
                 Long ledgerIndex) {
    }

    /** @throws RefusedQuery when the filter is malformed or outside the caller's scope */
    Page list(Caller caller, Filter filter, String readPath);

    /** Open findings per rule within the filter (its status and paging left aside). */
    Map<String, Long> openCountsByRule(Caller caller, Filter filter);

    /** The finding, when it exists and lies within the caller's scope. */
    Optional<Finding> find(Caller caller, String id, String readPath);

    List<Event> history(String id);
}
