package kz.egmis.screening.internal;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Planner statistics of the canonical tables a full pass reads. Right after a bulk load autovacuum may not have
 * analyzed them yet; PostgreSQL then believes them nearly empty and joins millions of rows by nested loops (a pass
 * over 20,000 fresh resources took 30 s instead of one). Analyzing samples a fixed number of rows, so it costs well
 * under a second even on the largest table.
 */
final class CanonicalStatistics {

    private static final List<String> TABLES = List.of("organization", "practitioner", "practitioner_role",
            "practitioner_role_specialty", "patient", "death_record", "attachment", "encounter", "encounter_participant",
            "claim", "claim_care_team", "claim_item", "claim_item_care_team", "claim_item_encounter");

    private CanonicalStatistics() {
    }

    /** Analyzes the tables that changed by more than a tenth (or were never analyzed) since their last analysis. */
    static void refreshStale(JdbcTemplate jdbc) {
        List<String> stale = jdbc.queryForList("select relname from pg_stat_user_tables where relname = any(?)"
                + " and (coalesce(last_analyze, last_autoanalyze) is null"
                + " or n_mod_since_analyze > greatest(1000, n_live_tup / 10))", String.class,
                (Object) TABLES.toArray(String[]::new));
        for (String table : stale) {
            jdbc.execute("analyze " + table);
        }
    }
}
