package kz.egmis.ingestion.internal.store;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import kz.egmis.ingestion.domain.RecordKey;

/** Collects rows for one table and writes them in one JDBC batch, with explicit SQL types (no metadata trips). */
final class TableWriter {

    private final JdbcTemplate jdbc;
    private final String table;
    private final RowDigests digests;
    private final String insert;
    private final int[] types;
    private final List<Object[]> rows = new ArrayList<>();

    TableWriter(JdbcTemplate jdbc, RowDigests digests, String table, String columns, int... types) {
        this.jdbc = jdbc;
        this.table = table;
        this.digests = digests;
        this.types = types;
        this.insert = "insert into " + table + " (" + columns + ") values (" + "?, ".repeat(types.length - 1) + "?)";
    }

    /** A row of the record {@code owner}; its digest goes into the record's ledger leaf. */
    void add(RecordKey owner, Object... values) {
        if (values.length != types.length) {
            throw new IllegalArgumentException("expected " + types.length + " values, got " + values.length);
        }
        rows.add(values);
        digests.add(owner, table, values);
    }

    void flush() {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(insert, rows, types);
            rows.clear();
        }
    }
}
