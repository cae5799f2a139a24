package kz.egmis.ingestion.internal.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads stored versions back, always within one source system (reads name their source, section 2). */
@Component
public class ResourceReader {

    private static final RowMapper<StoredResource> VERSION = (row, number) -> new StoredResource(row.getString(1),
            row.getString(2), row.getInt(3), row.getString(4), Instant.ofEpochSecond(row.getLong(5)));

    private final JdbcClient jdbc;

    ResourceReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StoredResource> current(String source, String type, String id) {
        return jdbc.sql("""
                select v.resource_type, v.resource_id, v.version, v.raw_content, v.received_at
                from resource_current c join resource_version v on v.id = c.version_id
                where c.source_system = :source and c.resource_type = :type and c.resource_id = :id""")
                .param("source", source).param("type", type).param("id", id)
                .query(VERSION).optional();
    }

    public Optional<StoredResource> version(String source, String type, String id, int version) {
        return jdbc.sql("""
                select resource_type, resource_id, version, raw_content, received_at from resource_version
                where source_system = :source and resource_type = :type and resource_id = :id and version = :version""")
                .param("source", source).param("type", type).param("id", id).param("version", version)
                .query(VERSION).optional();
    }

    /** Every version, newest first. */
    public List<StoredResource> history(String source, String type, String id) {
        return jdbc.sql("""
                select resource_type, resource_id, version, raw_content, received_at from resource_version
                where source_system = :source and resource_type = :type and resource_id = :id
                order by version desc""")
                .param("source", source).param("type", type).param("id", id)
                .query(VERSION).list();
    }

    /** The current Patient resources of a source that carry this IIN. */
    public List<StoredResource> patientsWithIin(String source, String iin) {
        return jdbc.sql("""
                select v.resource_type, v.resource_id, v.version, v.raw_content, v.received_at
                from patient p join resource_version v on v.id = p.version_id
                where p.source_system = :source and p.iin = :iin
                order by v.resource_id""")
                .param("source", source).param("iin", iin)
                .query(VERSION).list();
    }
}
