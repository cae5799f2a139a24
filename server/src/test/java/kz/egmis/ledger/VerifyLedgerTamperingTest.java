package kz.egmis.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import kz.egmis.testing.ApiClient;
import kz.egmis.testing.EgmisServerTest;
import kz.egmis.testing.TestServerInitializer;

/** verify on an untouched ledger, then with leaves, tree heads and reads altered or deleted. */
@EgmisServerTest
class VerifyLedgerTamperingTest extends TamperingTest {

    @Test
    void an_untouched_database_with_every_kind_of_record_verifies_clean() {
        awaitStoredHead();
        VerificationReport report = verification.verify();
        assertThat(report.problems()).isEmpty();
        assertThat(report.ok()).isTrue();
        assertThat(report.leavesChecked()).isGreaterThanOrEqualTo(15);
        assertThat(report.headsChecked()).isPositive();
        for (String table : List.of("organization", "practitioner", "practitioner_role", "practitioner_role_specialty",
                "patient", "death_record", "attachment", "encounter", "encounter_participant", "claim", "claim_care_team",
                "claim_item", "claim_item_care_team", "claim_item_encounter", "access_log")) {
            assertThat(count(table + " where source_system = ?", data.source())).as(table).isPositive();
        }
    }

    @Test
    void the_endpoint_answers_the_report_to_an_administrator_only() {
        ApiClient administrator = ApiClient.at(port).withKey(TestServerInitializer.ADMINISTRATOR_KEY);
        HttpResponse<String> report = administrator.post("/api/admin/ledger/verify", "application/json", "");
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.body()).contains("\"ok\":true", "\"problems\":[]", "\"leavesChecked\":", "\"durationMs\":");
        String auditorKey = administrator.post("/api/admin/keys", "application/json",
                "{\"name\":\"verify auditor\",\"role\":\"AUDITOR\"}").body().replaceAll(".*\"key\":\"([^\"]+)\".*", "$1");
        assertThat(ApiClient.at(port).withKey(auditorKey).post("/api/admin/ledger/verify", "application/json", "")
                .statusCode()).isEqualTo(403);
    }

    @Test
    void an_altered_leaf_is_named_by_its_index() {
        long version = versionId("Practitioner", "doc-1", 1);
        long index = leafIndex(version);
        jdbc.update("update ledger_leaf set data = replace(data, '\"version\":1', '\"version\":7') where leaf_index = ?",
                index);
        try {
            VerificationProblem problem = onlyProblem();
            assertThat(problem.kind()).isEqualTo(VerificationProblem.ALTERED);
            assertThat(problem.where()).startsWith("leaf #" + index + ", resource_version id " + version);
            assertThat(problem.what()).contains("no longer hashes to its leaf_hash", "version (version)");
        } finally {
            jdbc.update("update ledger_leaf set data = replace(data, '\"version\":7', '\"version\":1') where leaf_index = ?",
                    index);
        }
    }

    @Test
    void an_altered_leaf_hash_breaks_the_tree_heads_after_it() {
        long index = leafIndex(versionId("Patient", "pat-1", 1));
        awaitStoredHead();
        byte[] hash = jdbc.queryForObject("select leaf_hash from ledger_leaf where leaf_index = ?", byte[].class, index);
        jdbc.update("update ledger_leaf set leaf_hash = sha256(leaf_hash) where leaf_index = ?", index);
        try {
            List<VerificationProblem> problems = verification.verify().problems();
            assertThat(problems).extracting(VerificationProblem::where).anySatisfy(where -> assertThat(where)
                    .startsWith("leaf #" + index));
            assertThat(problems).extracting(VerificationProblem::what).anySatisfy(what -> assertThat(what)
                    .contains("root hash differs from the tree rebuilt"));
        } finally {
            jdbc.update("update ledger_leaf set leaf_hash = ? where leaf_index = ?", hash, index);
        }
    }

    @Test
    void an_altered_tree_head_root_or_signature_is_named() {
        awaitStoredHead();
        Map<String, Object> head = jdbc.queryForMap("select * from ledger_tree_head order by id desc limit 1");
        jdbc.update("update ledger_tree_head set root_hash = encode(sha256(root_hash::bytea), 'hex') where id = ?",
                head.get("id"));
        try {
            VerificationProblem problem = onlyProblem();
            assertThat(problem.where()).startsWith("tree head id " + head.get("id") + " (size " + head.get("tree_size"));
            assertThat(problem.what()).contains("signature does not verify", "root hash does not match");
        } finally {
            jdbc.update("update ledger_tree_head set root_hash = ? where id = ?", head.get("root_hash"), head.get("id"));
        }
        jdbc.update("update ledger_tree_head set signature = ? where id = ?", "AAAA" + ((String) head.get("signature"))
                .substring(4), head.get("id"));
        try {
            assertThat(onlyProblem().where()).startsWith("tree head id " + head.get("id"));
        } finally {
            jdbc.update("update ledger_tree_head set signature = ? where id = ?", head.get("signature"), head.get("id"));
        }
    }

    @Test
    void a_leaf_appended_of_a_kind_no_table_backs_is_reported_unchecked() {
        verification.verify();
        long next = jdbc.queryForObject("select max(leaf_index) + 1 from ledger_leaf", Long.class);
        jdbc.update("insert into ledger_leaf (leaf_index, kind, ref, data, leaf_hash, sequenced_at) values (?, 'forged', 1, "
                + "'{\"kind\":\"forged\"}', sha256('\\x00'::bytea || convert_to('{\"kind\":\"forged\"}', 'UTF8')), 0)", next);
        try {
            assertThat(verification.verify().problems()).contains(VerificationProblem.unchecked("1 leaves of kind 'forged': "
                    + "no source recomputes them from their rows (their hashes were checked)", "ledger_leaf"));
        } finally {
            jdbc.update("delete from ledger_leaf where leaf_index = ?", next);
        }
    }

    @Test
    void a_deleted_read_of_a_persons_data_is_named() {
        long id = jdbc.queryForObject("select max(id) from access_log where source_system = ?", Long.class, data.source());
        verification.verify();
        long index = jdbc.queryForObject("select leaf_index from ledger_leaf where kind = 'read' and ref = ?", Long.class, id);
        Map<String, Object> row = jdbc.queryForMap("select * from access_log where id = ?", id);
        jdbc.update("delete from access_log where id = ?", id);
        try {
            VerificationProblem problem = onlyProblem();
            assertThat(problem.kind()).isEqualTo(VerificationProblem.DELETED);
            assertThat(problem.what()).startsWith("leaf #" + index + " names access_log id " + id + ", which is gone");
        } finally {
            insert("access_log", row, " overriding system value");
        }
    }
}
