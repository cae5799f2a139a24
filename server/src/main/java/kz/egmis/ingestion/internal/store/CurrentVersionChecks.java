package kz.egmis.ingestion.internal.store;

import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;

import kz.egmis.ledger.VerificationProblem;

/**
 * resource_current must name, for each record, its newest version as stored: a row pointing at a missing version
 * or disagreeing with it was altered (a rollback to an older version shows here).
 */
final class CurrentVersionChecks {

    private static final String DISAGREEING = """
            select c.source_system, c.resource_type, c.resource_id, c.version, c.version_id, v.id is null,
                   v.source_system, v.resource_type, v.resource_id, v.version
            from resource_current c left join resource_version v on v.id = c.version_id
            where v.id is null or v.source_system <> c.source_system or v.resource_type <> c.resource_type
               or v.resource_id <> c.resource_id or v.version <> c.version or v.content_sha256 <> c.content_sha256""";

    private CurrentVersionChecks() {
    }

    static void run(JdbcTemplate jdbc, Consumer<VerificationProblem> problems) {
        jdbc.query(DISAGREEING, row -> {
            String where = "resource_current of " + row.getString(1) + "/" + row.getString(2) + "/" + row.getString(3)
                    + " (version " + row.getInt(4) + ", version_id " + row.getLong(5) + ")";
            if (row.getBoolean(6)) {
                problems.accept(VerificationProblem.deleted("it names resource_version id " + row.getLong(5)
                        + ", which is gone", where));
            } else {
                problems.accept(VerificationProblem.altered("it disagrees with the version it names, resource_version id "
                        + row.getLong(5) + " (" + row.getString(7) + "/" + row.getString(8) + "/" + row.getString(9)
                        + " v" + row.getInt(10) + "), on its key, version or content hash: one of them was altered",
                        where));
            }
        });
    }
}
