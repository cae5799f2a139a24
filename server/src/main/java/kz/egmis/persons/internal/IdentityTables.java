package kz.egmis.persons.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import kz.egmis.identity.LinkChanges;
import kz.egmis.identity.MatchGrade;
import tools.jackson.databind.json.JsonMapper;

/** The registry's tables: links, persons, the review list and decisions (V30). */
@Component
class IdentityTables {

    /** A stored link, for a restart. */
    record StoredLink(String record, String personId, MatchGrade grade, double score) {
    }

    /** A stored decision, replayed in order at a restart. */
    record StoredDecision(String record, String otherRecord, String decision) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;
    private final Clock clock;

    IdentityTables(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Writes what a linking step changed; call inside a transaction. */
    void write(LinkChanges changes) {
        long now = clock.millis();
        List<LinkChanges.Link> links = changes.links();
        if (!links.isEmpty()) {
            // one statement per step, not one per row: arrays unnested by PostgreSQL
            String[] records = new String[links.size()];
            String[][] parts = new String[3][links.size()];
            String[] persons = new String[links.size()];
            String[] grades = new String[links.size()];
            Double[] scores = new Double[links.size()];
            String[] iins = new String[links.size()];
            for (int i = 0; i < links.size(); i++) {
                LinkChanges.Link link = links.get(i);
                records[i] = link.record();
                String[] split = link.record().split("/", 3);
                for (int part = 0; part < 3; part++) {
                    parts[part][i] = split[part];
                }
                persons[i] = link.personId();
                grades[i] = link.grade().code();
                scores[i] = link.score();
                iins[i] = link.iin();
            }
            jdbc.update(connection -> {
                var statement = connection.prepareStatement("insert into identity_person (person_id, created_at) "
                        + "select distinct unnest(?::text[]), ? on conflict do nothing");
                statement.setArray(1, connection.createArrayOf("text", persons));
                statement.setLong(2, now);
                return statement;
            });
            jdbc.update(connection -> {
                var statement = connection.prepareStatement("insert into identity_link (record, source_system, "
                        + "record_type, record_id, iin, person_id, grade, score, linked_at) select r, s, t, i, n, p, g, "
                        + "sc, ? from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], "
                        + "?::text[], ?::float8[]) as u(r, s, t, i, n, p, g, sc) on conflict (record) do update set "
                        + "iin = excluded.iin, person_id = excluded.person_id, grade = excluded.grade, "
                        + "score = excluded.score, linked_at = excluded.linked_at");
                statement.setLong(1, now);
                statement.setArray(2, connection.createArrayOf("text", records));
                statement.setArray(3, connection.createArrayOf("text", parts[0]));
                statement.setArray(4, connection.createArrayOf("text", parts[1]));
                statement.setArray(5, connection.createArrayOf("text", parts[2]));
                statement.setArray(6, connection.createArrayOf("text", iins));
                statement.setArray(7, connection.createArrayOf("text", persons));
                statement.setArray(8, connection.createArrayOf("text", grades));
                statement.setArray(9, connection.createArrayOf("float8", scores));
                return statement;
            });
        }
        for (Map.Entry<String, String> merged : changes.mergedPersons().entrySet()) {
            jdbc.update("update identity_person set merged_into = ? where person_id = ? or merged_into = ?",
                    merged.getValue(), merged.getKey(), merged.getKey());
        }
        List<Object[]> reviews = new ArrayList<>();
        for (LinkChanges.Review review : changes.reviews()) {
            reviews.add(new Object[] {review.kind(), review.record(), review.otherRecord(), review.personId(),
                    review.grade().code(), review.score(), JSON.writeValueAsString(review.evidence()), now});
        }
        jdbc.batchUpdate("insert into identity_review (kind, record, other_record, person_id, grade, score, evidence, "
                + "created_at) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing", reviews);
    }

    List<StoredLink> links() {
        List<StoredLink> links = new ArrayList<>();
        jdbc.query("select record, person_id, grade, score from identity_link order by linked_at, record", row -> {
            links.add(new StoredLink(row.getString(1), row.getString(2),
                    MatchGrade.valueOf(row.getString(3).toUpperCase(java.util.Locale.ROOT)), row.getDouble(4)));
        });
        return links;
    }

    List<StoredDecision> decisions() {
        return jdbc.query("select record, other_record, decision from identity_decision order by id",
                (row, number) -> new StoredDecision(row.getString(1), row.getString(2), row.getString(3)));
    }

    /** The surviving person of an id (itself, or the one it was merged into); null when unknown. */
    String survivor(String personId) {
        List<String> found = jdbc.queryForList("select coalesce(merged_into, person_id) from identity_person "
                + "where person_id = ?", String.class, personId);
        return found.isEmpty() ? null : found.get(0);
    }
}
