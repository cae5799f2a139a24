package kz.egmis.ingestion.internal.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The canonical rows of a range of versions, each as its rows-digest line, grouped by the resource_version id it
 * belongs to (its own version_id, or its record row's), in ascending version order.
 */
final class CanonicalRowGroups implements AutoCloseable {

    private static final String ROWS = CanonicalRowTables.rowsOfVersions();

    record Group(long versionId, List<String> lines) {

        String tables() {
            return String.join(", ", new TreeSet<>(lines.stream().map(line -> line.substring(0, line.indexOf('|')))
                    .toList()));
        }

        /** The rows by table and the columns that name them; no other values (they may be personal data). */
        String names() {
            List<String> names = lines.stream().map(Group::name).toList();
            return names.size() <= 5 ? String.join("; ", names)
                    : String.join("; ", names.subList(0, 5)) + " and " + (names.size() - 5) + " more";
        }

        static String name(String line) {
            String[] values = line.split("(?<!\\\\)\\|", -1);
            int keyColumns = CanonicalRowTables.ALL.stream().filter(table -> table.name().equals(values[0]))
                    .mapToInt(CanonicalRowTables.Table::keyColumns).findFirst().orElse(2);
            return values[0] + " (" + String.join(", ", List.of(values).subList(1, 1 + keyColumns)) + ")";
        }
    }

    private record VersionedLine(long versionId, String line) {
    }

    private final Stream<VersionedLine> stream;
    private final Iterator<VersionedLine> cursor;
    private VersionedLine next;

    CanonicalRowGroups(JdbcTemplate jdbc, long firstVersion, long lastVersion) {
        stream = jdbc.queryForStream(ROWS, (row, number) -> new VersionedLine(row.getLong(1), row.getString(2)),
                firstVersion, lastVersion);
        cursor = stream.iterator();
        next = cursor.hasNext() ? cursor.next() : null;
    }

    /** The next group, or null after the last. */
    Group next() {
        if (next == null) {
            return null;
        }
        long version = next.versionId();
        List<String> lines = new ArrayList<>(4);
        while (next != null && next.versionId() == version) {
            lines.add(next.line());
            next = cursor.hasNext() ? cursor.next() : null;
        }
        return new Group(version, lines);
    }

    @Override
    public void close() {
        stream.close();
    }
}
