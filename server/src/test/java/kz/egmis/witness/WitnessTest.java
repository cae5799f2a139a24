package kz.egmis.witness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import kz.egmis.ledger.LedgerSigningKey;
import kz.egmis.ledger.MerkleHashes;
import kz.egmis.ledger.SignedTreeHead;
import kz.egmis.testing.ApiClient;
import kz.egmis.testing.EgmisServerTest;
import kz.egmis.testing.SyntheticPatients;
import kz.egmis.testing.TestServerInitializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The witness run in-process against a whole server, and against servers that misbehave. */
@EgmisServerTest
class WitnessTest {

    private static final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Value("${egmis.data-dir}")
    Path dataDirectory;

    @TempDir
    Path folder;

    Path state;
    ApiClient administrator;

    /** What one witness run printed and answered. */
    record Run(int status, List<String> lines) {
    }

    @BeforeEach
    void setUp() {
        state = folder.resolve("witness-heads.json");
        administrator = ApiClient.at(port).withKey(TestServerInitializer.ADMINISTRATOR_KEY);
    }

    @Test
    void a_first_round_pins_the_key_and_keeps_the_head_and_a_later_round_checks_it_is_extended() throws Exception {
        load("witness-a", 3, "First");
        Run first = witness();
        assertThat(first.status()).isZero();
        assertThat(first.lines()).singleElement().asString().startsWith("OK size ").contains("key pinned", "first head held");
        JsonNode kept = json.readTree(Files.readString(state));
        assertThat(kept.path("keyId").asString()).isEqualTo(serverKey().keyId());
        assertThat(kept.path("publicKey").asString()).isEqualTo(serverKey().publicKeyBase64());
        assertThat(kept.path("heads")).hasSize(1);
        long firstSize = kept.path("heads").get(0).path("treeSize").asLong();

        load("witness-a", 4, "Second");
        Run second = witness();
        assertThat(second.status()).isZero();
        assertThat(second.lines()).singleElement().asString().startsWith("OK size ")
                .contains("extends size " + firstSize, "leaves spot-checked").doesNotContain("pinned");
        JsonNode heads = json.readTree(Files.readString(state)).path("heads");
        assertThat(heads).hasSize(2);
        assertThat(heads.get(1).path("treeSize").asLong()).isGreaterThanOrEqualTo(firstSize + 4);
        assertThat(heads.get(1).path("signature").asString()).isNotBlank();
        assertThat(folder.toFile().list()).as("no temporary file left behind").containsExactly("witness-heads.json");

        Run unchanged = witness();
        assertThat(unchanged.status()).isZero();
        assertThat(json.readTree(Files.readString(state)).path("heads")).as("an unchanged head is not kept twice").hasSize(2);
    }

    @Test
    void a_signed_head_of_the_same_size_with_another_root_is_reported_as_a_fork() throws Exception {
        load("witness-fork", 2, "Fork");
        SignedTreeHead current = quietHead();
        WitnessState held = holding(serverKey().sign(current.treeSize(), MerkleHashes.sha256(current.rootHashBytes()),
                current.timestamp()));
        Run run = witness();
        assertThat(run.status()).isEqualTo(WitnessCommand.PROBLEM);
        assertThat(run.lines()).singleElement().asString().startsWith("PROBLEM fork: ").contains(current.rootHash());
        WitnessState after = WitnessState.load(state, "");
        assertThat(after.heads()).as("the server's head is not accepted").isEqualTo(held.heads());
        assertThat(after.refused()).singleElement().satisfies(refused -> {
            assertThat(refused.head()).isEqualTo(current);
            assertThat(refused.reason()).startsWith("fork");
        });
    }

    @Test
    void a_held_head_larger_than_the_servers_tree_is_reported_as_a_rollback() throws Exception {
        load("witness-rollback", 2, "Rollback");
        SignedTreeHead current = quietHead();
        holding(serverKey().sign(current.treeSize() + 5, MerkleHashes.sha256(new byte[] {1}), current.timestamp()));
        Run run = witness();
        assertThat(run.status()).isEqualTo(WitnessCommand.PROBLEM);
        assertThat(run.lines()).singleElement().asString().startsWith("PROBLEM rollback: ")
                .contains("size " + current.treeSize());
    }

    @Test
    void a_held_head_that_the_servers_tree_does_not_extend_is_reported_as_inconsistent() throws Exception {
        load("witness-rewritten", 3, "Rewritten");
        SignedTreeHead current = quietHead();
        holding(serverKey().sign(current.treeSize() - 1, MerkleHashes.sha256(new byte[] {2}), current.timestamp() - 1));
        Run run = witness();
        assertThat(run.status()).isEqualTo(WitnessCommand.PROBLEM);
        assertThat(run.lines()).singleElement().asString().startsWith("PROBLEM inconsistent: ").contains("rewritten");
    }

