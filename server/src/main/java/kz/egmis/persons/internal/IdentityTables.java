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
        List<Object[]> persons = new ArrayList<>();
        List<Object[]> links = new ArrayList<>();
        for (LinkChanges.Link link : changes.links()) {
            persons.add(new Object[] {link.personId(), now});
            String[] parts = link.record().split("/", 3);
            links.add(new Object[] {link.record(), parts[0], parts[1], parts[2], link.personId(), link.grade().code(),
                    link.score(), now});
        }
        jdbc.batchUpdate("insert into identity_person (person_id, created_at) values (?, ?) on conflict do nothing",
                persons);
        jdbc.batchUpdate("insert into identity_link (record, source_system, record_type, record_id, person_id, grade, "
                + "score, linked_at) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (record) do update set "
                + "person_id = excluded.person_id, grade = excluded.grade, score = excluded.score, "
                + "linked_at = excluded.linked_at", links);
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
