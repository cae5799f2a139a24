package kz.egmis.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import kz.egmis.testing.ApiClient;
import kz.egmis.testing.EgmisServerTest;
import kz.egmis.testing.SyntheticPatients;
import kz.egmis.testing.TestServerInitializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import kz.egmis.platform.Sha256;

/** The ledger paths of section 3, over real HTTP, checked as an outsider would. */
@EgmisServerTest
class LedgerEndpointsTest {

    private static final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient auditor;

    @BeforeEach
    void client() {
        auditor = ApiClient.at(port).withKey(TestServerInitializer.ADMINISTRATOR_KEY);
    }

    @Test
    void the_tree_head_covers_every_change_acknowledged_before_it_and_is_signed_with_the_published_key() throws Exception {
        long before = treeHead().treeSize();
        long accepted = load("ledger-head", 25, "Ahmetova");
        SignedTreeHead head = treeHead();
        assertThat(accepted).isEqualTo(25);
        assertThat(head.treeSize()).isGreaterThanOrEqualTo(before + accepted);
        JsonNode key = read(auditor.get("/api/ledger/key"));
        byte[] publicKey = Base64.getDecoder().decode(key.path("publicKey").asString());
        assertThat(key.path("keyId").asString()).isEqualTo(head.keyId()).isEqualTo(SignedTreeHeads.keyId(publicKey))
                .hasSize(16);
        assertThat(SignedTreeHeads.verify(head, publicKey)).isTrue();
        // the same check with nothing but the JDK, over the exact text of the standard
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(publicKey)));
        verifier.update((head.treeSize() + ":" + head.rootHash() + ":" + head.timestamp()).getBytes(StandardCharsets.UTF_8));
        assertThat(verifier.verify(Base64.getDecoder().decode(head.signature()))).isTrue();
    }

    @Test
    void entries_are_base64_leaves_whose_hashes_and_inclusion_proofs_verify_against_the_tree_head() {
        load("ledger-entries", 12, "Seitkali");
        SignedTreeHead head = treeHead();
        List<JsonNode> ours = new ArrayList<>();
        for (long start = 0; start < head.treeSize(); start += 1000) {
            for (JsonNode entry : read(auditor.get("/api/ledger/entries?start=" + start + "&end=" + head.treeSize()))
                    .path("entries")) {
                byte[] data = Base64.getDecoder().decode(entry.path("data").asString());
                JsonNode leaf = json.readTree(new String(data, StandardCharsets.UTF_8));
                if (leaf.path("source").asString().equals("ledger-entries")) {
                    ours.add(entry);
                    assertThat(leaf.path("kind").asString()).isEqualTo("resource-version");
                    assertThat(new String(data, StandardCharsets.UTF_8)).doesNotContain("Seitkali")
                            .doesNotContain(SyntheticPatients.iin(0));
                }
            }
        }
        assertThat(ours).hasSize(12);
        for (JsonNode entry : ours) {
            long index = entry.path("index").asLong();
            byte[] leafHash = MerkleHashes.leafHash(Base64.getDecoder().decode(entry.path("data").asString()));
            JsonNode proof = read(auditor.get("/api/ledger/proof/inclusion?index=" + index + "&treeSize=" + head.treeSize()));
            assertThat(proof.path("index").asLong()).isEqualTo(index);
            assertThat(MerkleProofs.verifyInclusion(leafHash, index, head.treeSize(), hashes(proof), head.rootHashBytes()))
                    .as("leaf %d", index).isTrue();
        }
    }

    @Test
    void a_consistency_proof_between_a_head_before_and_one_after_more_loads_verifies() {
        load("ledger-consistency", 5, "Nurlanova");
        SignedTreeHead older = treeHead();
        load("ledger-consistency", 5, "Nurlanova-Second");
        load("ledger-consistency-other", 7, "Abenova");
        SignedTreeHead newer = treeHead();
        assertThat(newer.treeSize()).isGreaterThanOrEqualTo(older.treeSize() + 12);
        JsonNode proof = read(auditor.get("/api/ledger/proof/consistency?first=" + older.treeSize() + "&second="
                + newer.treeSize()));
        assertThat(proof.path("first").asLong()).isEqualTo(older.treeSize());
        assertThat(proof.path("second").asLong()).isEqualTo(newer.treeSize());
        assertThat(MerkleProofs.verifyConsistency(older.treeSize(), newer.treeSize(), older.rootHashBytes(),
                newer.rootHashBytes(), hashes(proof))).isTrue();
        assertThat(MerkleProofs.verifyConsistency(older.treeSize(), newer.treeSize(), older.rootHashBytes(),
                MerkleHashes.sha256(newer.rootHashBytes()), hashes(proof))).as("another root").isFalse();
        JsonNode same = read(auditor.get("/api/ledger/proof/consistency?first=" + newer.treeSize() + "&second="
                + newer.treeSize()));
        assertThat(same.path("path").isEmpty()).isTrue();
    }

    @Test
    void entries_are_capped_at_1000_per_request() {
        load("ledger-many", 1001, "Kassymova");
        long size = treeHead().treeSize();
        JsonNode entries = read(auditor.get("/api/ledger/entries?start=0&end=" + size)).path("entries");
        assertThat(entries.size()).isEqualTo(1000);
        assertThat(entries.get(0).path("index").asLong()).isZero();
        assertThat(entries.get(999).path("index").asLong()).isEqualTo(999);
        assertThat(read(auditor.get("/api/ledger/entries?start=" + size + "&end=" + (size + 10))).path("entries").isEmpty())
                .isTrue();
    }

    @Test
    void bad_parameters_get_a_json_400_and_never_a_500() {
        load("ledger-bad", 2, "Omarova");
        long size = treeHead().treeSize();
        for (String path : List.of("/api/ledger/entries?start=-1&end=5", "/api/ledger/entries?start=5&end=2",
                "/api/ledger/entries?start=abc&end=5", "/api/ledger/entries?start=0",
                "/api/ledger/proof/inclusion?index=-1&treeSize=" + size,
                "/api/ledger/proof/inclusion?index=" + size + "&treeSize=" + size,
                "/api/ledger/proof/inclusion?index=0&treeSize=" + (size + 1),
                "/api/ledger/proof/inclusion?index=x&treeSize=1", "/api/ledger/proof/inclusion?index=0&treeSize=1e3",
                "/api/ledger/proof/consistency?first=-1&second=1",
                "/api/ledger/proof/consistency?first=2&second=1",
                "/api/ledger/proof/consistency?first=1&second=" + (size + 1),
                "/api/ledger/proof/consistency?first=one&second=2",
                "/api/ledger/proof/consistency?first=0&second=99999999999999999999")) {
            HttpResponse<String> response = auditor.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).as(path).get().asString()
                    .startsWith("application/json");
            assertThat(read(response).isObject()).as(path).isTrue();
        }
    }

    @Test
    void every_ledger_read_is_public_and_a_wrong_key_is_still_refused() {
        for (String path : List.of("/api/ledger/sth", "/api/ledger/key", "/api/ledger/entries?start=0&end=1",
                "/api/ledger/proof/inclusion?index=0&treeSize=1", "/api/ledger/proof/consistency?first=0&second=1")) {
            assertThat(ApiClient.at(port).get(path).statusCode()).as(path).isEqualTo(200);
            assertThat(ApiClient.at(port).withKey("not-a-key").get(path).statusCode()).as(path).isEqualTo(401);
        }
    }

    @Test
    void reading_a_patient_adds_an_access_log_row_and_a_read_leaf() {
        ApiClient source = auditor.withSource("ledger-read");
        load("ledger-read", 1, "Zhumabayeva");
        assertThat(source.get("/fhir/Patient/ledger-read-0").statusCode()).isEqualTo(200);
        SignedTreeHead head = treeHead();
        var access = jdbc.sql("select id, reader_kind, reader_id, reader_name, reader_role, reader_organization, "
                + "patient_iin from access_log where source_system = 'ledger-read' "
                + "and resource_type = 'Patient' and resource_id = 'ledger-read-0'").query().singleRow();
        assertThat(access.get("patient_iin")).isEqualTo(SyntheticPatients.iin(0));
        long index = jdbc.sql("select leaf_index from ledger_leaf where kind = 'read' and ref = :ref")
                .param("ref", access.get("id")).query(Long.class).single();
        assertThat(index).isLessThan(head.treeSize());
        JsonNode entry = read(auditor.get("/api/ledger/entries?start=" + index + "&end=" + (index + 1))).path("entries").get(0);
        byte[] data = Base64.getDecoder().decode(entry.path("data").asString());
        JsonNode leaf = json.readTree(new String(data, StandardCharsets.UTF_8));
        assertThat(leaf.path("kind").asString()).isEqualTo("read");
        assertThat(leaf.path("ref").asLong()).isEqualTo(((Number) access.get("id")).longValue());
        assertThat(access.get("reader_kind")).isEqualTo("key");
        assertThat(access.get("reader_name")).isEqualTo("bootstrap administrator");
        assertThat(access.get("reader_role")).isEqualTo("ADMINISTRATOR");
        assertThat(access.get("reader_organization")).isNull();
        assertThat(leaf.path("reader").asString()).isEqualTo(Sha256.hex("key:" + access.get("reader_id")
                + "\nbootstrap administrator\nADMINISTRATOR\n"));
        assertThat(leaf.path("subject").asString()).isEqualTo(Sha256.hex("ledger-read/Patient/ledger-read-0"));
        assertThat(new String(data, StandardCharsets.UTF_8)).doesNotContain(SyntheticPatients.iin(0));
        JsonNode proof = read(auditor.get("/api/ledger/proof/inclusion?index=" + index + "&treeSize=" + head.treeSize()));
        assertThat(MerkleProofs.verifyInclusion(MerkleHashes.leafHash(data), index, head.treeSize(), hashes(proof),
                head.rootHashBytes())).isTrue();
    }

    /** Loads Patients as NDJSON under {@code source}; answers how many were accepted. */
    private long load(String source, int count, String family) {
        HttpResponse<String> response = auditor.withSource(source).post("/ingest/ndjson", "application/fhir+ndjson",
                SyntheticPatients.ndjson(source, count, family));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(read(response).path("rejected").asLong()).as(response.body()).isZero();
        return read(response).path("accepted").asLong();
    }

    private SignedTreeHead treeHead() {
        JsonNode head = read(auditor.get("/api/ledger/sth"));
        return new SignedTreeHead(head.path("treeSize").asLong(), head.path("rootHash").asString(),
                head.path("timestamp").asLong(), head.path("signature").asString(), head.path("keyId").asString());
    }

    private static List<byte[]> hashes(JsonNode proof) {
        List<byte[]> hashes = new ArrayList<>();
        proof.path("path").forEach(hash -> hashes.add(HexFormat.of().parseHex(hash.asString())));
        return hashes;
    }

    private static JsonNode read(HttpResponse<String> response) {
        return json.readTree(response.body());
    }
}
