package kz.egmis.screening.internal;

import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import kz.egmis.ledger.ExpectedLeaf;
import kz.egmis.ledger.LeafDocuments;
import kz.egmis.ledger.LeafSource;
import kz.egmis.ledger.VerificationProblem;

/**
 * For {@code verify}: the leaf every finding_event row should have, and, for each finding's latest event, that the
 * finding's row still has the content and status that event commits to. A finding's rule version may change after
 * an event (a revised rule), so earlier events' leaves keep the version they were written with.
 */
@Component
class FindingLeaves implements LeafSource {

    private static final int FETCH_SIZE = 10_000;
    // The content hash of the finding row now, as the event that wrote it computed it (a review adds its comment).
    private static final String EVENTS = "select e.id, e.finding_id, f.rule, f.rule_version, e.action, e.status, "
            + "e.content_sha256, f.last_event_id, f.status, " + FindingReconciler.contentHash("f",
            "case when e.action = 'reviewed' then f.status || '|' || coalesce(e.comment, '') else f.status end")
            + " from finding_event e left join finding f on f.id = e.finding_id where e.id between ? and ? order by e.id";
    private static final String WITHOUT_LATEST_EVENT = "select f.id from finding f where f.last_event_id is distinct from "
            + "(select max(e.id) from finding_event e where e.finding_id = f.id) order by f.id";
    private static final Map<String, String> FIELDS = Map.of("ref", "finding_event.id", "finding", "finding_id", "rule",
            "the finding's rule", "version", "the finding's rule_version", "action", "action", "status", "status",
            "content", "content_sha256");

    private final JdbcTemplate jdbc;

    FindingLeaves(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH_SIZE);
    }

    @Override
    public String kind() {
        return LeafDocuments.FINDING;
    }

    @Override
    public String table() {
        return "finding_event";
    }

    @Override
    public String describeField(String field) {
        return FIELDS.getOrDefault(field, field);
    }

    @Override
    public void expectedLeaves(long firstRef, long lastRef, Sink sink) {
        jdbc.query(EVENTS, row -> {
            long id = row.getLong(1);
            String name = "finding_event id " + id + " (finding " + row.getString(2) + ", " + row.getString(5) + ")";
            if (row.getString(3) == null) {
                sink.problem(VerificationProblem.deleted("its finding row is gone: it was deleted", name));
                return;
            }
            boolean latest = row.getLong(8) == id;
            if (latest && !(row.getString(6).equals(row.getString(9)) && row.getString(7).equals(row.getString(10)))) {
                sink.problem(VerificationProblem.altered("the finding's row no longer has the content or status its "
                        + "latest event commits to: a column of finding " + row.getString(2) + " was altered", name));
            }
            try {
                String data = LeafDocuments.finding(id, row.getString(2), row.getString(3), row.getInt(4),
                        row.getString(5), row.getString(6), row.getString(7)).data();
                sink.expected(new ExpectedLeaf(id, data, name, latest ? Set.of() : Set.of("version")));
            } catch (IllegalArgumentException notACode) {
                sink.problem(VerificationProblem.altered("a column is not a code (" + notACode.getMessage()
                        + "): the row was altered", name));
            }
        }, firstRef, lastRef);
    }

    @Override
    public void checkRowsOfNoRef(Consumer<VerificationProblem> problems) {
        jdbc.query(WITHOUT_LATEST_EVENT, row -> {
            problems.accept(VerificationProblem.altered("its last_event_id is not its latest finding_event: the finding "
                    + "was inserted, or its events altered", "finding " + row.getString(1)));
        });
    }
}
