package kz.egmis.persons.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import kz.egmis.identity.LinkChanges;
import kz.egmis.ledger.LedgerJournal;
import kz.egmis.platform.ApiErrors;
import kz.egmis.security.Actor;
import tools.jackson.databind.json.JsonMapper;

/**
 * The review list and reviewers' decisions. A decision on a match links the two records' persons or keeps them
 * apart, for good (the linker consults it at every later step); a decision on an IIN conflict is recorded and
 * changes no link (a record with a valid IIN belongs to that IIN's person: the standard). Each decision is a row of
 * {@code identity_decision} and a ledger leaf, written in the transaction that applies it.
 */
@Component
class IdentityReviews {

    static final int MAX_COMMENT = 2000;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COLUMNS = "id, kind, record, other_record, person_id, grade, score, evidence, status, "
            + "decision, created_at";

    private final JdbcTemplate jdbc;
    private final PersonRegistry registry;
    private final LedgerJournal journal;
    private final Clock clock;

    IdentityReviews(JdbcTemplate jdbc, PersonRegistry registry, LedgerJournal journal, Clock clock) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.journal = journal;
        this.clock = clock;
    }

    private static final String WHERE = " from identity_review where status = ? and (cast(? as text) is null "
            + "or record = ? or other_record = ?)";

    long count(String status, String record) {
        return jdbc.queryForObject("select count(*)" + WHERE, Long.class, status, record, record, record);
    }

    /** A page of the list, oldest first; {@code record} (optional) keeps the items about that record. */
    List<Map<String, Object>> list(String status, String record, int page, int size) {
        return jdbc.query("select " + COLUMNS + WHERE + " order by id limit ? offset ?", (row, number) -> item(row),
                status, record, record, record, size, (long) page * size);
    }

    Map<String, Object> find(long id) {
        List<Map<String, Object>> found = jdbc.query("select " + COLUMNS + " from identity_review where id = ?",
                (row, number) -> item(row), id);
        return found.isEmpty() ? null : found.get(0);
    }

    ResponseEntity<Object> decide(long id, String decision, String comment, Actor reviewer) {
        Map<String, Object> review = find(id);
        if (review == null) {
            return ApiErrors.of(404, "IDENTITY_REVIEW_NOT_FOUND", "No identity review " + id
                    + ": list them with GET /api/identity/review.");
        }
        String record = (String) review.get("record");
        String other = (String) review.get("otherRecord");
        boolean changesLinks = "match".equals(review.get("kind")) && other != null;
        try {
            registry.decide(linker -> !changesLinks ? new LinkChanges() : "link".equals(decision)
                    ? linker.decideLinked(record, other) : linker.decideSeparate(record, other), changes -> {
                        long now = clock.millis();
                        long decisionId = jdbc.queryForObject("insert into identity_decision (review_id, record, "
                                + "other_record, decision, comment, actor, actor_name, decided_at) values "
                                + "(?, ?, ?, ?, ?, ?, ?, ?) returning id", Long.class, id, record, other, decision,
                                comment, reviewer.reference(), reviewer.displayName(), now);
                        jdbc.update("update identity_review set status = 'decided', decision = ? where id = ?",
                                decision, id);
                        journal.append(List.of(IdentityDecisionLeaves.leaf(decisionId, id, record, other, decision,
                                comment, reviewer.reference(), now)));
                        return decisionId;
                    });
        } catch (IllegalArgumentException refused) {
            return ApiErrors.of(409, "IDENTITY_DECISION_REFUSED", "Cannot " + decision + " " + record + " and "
                    + other + ": " + refused.getMessage() + ".");
        }
        return ResponseEntity.ok(find(id));
    }

    private Map<String, Object> item(java.sql.ResultSet row) throws java.sql.SQLException {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", row.getLong(1));
        item.put("kind", row.getString(2));
        item.put("record", row.getString(3));
        item.put("otherRecord", row.getString(4));
        String record = row.getString(3);
        String other = row.getString(4);
        item.put("personId", registry.read(linker -> linker.personOf(record).orElse(null)));
        item.put("otherPersonId", other == null ? null : registry.read(linker -> linker.personOf(other).orElse(null)));
        item.put("grade", row.getString(6));
        item.put("score", row.getDouble(7));
        item.put("evidence", JSON.readValue(row.getString(8), Map.class));
        item.put("status", row.getString(9));
        item.put("decision", row.getString(10));
        item.put("createdAt", java.time.Instant.ofEpochMilli(row.getLong(11)).toString());
        return item;
    }

    /** The IINs of the persons a list of review items is about, for the access log. */
    List<String> iinsOf(Map<String, Object> item) {
        List<String> iins = new ArrayList<>();
        for (String key : List.of("personId", "otherPersonId")) {
            Object personId = item.get(key);
            if (personId != null) {
                registry.read(linker -> linker.iinOf((String) personId)).ifPresent(iin -> iins.add(iin.value()));
            }
        }
        return iins;
    }
}
