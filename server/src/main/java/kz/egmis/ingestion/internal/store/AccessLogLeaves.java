package kz.egmis.ingestion.internal.store;

import java.util.Map;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import kz.egmis.ledger.ExpectedLeaf;
import kz.egmis.ledger.LeafDocuments;
import kz.egmis.ledger.LeafSource;

/** For {@code verify}: the leaf every access_log row should have, recomputed as {@link AccessLog} wrote it. */
@Component
class AccessLogLeaves implements LeafSource {

    private static final int FETCH_SIZE = 10_000;
    private static final Map<String, String> FIELDS = Map.of("ref", "id", "key", "api_key_id", "reader",
            "reader_kind, reader_id, reader_name, reader_role or reader_organization", "subject",
            "source_system, resource_type or resource_id", "at", "read_at");

    private final JdbcTemplate jdbc;

    AccessLogLeaves(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH_SIZE);
    }

    @Override
    public String kind() {
        return LeafDocuments.READ;
    }

    @Override
    public String table() {
        return "access_log";
    }

    @Override
    public String describeField(String field) {
        return FIELDS.getOrDefault(field, field);
    }

    @Override
    public void expectedLeaves(long firstRef, long lastRef, Sink sink) {
        try (Stream<ExpectedLeaf> reads = jdbc.queryForStream("select id, api_key_id, source_system, resource_type, "
                + "resource_id, read_at, reader_kind, reader_id, reader_name, reader_role, reader_organization "
                + "from access_log where id between ? and ? order by id", (row, number) -> {
                    long id = row.getLong(1);
                    String subject = row.getString(3) + "/" + row.getString(4) + "/" + row.getString(5);
                    String kind = row.getString(7);
                    String data = kind == null ? LeafDocuments.read(id, row.getLong(2), subject, row.getLong(6)).data()
                            : LeafDocuments.read(id, AccessLog.readerSha256(kind + ":" + row.getString(8), row.getString(9),
                                    row.getString(10), row.getString(11)), subject, row.getLong(6)).data();
                    return new ExpectedLeaf(id, data, "access_log id " + id + " (a read of " + subject + ")");
                }, firstRef, lastRef)) {
            reads.forEach(sink::expected);
        }
    }
}
