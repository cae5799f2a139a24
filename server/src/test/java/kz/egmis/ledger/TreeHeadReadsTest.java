package kz.egmis.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import kz.egmis.testing.ApiClient;
import kz.egmis.testing.EgmisServerTest;
import kz.egmis.testing.SyntheticPatients;
import kz.egmis.testing.TestServerInitializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The latest tree head is public: asking for it, however often, never writes (the scheduler stores heads). */
@EgmisServerTest
@TestPropertySource(properties = "egmis.ledger.head-interval-seconds=3600")
class TreeHeadReadsTest {

    private static final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anonymous_readers_get_a_head_covering_every_acknowledged_change_and_no_head_is_stored_for_them() {
        long storedBefore = count("ledger_tree_head");
        for (int round = 0; round < 3; round++) {
            var loaded = ApiClient.at(port).withKey(TestServerInitializer.ADMINISTRATOR_KEY).withSource("sth-reads")
                    .post("/ingest/ndjson", "application/fhir+ndjson", SyntheticPatients.ndjson("sth-reads-" + round, 4,
                            "Seitkali"));
            assertThat(loaded.statusCode()).isEqualTo(200);
            JsonNode head = json.readTree(ApiClient.at(port).get("/api/ledger/sth").body());
            assertThat(head.path("treeSize").asLong()).isEqualTo(count("ledger_leaf")).isGreaterThanOrEqualTo(4L * (round + 1));
            JsonNode again = json.readTree(ApiClient.at(port).get("/api/ledger/sth").body());
            assertThat(again).isEqualTo(head);
        }
        assertThat(count("ledger_tree_head")).isEqualTo(storedBefore);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
