package kz.egmis.witness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

import kz.egmis.ledger.LedgerSigningKey;
import kz.egmis.ledger.MerkleHashes;
import kz.egmis.ledger.SignedTreeHead;

/** The witness against a fake server that answers exactly what each test wants: lies and garbage. */
class WitnessAgainstMisbehavingServerTest {

    private final Map<String, String> answers = new HashMap<>();
    private final LedgerSigningKey key = LedgerSigningKey.generate();
    private HttpServer server;

    @TempDir
    Path folder;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String answer = answers.get(exchange.getRequestURI().getPath());
            byte[] body = (answer == null ? "{}" : answer).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer == null ? 404 : 200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        answers.put("/api/ledger/key", "{\"keyId\":\"" + key.keyId() + "\",\"publicKey\":\"" + key.publicKeyBase64() + "\"}");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void an_answer_that_is_not_json_is_reported_as_malformed_in_one_line() {
        answers.put("/api/ledger/sth", "<html>maintenance</html>");
        String line = witnessLine();
        assertThat(line).startsWith("PROBLEM malformed: the answer to GET /api/ledger/sth is not as the standard says")
                .contains("not JSON");
    }

    @Test
    void a_head_missing_a_field_or_with_an_uppercase_root_is_reported_as_malformed() {
        answers.put("/api/ledger/sth", "{\"treeSize\":1,\"timestamp\":5,\"signature\":\"x\",\"keyId\":\"" + key.keyId() + "\"}");
        assertThat(witnessLine()).startsWith("PROBLEM malformed: ").contains("rootHash");
        answers.put("/api/ledger/sth", head(key.sign(1, new byte[32], 5)).replace("\"0000", "\"AAAA"));
        assertThat(witnessLine()).startsWith("PROBLEM malformed: ").contains("lowercase");
    }

    @Test
    void a_head_whose_signature_does_not_verify_is_reported() {
        SignedTreeHead signed = key.sign(1, new byte[32], 5);
        answers.put("/api/ledger/sth", head(signed).replace("\"timestamp\":5", "\"timestamp\":6"));
        assertThat(witnessLine()).startsWith("PROBLEM signature: ").contains("1:" + signed.rootHash() + ":6");
    }

    @Test
    void a_key_whose_id_is_not_its_hash_is_reported() {
        answers.put("/api/ledger/key", "{\"keyId\":\"0000000000000000\",\"publicKey\":\"" + key.publicKeyBase64() + "\"}");
        assertThat(witnessLine()).startsWith("PROBLEM key: ").contains(key.keyId());
    }

    @Test
    void a_leaf_altered_after_the_head_was_signed_is_reported_as_not_included() {
        byte[] original = "{\"kind\":\"read\"}".getBytes(StandardCharsets.UTF_8);
        answers.put("/api/ledger/sth", head(key.sign(1, MerkleHashes.leafHash(original), 5)));
        answers.put("/api/ledger/entries", "{\"entries\":[{\"index\":0,\"data\":\""
                + Base64.getEncoder().encodeToString("{\"kind\":\"READ\"}".getBytes(StandardCharsets.UTF_8)) + "\"}]}");
        answers.put("/api/ledger/proof/inclusion", "{\"index\":0,\"treeSize\":1,\"path\":[]}");
        assertThat(witnessLine()).startsWith("PROBLEM not-included: leaf 0 ");
    }

    @Test
    void a_server_error_is_reported_with_its_status() {
        answers.remove("/api/ledger/key");
        assertThat(witnessLine()).startsWith("PROBLEM server-error: GET /api/ledger/key answered 404");
    }

    private static String head(SignedTreeHead head) {
        return "{\"treeSize\":" + head.treeSize() + ",\"rootHash\":\"" + head.rootHash() + "\",\"timestamp\":"
                + head.timestamp() + ",\"signature\":\"" + head.signature() + "\",\"keyId\":\"" + head.keyId() + "\"}";
    }

    /** Runs one round and answers its only line; the status must be 1. */
    private String witnessLine() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int status = WitnessCommand.run(new String[] {"witness", "--url", "http://127.0.0.1:" + server.getAddress().getPort(),
                "--key", "k", "--state", folder.resolve("heads.json").toString()}, Map.of(),
                new PrintStream(printed, true, StandardCharsets.UTF_8), false);
        assertThat(status).isEqualTo(WitnessCommand.PROBLEM);
        assertThat(printed.toString(StandardCharsets.UTF_8).lines()).hasSize(1);
        return printed.toString(StandardCharsets.UTF_8).strip();
    }
}
