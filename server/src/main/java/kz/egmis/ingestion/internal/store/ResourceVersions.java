package kz.egmis.ingestion.internal.store;

import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

import kz.egmis.ingestion.domain.RecordKey;
import kz.egmis.ingestion.internal.Submission;

/** The version history: which version is current for a key, and every version ever received. */
final class ResourceVersions {

    record Current(int version, String contentHash, long versionId, long receivedAt) {
    }

    record NewVersion(long id, Submission submission, int version, String contentHash, long receivedAt) {
    }

    private final JdbcTemplate jdbc;

    ResourceVersions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The current versions of these keys, locked until the transaction ends so concurrent senders serialise. */
    Map<RecordKey, Current> lockCurrent(String source, List<RecordKey> keys) {
        String[] types = keys.stream().map(RecordKey::type).toArray(String[]::new);
        String[] ids = keys.stream().map(RecordKey::id).toArray(String[]::new);
        Map<RecordKey, Current> current = new HashMap<>();
        jdbc.query(connection -> {
            var statement = connection.prepareStatement("""
                    select c.resource_type, c.resource_id, c.version, c.content_sha256, c.version_id, v.received_at
                    from resource_current c
                    join unnest(?::text[], ?::text[]) as k(resource_type, resource_id)
                      on c.resource_type = k.resource_type and c.resource_id = k.resource_id
                    join resource_version v on v.id = c.version_id
                    where c.source_system = ?
                    order by c.resource_type, c.resource_id
                    for update of c""");
            statement.setArray(1, connection.createArrayOf("text", types));
            statement.setArray(2, connection.createArrayOf("text", ids));
            statement.setString(3, source);
            return statement;
        }, row -> {
            RecordKey key = keys.get(0);
            current.put(new RecordKey(key.source(), row.getString(1), row.getString(2)),
                    new Current(row.getInt(3), row.getString(4), row.getLong(5), row.getLong(6)));
        });
        return current;
    }

    /** Ids for the new versions, taken from the identity sequence in one round trip. */
    List<Long> allocateIds(int count) {
        return jdbc.queryForList("select nextval(pg_get_serial_sequence('resource_version', 'id')) "
                + "from generate_series(1, ?)", Long.class, count);
    }

    void insert(List<NewVersion> versions) {
        List<Object[]> rows = new ArrayList<>(versions.size());
        Map<RecordKey, Object[]> current = new LinkedHashMap<>();
        for (NewVersion version : versions) {
            Submission submission = version.submission();
            RecordKey key = submission.record().key();
            rows.add(new Object[] {version.id(), key.source().code(), key.type(), key.id(), version.version(),
                    version.contentHash(), submission.rawContent(), submission.transport(), submission.origin(),
                    submission.line(), version.receivedAt()});
            // one row per key: a multi-row upsert may not touch the same row twice
            current.put(key, new Object[] {key.source().code(), key.type(), key.id(), version.version(),
                    version.contentHash(), version.id()});
        }
        jdbc.batchUpdate("""
                insert into resource_version (id, source_system, resource_type, resource_id, version, content_sha256,
                    raw_content, transport, origin, origin_line, received_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows,
                new int[] {Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.VARCHAR,
                        Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.BIGINT});
        jdbc.batchUpdate("""
                insert into resource_current (source_system, resource_type, resource_id, version, content_sha256, version_id)
                values (?, ?, ?, ?, ?, ?)
                on conflict (source_system, resource_type, resource_id) do update
                set version = excluded.version, content_sha256 = excluded.content_sha256, version_id = excluded.version_id""",
                new ArrayList<>(current.values()), new int[] {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.VARCHAR, Types.BIGINT});
    }
}
