package kz.egmis.screening.internal;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * The {@code screening_*} tables rules read: materialized copies of the {@code resolved_*} definitions (V5 migration).
 * A full pass rebuilds them all; a scoped pass replaces only the rows of the records an ingest touched (and, for the
 * tables kept per person, of the people those records name). Replacing a record's rows is always "delete them, select
 * them again from the definition, restricted to the record", so the definitions stay the only statement of what the
 * rows mean.
 */
final class ScreeningTables {

    private static final Logger LOG = LoggerFactory.getLogger(ScreeningTables.class);

    /**
     * A table kept per canonical record.
     *
     * @param recordTypes the record types (as ingestion names them) whose rows it holds
     * @param typeColumn  the column holding the record type, when it holds more than one
     * @param keyColumn   the column holding the record's id (with source_system, its identity)
     * @param indexes     what rules and scoped passes look rows up by (ids alone: the source rarely tells rows apart, and
     *                    single-column indexes build much faster)
     */
    record PerRecord(String name, String definition, List<String> recordTypes, String typeColumn, String keyColumn,
                     List<String> indexes) {
    }

    /** In dependency order: the encounters' claim items and presence are defined over materialized tables. */
    static final List<PerRecord> PER_RECORD = List.of(
            new PerRecord("screening_claim_item", "resolved_claim_item", List.of("Claim"), null, "claim_id",
                    List.of("claim_id", "patient_iin")),
            new PerRecord("screening_item_practitioner", "resolved_item_practitioner", List.of("Claim"), null, "claim_id",
                    List.of("claim_id", "practitioner_iin, start_day")),
            new PerRecord("screening_encounter_claim_item", "resolved_encounter_claim_item", List.of("Claim"), null,
                    "claim_id", List.of("claim_id", "encounter_id")),
            new PerRecord("screening_encounter", "resolved_encounter", List.of("Encounter"), null, "encounter_id",
                    List.of("encounter_id", "patient_iin")),
            new PerRecord("screening_encounter_presence", "resolved_encounter_presence", List.of("Encounter"), null,
                    "encounter_id", List.of("practitioner_iin, day", "encounter_id")),
            new PerRecord("screening_role_specialty", "resolved_role_specialty", List.of("PractitionerRole"), null,
                    "role_id", List.of("source_system, role_id", "practitioner_iin, organization_bin")),
            new PerRecord("screening_attachment_record", "resolved_attachment_record",
                    List.of("EpisodeOfCare", "attachment-registry"), "origin_type", "attachment_id",
                    List.of("source_system, attachment_id", "patient_iin, start_day")),
            new PerRecord("screening_person_record", "resolved_person_record",
                    List.of("Patient", "Practitioner", "death-registry"), "record_type", "record_id",
                    List.of("source_system, record_id")),
            new PerRecord("screening_dangling_reference", "resolved_dangling_reference",
                    List.of("Claim", "Encounter", "EpisodeOfCare", "attachment-registry", "PractitionerRole"),
                    "record_type", "record_id", List.of("source_system, record_id", "source_system, target_type, target_id")));

    /** A table kept per person: a scoped pass replaces the rows of the people in its scope. */
    record PerPerson(String name, String definition, String keyColumn, List<String> indexes) {
    }

    /** A person's date of death, sex and birth day, and attachments with the day each really ends. */
    static final List<PerPerson> PER_PERSON = List.of(
            new PerPerson("screening_death", "resolved_death", "iin", List.of("iin")),
            new PerPerson("screening_patient_demographics", "resolved_patient_demographics", "iin", List.of("iin")),
            new PerPerson("screening_attachment", "resolved_attachment", "patient_iin",
                    List.of("patient_iin, organization_bin")));

    private final JdbcTemplate jdbc;

    ScreeningTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What the tables hold: which definitions filled them, and up to when. */
    record State(String definitionsSha256, long currentAt) {
    }

    /** The tables' state; empty before the first full pass and after PostgreSQL crashed (unlogged tables empty). */
    Optional<State> state() {
        return jdbc.query("select definitions_sha256, current_at from screening_tables_state",
                (row, number) -> new State(row.getString(1), row.getLong(2))).stream().findFirst();
    }

    /** SHA-256 of the resolved_* definitions as the database has them now: a migration that changes one shows here. */
    String definitionsSha256() {
        return jdbc.queryForObject("select encode(sha256(convert_to(string_agg(viewname || ':' || definition, '|'"
                + " order by viewname), 'UTF8')), 'hex') from pg_views where schemaname = current_schema()"
                + " and viewname like 'resolved\\_%'", String.class);
    }

    /** Records that every record stored before this moment (epoch seconds) is in the tables. */
    void markCurrent(long epochSecond) {
        jdbc.update("update screening_tables_state set current_at = greatest(current_at, ?)", epochSecond);
    }

    /**
     * The records received since this moment (epoch seconds), for a server catching up with tables it did not keep
     * itself; empty when there are more than {@code most} (rebuilding is then cheaper).
     */
    Optional<TouchedRecords> receivedSince(long epochSecond, int most) {
        TouchedRecords records = new TouchedRecords();
        jdbc.query("select distinct source_system, resource_type, resource_id from resource_version"
                + " where received_at >= ? limit ?", (RowCallbackHandler) row -> records.add(row.getString(1),
                row.getString(2), row.getString(3)), epochSecond, most + 1);
        return records.size() > most ? Optional.empty() : Optional.of(records);
    }