    @Test
    void a_key_other_than_the_pinned_one_is_reported() throws Exception {
        LedgerSigningKey other = LedgerSigningKey.generate();
        new WitnessState("test", other.keyId(), other.publicKeyBase64(), List.of(), List.of()).save(state);
        Run run = witness();
        assertThat(run.status()).isEqualTo(WitnessCommand.PROBLEM);
        assertThat(run.lines()).singleElement().asString().startsWith("PROBLEM key-changed: ").contains(other.keyId());
    }

    @Test
    void an_unreachable_server_and_a_wrong_key_each_give_one_clear_line() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Run unreachable = witness("--url", "http://127.0.0.1:" + closedPort, "--key", "any", "--state", state.toString());
        assertThat(unreachable.status()).isEqualTo(WitnessCommand.PROBLEM);
        assertThat(unreachable.lines()).singleElement().asString()
                .startsWith("PROBLEM unreachable: cannot reach http://127.0.0.1:" + closedPort).contains("connection refused");

        Run refused = witness("--url", "http://127.0.0.1:" + port, "--key", "wrong", "--state", state.toString());
        assertThat(refused.status()).isEqualTo(WitnessCommand.PROBLEM);
        assertThat(refused.lines()).singleElement().asString().startsWith("PROBLEM refused: ").contains("401");
        assertThat(state).as("nothing learnt, nothing saved").doesNotExist();
    }

    @Test
    void a_watch_goes_on_after_a_problem_and_ends_non_zero() {
        Run run = witness("--url", "http://127.0.0.1:" + port, "--key", "wrong", "--state", state.toString(),
                "--watch", "1", "--rounds", "2");
        assertThat(run.status()).isEqualTo(WitnessCommand.PROBLEM);
        assertThat(run.lines()).hasSize(2).allSatisfy(line -> assertThat(line).startsWith("PROBLEM refused: "));
    }

    @Test
    void wrong_flags_and_an_unreadable_state_file_are_explained_not_thrown() throws IOException {
        Run missing = witness("--url", "http://127.0.0.1:" + port);
        assertThat(missing.status()).isEqualTo(WitnessCommand.UNUSABLE);
        assertThat(missing.lines()).first().asString().contains("--state");
        Run noFolder = witness("--url", "http://127.0.0.1:" + port, "--key", "k", "--state",
                folder.resolve("missing/heads.json").toString());
        assertThat(noFolder.status()).isEqualTo(WitnessCommand.UNUSABLE);
        assertThat(noFolder.lines()).singleElement().asString().contains("does not exist");
        Files.writeString(state, "{not json");
        Run unreadable = witness();
        assertThat(unreadable.status()).isEqualTo(WitnessCommand.UNUSABLE);
        assertThat(unreadable.lines()).singleElement().asString().startsWith("PROBLEM state: cannot read ");
    }

    /** Runs the witness in a first round, then makes {@code forged} its newest held head. */
    private WitnessState holding(SignedTreeHead forged) throws IOException {
        assertThat(witness().status()).isZero();
        WitnessState held = WitnessState.load(state, "");
        List<SignedTreeHead> heads = new ArrayList<>(held.heads());
        heads.add(forged);
        WitnessState tampered = new WitnessState(held.server(), held.keyId(), held.publicKey(), heads, held.refused());
        tampered.save(state);
        return tampered;
    }

    /** As an outsider runs it: the ledger is public, so no key. */
    private Run witness() {
        return witness("--url", "http://127.0.0.1:" + port, "--state", state.toString());
    }

    private static Run witness(String... flags) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        List<String> arguments = new ArrayList<>(List.of("witness"));
        arguments.addAll(List.of(flags));
        int status = WitnessCommand.run(arguments.toArray(String[]::new), Map.of(),
                new PrintStream(printed, true, StandardCharsets.UTF_8), false);
        return new Run(status, printed.toString(StandardCharsets.UTF_8).lines().toList());
    }

    /** The server's own signing key: the only way to forge heads that a forking server would sign. */
    private LedgerSigningKey serverKey() throws IOException {
        return LedgerSigningKey.fromPem(Files.readString(dataDirectory.resolve("ledger-signing-key.pem")));
    }

    /**
     * The server's head once its tree stopped growing for a second: the forged-head scenarios need the server to
     * stay at that size (background work, such as screening after a load, may still append leaves).
     */
    private SignedTreeHead quietHead() throws InterruptedException {
        SignedTreeHead head = serverHead();
        for (int attempt = 0; attempt < 30; attempt++) {
            Thread.sleep(1000);
            SignedTreeHead again = serverHead();
            if (again.treeSize() == head.treeSize()) {
                return again;
            }
            head = again;
        }
        throw new AssertionError("the ledger kept growing for 30 s");
    }

    private SignedTreeHead serverHead() {
        JsonNode head = json.readTree(administrator.get("/api/ledger/sth").body());
        return new SignedTreeHead(head.path("treeSize").asLong(), head.path("rootHash").asString(),
                head.path("timestamp").asLong(), head.path("signature").asString(), head.path("keyId").asString());
    }

    private void load(String source, int count, String family) {
        HttpResponse<String> response = administrator.withSource(source).post("/ingest/ndjson", "application/fhir+ndjson",
                SyntheticPatients.ndjson(source, count, family));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }
}
