package kz.egmis.ingestion.internal.store;

import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import kz.egmis.ledger.ExpectedLeaf;
import kz.egmis.ledger.LeafDocuments;
import kz.egmis.ledger.LeafSource;
import kz.egmis.ledger.VerificationProblem;

/**
 * For {@code verify}: the leaf every resource_version row should have, recomputed from it and, for a record's
 * current version, from its canonical rows now (the rows digest, as {@link RowDigests} computed it at write time).
 * Versions and canonical rows are two streams ordered by version id, merged; canonical rows of no current version
 * and versions above their record's current one are reported too.
 */
@Component
class ResourceVersionLeaves implements LeafSource {

    private static final int FETCH_SIZE = 10_000;
    // The raw content is hashed where it lies: megabytes of JSON need not cross the connection.
    private static final String VERSIONS = """
            select v.id, v.source_system, v.resource_type, v.resource_id, v.version, v.content_sha256,
                   sha256(convert_to(v.raw_content, 'UTF8')), c.version, c.version_id
            from resource_version v
            left join resource_current c
              on c.source_system = v.source_system and c.resource_type = v.resource_type and c.resource_id = v.resource_id
            where v.id between ? and ?
            order by v.id""";
    private static final Map<String, String> FIELDS = Map.of("ref", "id", "source", "source_system", "type",
            "resource_type", "record", "source_system, resource_type or resource_id", "version", "version", "content",
            "content_sha256", "raw", "raw_content", "rows", "the SHA-256 of the record's canonical rows: one of them was "
            + "altered, inserted or deleted");

    private record Version(long id, String source, String type, String resourceId, int version, String contentHash,
                           byte[] rawHash, Integer currentVersion, Long currentId) {

        String name() {
            return "resource_version id " + id + " (" + source + "/" + type + "/" + resourceId + " v" + version + ")";
        }

        boolean current() {
            return currentId != null && currentId == id;
        }
    }

    private final JdbcTemplate jdbc;

    ResourceVersionLeaves(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH_SIZE);
    }

    @Override
    public String kind() {
        return LeafDocuments.RESOURCE_VERSION;
    }

    @Override
    public String table() {
        return "resource_version";
    }

    @Override
    public String describeField(String field) {
        return FIELDS.getOrDefault(field, field);
    }

    @Override
    public void checkRowsOfNoRef(Consumer<VerificationProblem> problems) {
        CurrentVersionChecks.run(jdbc, problems);
        jdbc.query(CanonicalRowTables.rowsOfNoVersion(), row -> {
            problems.accept(VerificationProblem.inserted("the row's record row (claim, encounter or practitioner_role) "
                    + "is gone: it was deleted, or the row inserted", CanonicalRowGroups.Group.name(row.getString(2))));
        });
    }

    @Override
    public void expectedLeaves(long firstRef, long lastRef, Sink sink) {
        try (Stream<Version> versions = jdbc.queryForStream(VERSIONS, (row, number) -> new Version(row.getLong(1),
                row.getString(2), row.getString(3), row.getString(4), row.getInt(5), row.getString(6), row.getBytes(7),
                (Integer) row.getObject(8), (Long) row.getObject(9)), firstRef, lastRef);
             CanonicalRowGroups rows = new CanonicalRowGroups(jdbc, firstRef, lastRef)) {
            CanonicalRowGroups.Group group = rows.next();
            for (Version version : (Iterable<Version>) versions::iterator) {
                while (group != null && group.versionId() < version.id()) {
                    sink.problem(VerificationProblem.inserted(rowsWithoutVersion(group), group.names()));
                    group = rows.next();
                }
                CanonicalRowGroups.Group own = group != null && group.versionId() == version.id() ? group : null;
                if (own != null) {
                    group = rows.next();
                }
                expect(version, own, sink);
            }
            for (; group != null; group = rows.next()) {
                sink.problem(VerificationProblem.inserted(rowsWithoutVersion(group), group.names()));
            }
        }
    }

    private static void expect(Version version, CanonicalRowGroups.Group rows, Sink sink) {
        if (version.currentVersion() == null) {
            sink.problem(VerificationProblem.deleted("its record has no resource_current row: the row naming the "
                    + "current version was deleted", version.name()));
        } else if (version.version() > version.currentVersion()) {
            sink.problem(VerificationProblem.inserted("the version is above its record's current version "
                    + version.currentVersion() + ": it was inserted without going through EGMIS", version.name()));
        }
        if (rows != null && !version.current()) {
            sink.problem(VerificationProblem.inserted("canonical rows carry the id of this version, which is not its "
                    + "record's current one: " + rows.names(), version.name()));
        }
        String rowsDigest = version.current() ? RowDigests.digest(rows == null ? List.of() : rows.lines()) : null;
        try {
            String data = LeafDocuments.resourceVersion(version.id(), version.source(), version.type(),
                    version.resourceId(), version.version(), version.contentHash(),
                    HexFormat.of().formatHex(version.rawHash()), rowsDigest).data();
            String tables = rows == null ? "no canonical rows" : "canonical rows in " + rows.tables();
            sink.expected(new ExpectedLeaf(version.id(), data, version.name()
                    + (version.current() ? ", the current version, with " + tables : "")));
        } catch (IllegalArgumentException notACode) {
            sink.problem(VerificationProblem.altered("its source_system or resource_type is not a code ("
                    + notACode.getMessage() + "): the row was altered", "resource_version id " + version.id()));
        }
    }

    private static String rowsWithoutVersion(CanonicalRowGroups.Group group) {
        return "canonical rows carry version_id " + group.versionId() + ", which no resource_version has";
    }
}
