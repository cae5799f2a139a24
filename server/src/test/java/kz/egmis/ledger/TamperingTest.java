package kz.egmis.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * verify against a database tampered with directly, as an attacker with database access would: each change must
 * be named (which row, which leaf, which head), and undoing it must verify clean again. Each test first loads
 * records of every kind through the HTTP API, as a source system of its own. Each class gets a server and
 * database of its own: other tests write rows behind EGMIS's back on purpose (the schema tests), which verify
 * rightly reports.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
// Screening passes after each ingest would raise findings in the middle of a test: tests that need findings run one.
@TestPropertySource(properties = "egmis.screening.real-time=false")
abstract class TamperingTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LedgerVerification verification;

    VerifyTestData data;

    @BeforeEach
    void load() {
        data = new VerifyTestData(port, "verify-" + UUID.randomUUID().toString().substring(0, 8));
        data.loadEverything();
    }

    @AfterEach
    void undoingTheTamperingVerifiesCleanAgain() {
        assertThat(verification.verify().problems()).isEmpty();
    }

    /** Waits until a stored tree head covers everything committed so far (the scheduler stores heads; reads never do). */
    void awaitStoredHead() {
        long size = Long.parseLong(kz.egmis.testing.ApiClient.at(port).get("/api/ledger/sth").body()
                .replaceAll("(?s).*\"treeSize\":(\\d+).*", "$1"));
        long deadline = System.currentTimeMillis() + 30_000;
        while (jdbc.queryForObject("select coalesce(max(tree_size), 0) from ledger_tree_head", Long.class) < size) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("no tree head of size " + size + " was stored within 30 s");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new AssertionError(interrupted);
            }
        }
    }

    VerificationProblem onlyProblem() {
        VerificationReport report = verification.verify();
        assertThat(report.ok()).isFalse();
        assertThat(report.problems()).hasSize(1);
        return report.problems().get(0);
    }

    long versionId(String type, String id, int version) {
        return jdbc.queryForObject("select id from resource_version where source_system = ? and resource_type = ? and "
                + "resource_id = ? and version = ?", Long.class, data.source(), type, id, version);
    }

    /** The leaf of a version, after the sequencer gave it an index. */
    long leafIndex(long versionId) {
        verification.verify();
        return jdbc.queryForObject("select leaf_index from ledger_leaf where kind = 'resource-version' and ref = ?",
                Long.class, versionId);
    }

    long count(String fromWhere, Object... arguments) {
        return jdbc.queryForObject("select count(*) from " + fromWhere, Long.class, arguments);
    }

    void insert(String table, Map<String, Object> row, String overriding) {
        String columns = String.join(", ", row.keySet());
        jdbc.update("insert into " + table + " (" + columns + ")" + overriding + " values ("
                + "?, ".repeat(row.size() - 1) + "?)", row.values().toArray());
    }

    /** As an attacker with the database's superuser would: foreign keys and triggers off for the statement. */
    void asReplica(String sql) {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("set local session_replication_role = replica");
                statement.execute(sql);
                connection.commit();
            } finally {
                connection.setAutoCommit(autoCommit);
            }
            return null;
        });
    }
}
