package kz.egmis.ingestion.internal.store;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/** Collects rows for one table and writes them in one JDBC batch, with explicit SQL types (no metadata trips). */
final class TableWriter {

    private final JdbcTemplate jdbc;
    private final String insert;
    private final int[] types;
    private final List<Object[]> rows = new ArrayList<>();

    TableWriter(JdbcTemplate jdbc, String table, String columns, int... types) {
        this.jdbc = jdbc;
        this.types = types;
        this.insert = "insert into " + table + " (" + columns + ") values (" + "?, ".repeat(types.length - 1) + "?)";
    }

    void add(Object... values) {
        if (values.length != types.length) {
            throw new IllegalArgumentException("expected " + types.length + " values, got " + values.length);
        }
        rows.add(values);
    }

    void flush() {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(insert, rows, types);
            rows.clear();
        }
    }
}
