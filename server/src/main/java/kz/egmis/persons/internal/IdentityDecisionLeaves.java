package kz.egmis.persons.internal;

import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import kz.egmis.ledger.ExpectedLeaf;
import kz.egmis.ledger.LeafDocument;
import kz.egmis.ledger.LeafSource;
import kz.egmis.platform.Sha256;

/**
 * A reviewer's identity decision on the ledger: the leaf commits to the review, the decision, the two records, the
 * comment and the reviewer by SHA-256 (no names in the clear); {@code verify} recomputes it from the
 * {@code identity_decision} row, so an altered or deleted decision shows.
 */
@Component
class IdentityDecisionLeaves implements LeafSource {

    static final String KIND = "identity-decision";
    private static final Map<String, String> FIELDS = Map.of("ref", "identity_decision.id", "review", "review_id",
            "decision", "decision", "records", "record and other_record", "comment", "comment", "actor", "actor",
            "at", "decided_at");

    private final JdbcTemplate jdbc;

    IdentityDecisionLeaves(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(10_000);
    }

    static LeafDocument leaf(long id, long reviewId, String record, String otherRecord, String decision,
                             String comment, String actor, long decidedAt) {
        String data = "{\"kind\":\"" + KIND + "\",\"ref\":" + id + ",\"review\":" + reviewId + ",\"decision\":\""
                + ("link".equals(decision) ? "link" : "separate") + "\",\"records\":\""
                + Sha256.hex(record + "\n" + (otherRecord == null ? "" : otherRecord)) + "\",\"comment\":\""
                + Sha256.hex(comment == null ? "" : comment) + "\",\"actor\":\"" + Sha256.hex(actor) + "\",\"at\":"
                + decidedAt + "}";
        return new LeafDocument(KIND, id, data);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String table() {
        return "identity_decision";
    }

    @Override
    public String describeField(String field) {
        return FIELDS.getOrDefault(field, field);
    }

    @Override
    public void expectedLeaves(long firstRef, long lastRef, Sink sink) {
        jdbc.query("select id, review_id, record, other_record, decision, comment, actor, decided_at "
                + "from identity_decision where id between ? and ? order by id", row -> {
                    long id = row.getLong(1);
                    LeafDocument leaf = leaf(id, row.getLong(2), row.getString(3), row.getString(4), row.getString(5),
                            row.getString(6), row.getString(7), row.getLong(8));
                    sink.expected(new ExpectedLeaf(id, leaf.data(), "identity_decision id " + id,
                            java.util.Set.of()));
                }, firstRef, lastRef);
    }
}
