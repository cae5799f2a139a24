package kz.egmis.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kz.egmis.testing.ApiClient;
import kz.egmis.testing.EgmisServerTest;
import kz.egmis.testing.TestServerInitializer;

/** verify with findings: raised by a screening pass, reviewed, then their rows or events altered or deleted. */
@EgmisServerTest
class VerifyFindingTamperingTest extends TamperingTest {

    ApiClient administrator;
    String finding;

    @BeforeEach
    void screenAndReview() {
        administrator = ApiClient.at(port).withKey(TestServerInitializer.ADMINISTRATOR_KEY);
        assertThat(administrator.post("/api/screening/run", "application/json", "").statusCode()).isEqualTo(200);
        finding = jdbc.queryForObject("select min(id) from finding where status = 'open'", String.class);
        assertThat(finding).as("the test data raises findings").isNotNull();
        assertThat(administrator.post("/api/findings/" + finding + "/review", "application/json",
                "{\"status\":\"confirmed\",\"comment\":\"checked | on site ~\"}").statusCode()).isEqualTo(200);
    }

    @Test
    void raised_and_reviewed_findings_verify_clean() {
        VerificationReport report = verification.verify();
        assertThat(report.problems()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from ledger_leaf where kind = 'finding'", Long.class)).isPositive();
    }

    @Test
    void a_changed_column_of_a_finding_names_the_finding() {
        jdbc.update("update finding set evidence = evidence || ' ' where id = ?", finding);
        try {
            VerificationProblem problem = onlyProblem();
            assertThat(problem.kind()).isEqualTo(VerificationProblem.ALTERED);
            assertThat(problem.what()).contains("a column of finding " + finding + " was altered");
        } finally {
            jdbc.update("update finding set evidence = left(evidence, length(evidence) - 1) where id = ?", finding);
        }
    }

    @Test
    void an_altered_or_deleted_event_is_named_by_its_leaf() {
        long raised = jdbc.queryForObject("select min(id) from finding_event where finding_id = ?", Long.class, finding);
        verification.verify();
        long index = jdbc.queryForObject("select leaf_index from ledger_leaf where kind = 'finding' and ref = ?", Long.class,
                raised);
        jdbc.update("update finding_event set action = 'revised' where id = ?", raised);
        try {
            VerificationProblem problem = onlyProblem();
            assertThat(problem.where()).startsWith("leaf #" + index + ", finding_event id " + raised);
            assertThat(problem.what()).contains("disagree on action");
        } finally {
            jdbc.update("update finding_event set action = 'raised' where id = ?", raised);
        }
        Map<String, Object> row = jdbc.queryForMap("select * from finding_event where id = ?", raised);
        jdbc.update("delete from finding_event where id = ?", raised);
        try {
            List<VerificationProblem> problems = verification.verify().problems();
            assertThat(problems).extracting(VerificationProblem::what).containsExactly("leaf #" + index
                    + " names finding_event id " + raised + ", which is gone: the row was deleted");
        } finally {
            insert("finding_event", row, " overriding system value");
        }
    }
}