    /** About how many canonical records there are (the planner's estimate: 0 before the tables were first analyzed). */
    long recordEstimate() {
        return jdbc.queryForObject("select coalesce(sum(greatest(reltuples, 0)), 0)::bigint from pg_class where relkind = 'r'"
                + " and relname in ('organization', 'practitioner', 'practitioner_role', 'patient', 'death_record',"
                + " 'attachment', 'encounter', 'claim') and relnamespace = current_schema()::regnamespace", Long.class);
    }

    /** The tables defined over other materialized tables, with those tables: built after them. */
    private static final Map<String, List<String>> BUILT_FROM = Map.of(
            "screening_item_practitioner", List.of("screening_claim_item"),
            "screening_encounter_claim_item", List.of("screening_claim_item"),
            "screening_encounter_presence", List.of("screening_encounter"),
            "screening_attachment", List.of("screening_attachment_record"));

    /** The order in which tables start building when free to: the largest first, so the last to end is small. */
    private static final List<String> LARGEST_FIRST = List.of("screening_claim_item", "screening_encounter",
            "screening_item_practitioner", "screening_encounter_presence", "screening_encounter_claim_item",
            "screening_patient_demographics", "screening_attachment_record", "screening_attachment");

    /**
     * Fills every table from its definition, several at once (each in its own transaction: the tables are marked
     * not built until all are). Indexes are dropped first and built after, which is much faster than maintaining them
     * row by row; statistics are taken at once, since the rules' plans depend on them.
     */
    void rebuild(long now, ConcurrentWork work, List<String> settings) {
        jdbc.update("delete from screening_tables_state");
        List<ConcurrentWork.Task> tasks = new ArrayList<>();
        for (PerRecord table : PER_RECORD) {
            tasks.add(rebuildTask(table.name(), table.definition(), table.indexes()));
        }
        for (PerPerson table : PER_PERSON) {
            tasks.add(rebuildTask(table.name(), table.definition(), table.indexes()));
        }
        // rebuilt with the others only: an Organization never changes in a scoped pass
        tasks.add(rebuildTask("screening_facility", "resolved_facility", List.of("bin")));
        tasks.sort(Comparator.comparingInt(task -> LARGEST_FIRST.contains(task.name())
                ? LARGEST_FIRST.indexOf(task.name()) : LARGEST_FIRST.size()));
        work.run(settings, tasks);
        jdbc.update("insert into screening_tables_state (built_at, definitions_sha256, current_at) values (?, ?, ?)",
                now, definitionsSha256(), now);
    }

    private static ConcurrentWork.Task rebuildTask(String table, String definition, List<String> indexes) {
        return new ConcurrentWork.Task(table, BUILT_FROM.getOrDefault(table, List.of()), jdbc -> {
            long started = System.nanoTime();
            for (int i = 0; i < indexes.size(); i++) {
                jdbc.execute("drop index if exists " + table + "_" + i);
            }
            jdbc.execute("truncate " + table);
            jdbc.execute("insert into " + table + " select * from " + definition);
            for (int i = 0; i < indexes.size(); i++) {
                jdbc.execute("create index " + table + "_" + i + " on " + table + " (" + indexes.get(i) + ")");
            }
            jdbc.execute("analyze " + table);
            LOG.debug("Screening table {} rebuilt in {} ms", table, (System.nanoTime() - started) / 1_000_000);
        });
    }

    /**
     * Replaces the rows of these records of one source and type by what their definitions say now. The ids travel
     * as an array compared with {@code = any}: a plain condition PostgreSQL pushes into every definition, also
     * through DISTINCT and UNION ALL, down to the canonical tables' primary keys.
     */
    void refresh(String source, String type, Collection<String> ids) {
        for (PerRecord table : PER_RECORD) {
            if (table.recordTypes().contains(type)) {
                String where = " where source_system = ?" + (table.typeColumn() == null ? ""
                        : " and " + table.typeColumn() + " = '" + type.replace("'", "''") + "'")
                        + " and " + table.keyColumn() + " = any(?)";
                replace(table.name(), table.definition(), where, source, "text", ids);
            }
        }
    }

    /** Replaces these people's rows in the per-person tables (after their records' rows were replaced). */
    void refreshPeople(Collection<String> iins) {
        if (!iins.isEmpty()) {
            for (PerPerson table : PER_PERSON) {
                replace(table.name(), table.definition(), " where " + table.keyColumn() + " = any(?)", null, "bpchar",
                        iins);
            }
        }
    }

    /** Deletes a table's rows matching a condition and inserts what its definition has for the same condition. */
    private void replace(String table, String definition, String where, String source, String keyType,
                         Collection<String> keys) {
        jdbc.execute((Connection connection) -> {
            Array array = connection.createArrayOf(keyType, keys.toArray());
            for (String statement : List.of("delete from " + table + where,
                    "insert into " + table + " select * from " + definition + where)) {
                try (PreparedStatement prepared = connection.prepareStatement(statement)) {
                    int parameter = 1;
                    if (source != null) {
                        prepared.setString(parameter++, source);
                    }
                    prepared.setArray(parameter, array);
                    prepared.executeUpdate();
                }
            }
            return null;
        });
    }
}
