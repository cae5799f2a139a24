package kz.egmis.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import kz.egmis.testing.EgmisServerTest;

/** verify with resource versions and canonical rows altered, inserted or deleted behind EGMIS's back. */
@EgmisServerTest
class VerifyRowTamperingTest extends TamperingTest {

    @Test
    void a_changed_claim_item_amount_names_the_claim_and_its_leaf() {
        jdbc.update("update claim_item set net_kzt = net_kzt + 1000 where source_system = ? and claim_id = 'claim-1' "
                + "and sequence = 2", data.source());
        try {
            VerificationProblem problem = onlyProblem();
            assertThat(problem.kind()).isEqualTo(VerificationProblem.ALTERED);
            assertThat(problem.where()).contains("leaf #" + leafIndex(versionId("Claim", "claim-1", 2)),
                    "resource_version id " + versionId("Claim", "claim-1", 2), data.source() + "/Claim/claim-1 v2",
                    "claim_item");
            assertThat(problem.what()).contains("rows (the SHA-256 of the record's canonical rows");
        } finally {
            jdbc.update("update claim_item set net_kzt = net_kzt - 1000 where source_system = ? and claim_id = 'claim-1' "
                    + "and sequence = 2", data.source());
        }
    }

    @Test
    void a_changed_claim_total_names_the_claim() {
        jdbc.update("update claim set total_kzt = 99999 where source_system = ? and resource_id = 'claim-1'", data.source());
        try {
            VerificationProblem problem = onlyProblem();
            assertThat(problem.kind()).isEqualTo(VerificationProblem.ALTERED);
            assertThat(problem.where()).contains(data.source() + "/Claim/claim-1 v2");
        } finally {
            jdbc.update("update claim set total_kzt = 14200.50 where source_system = ? and resource_id = 'claim-1'",
                    data.source());
        }
    }

    @Test
    void a_deleted_earlier_version_is_named_by_its_leaf() {
        long first = versionId("Claim", "claim-1", 1);
        long index = leafIndex(first);
        Map<String, Object> row = jdbc.queryForMap("select * from resource_version where id = ?", first);
        jdbc.update("delete from resource_version where id = ?", first);
        try {
            VerificationProblem problem = onlyProblem();
            assertThat(problem.kind()).isEqualTo(VerificationProblem.DELETED);
            assertThat(problem.what()).contains("leaf #" + index + " names resource_version id " + first + ", which is gone");
        } finally {
            insert("resource_version", row, "");
        }
    }

    @Test
    void a_deleted_current_version_with_its_references_unchecked_is_named_everywhere_it_shows() {
        long current = versionId("Claim", "claim-1", 2);
        Map<String, Object> row = jdbc.queryForMap("select * from resource_version where id = ?", current);
        asReplica("delete from resource_version where id = " + current);
        try {
            List<VerificationProblem> problems = verification.verify().problems();
            assertThat(problems).extracting(VerificationProblem::what).anySatisfy(what -> assertThat(what)
                    .contains("names resource_version id " + current + ", which is gone: the row was deleted"));
            assertThat(problems).extracting(VerificationProblem::where).anySatisfy(where -> assertThat(where)
                    .contains("resource_current of " + data.source() + "/Claim/claim-1"));
            assertThat(problems).extracting(VerificationProblem::what).anySatisfy(what -> assertThat(what)
                    .contains("canonical rows carry version_id " + current + ", which no resource_version has"));
        } finally {
            insert("resource_version", row, "");
        }
    }

    @Test
    void an_inserted_version_without_a_leaf_is_named() {
        Map<String, Object> row = jdbc.queryForMap("select * from resource_version where id = ?",
                versionId("Claim", "claim-1", 2));
        long id = jdbc.queryForObject("select nextval(pg_get_serial_sequence('resource_version', 'id'))", Long.class);
        row.put("id", id);
        row.put("version", 3);
        insert("resource_version", row, "");
        try {
            List<VerificationProblem> problems = verification.verify().problems();
            assertThat(problems).hasSize(2).allSatisfy(problem -> {
                assertThat(problem.kind()).isEqualTo(VerificationProblem.INSERTED);
                assertThat(problem.where()).isEqualTo("resource_version id " + id + " (" + data.source() + "/Claim/claim-1 v3)");
            });
            assertThat(problems).extracting(VerificationProblem::what).anySatisfy(what -> assertThat(what)
                    .contains("has no leaf"));
        } finally {
            jdbc.update("delete from resource_version where id = ?", id);
        }
    }

    @Test
    void an_inserted_claim_item_names_the_claim() {
        jdbc.update("insert into claim_item (source_system, claim_id, sequence, service_code, start_day, end_day, quantity, "
                + "net_kzt) values (?, 'claim-1', 3, 'AMB001', 20000, 20000, 1, 7400)", data.source());
        try {
            VerificationProblem problem = onlyProblem();
            assertThat(problem.kind()).isEqualTo(VerificationProblem.ALTERED);
            assertThat(problem.where()).contains(data.source() + "/Claim/claim-1 v2");
        } finally {
            jdbc.update("delete from claim_item where source_system = ? and claim_id = 'claim-1' and sequence = 3",
                    data.source());
        }
    }

    @Test
    void a_claim_item_whose_claim_is_gone_is_named() {
        asReplica("insert into claim_item (source_system, claim_id, sequence, service_code, start_day, end_day, quantity) "
                + "values ('" + data.source() + "', 'no-such-claim', 1, 'AMB001', 20000, 20000, 1)");
        try {
            VerificationProblem problem = onlyProblem();
            assertThat(problem.kind()).isEqualTo(VerificationProblem.INSERTED);
            assertThat(problem.where()).isEqualTo("claim_item (" + data.source() + ", no-such-claim, 1)");
        } finally {
            jdbc.update("delete from claim_item where source_system = ? and claim_id = 'no-such-claim'", data.source());
        }
    }

    @Test
    void canonical_rows_given_an_earlier_version_are_named() {
        long first = versionId("Claim", "claim-1", 1);
        jdbc.update("insert into claim (source_system, resource_id, version_id, origin_type, status) "
                + "values (?, 'claim-forged', ?, 'Claim', 'active')", data.source(), first);
        try {
            VerificationProblem problem = onlyProblem();
            assertThat(problem.kind()).isEqualTo(VerificationProblem.INSERTED);
            assertThat(problem.what()).contains("not its record's current one", "claim (" + data.source() + ", claim-forged)");
        } finally {
            jdbc.update("delete from claim where source_system = ? and resource_id = 'claim-forged'", data.source());
        }
    }

    @Test
    void a_rollback_to_an_earlier_version_is_named() {
        long first = versionId("Claim", "claim-1", 1);
        long second = versionId("Claim", "claim-1", 2);
        jdbc.update("update resource_current set version = 1, version_id = ?, content_sha256 = (select content_sha256 "
                + "from resource_version where id = ?) where version_id = ?", first, first, second);
        try {
            List<VerificationProblem> problems = verification.verify().problems();
            assertThat(problems).isNotEmpty().allSatisfy(problem -> assertThat(problem.where() + problem.what())
                    .contains(data.source() + "/Claim/claim-1"));
            assertThat(problems).extracting(VerificationProblem::what).anySatisfy(what -> assertThat(what)
                    .contains("above its record's current version 1"));
        } finally {
            jdbc.update("update resource_current set version = 2, version_id = ?, content_sha256 = (select content_sha256 "
                    + "from resource_version where id = ?) where version_id = ?", second, second, first);
        }
    }
}
