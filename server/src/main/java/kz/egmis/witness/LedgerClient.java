package kz.egmis.witness;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import kz.egmis.ledger.SignedTreeHead;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ledger endpoints of section 3 as an outsider sees them. Every failure (server unreachable, key refused,
 * an answer that is not what the standard says) becomes a {@link WitnessProblem} with one clear sentence.
 */
final class LedgerClient {

    /** {@code publicKey} is the base64 X.509 SubjectPublicKeyInfo, as served. */
    record PublishedKey(String keyId, String publicKey) {

        byte[] encoded() {
            return Base64.getDecoder().decode(publicKey);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final URI server;
    private final String key;

    LedgerClient(URI server, String key) {
        this.server = server;
        this.key = key;
    }

    PublishedKey key() throws WitnessProblem {
        String path = "/api/ledger/key";
        JsonNode answer = get(path);
        String publicKey = text(answer, "publicKey", path);
        try {
            Base64.getDecoder().decode(publicKey);
        } catch (IllegalArgumentException notBase64) {
            throw malformed(path, "its publicKey is not base64");
        }
        return new PublishedKey(text(answer, "keyId", path), publicKey);
    }

    SignedTreeHead treeHead() throws WitnessProblem {
        String path = "/api/ledger/sth";
        JsonNode answer = get(path);
        try {
            return new SignedTreeHead(number(answer, "treeSize", path), text(answer, "rootHash", path),
                    number(answer, "timestamp", path), text(answer, "signature", path), text(answer, "keyId", path));
        } catch (IllegalArgumentException wrongFormat) {
            throw malformed(path, wrongFormat.getMessage());
        }
    }

    List<byte[]> consistencyProof(long first, long second) throws WitnessProblem {
        String path = "/api/ledger/proof/consistency?first=" + first + "&second=" + second;
        JsonNode answer = get(path);
        if (number(answer, "first", path) != first || number(answer, "second", path) != second) {
            throw malformed(path, "it answered a proof for other sizes");
        }
        return hashes(answer, path);
    }

    List<byte[]> inclusionProof(long index, long treeSize) throws WitnessProblem {
        String path = "/api/ledger/proof/inclusion?index=" + index + "&treeSize=" + treeSize;
        JsonNode answer = get(path);
        if (number(answer, "index", path) != index || number(answer, "treeSize", path) != treeSize) {
            throw malformed(path, "it answered a proof for another leaf or size");
        }
        return hashes(answer, path);
    }

    /** The data of leaf {@code index}, decoded from base64. */
    byte[] leafData(long index) throws WitnessProblem {
        String path = "/api/ledger/entries?start=" + index + "&end=" + (index + 1);
        JsonNode entries = get(path).path("entries");
        if (!entries.isArray() || entries.size() != 1 || number(entries.get(0), "index", path) != index) {
            throw malformed(path, "it did not answer exactly leaf " + index);
        }
        try {
            return Base64.getDecoder().decode(text(entries.get(0), "data", path));
        } catch (IllegalArgumentException notBase64) {
            throw malformed(path, "the data of leaf " + index + " is not base64");
        }
    }

    private JsonNode get(String path) throws WitnessProblem {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(server + path)).timeout(TIMEOUT)
                .header("Accept", "application/json");
        if (key != null) {
            builder.header("Authorization", "Bearer " + key);
        }
        HttpRequest request = builder.GET().build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpConnectTimeoutException noConnection) {
            throw new WitnessProblem("unreachable", "cannot reach " + server + " (" + reason(noConnection) + ")");
        } catch (HttpTimeoutException slow) {
            throw new WitnessProblem("unreachable", server + " did not answer " + path + " within " + TIMEOUT.toSeconds() + " s");
        } catch (IOException failed) {
            throw new WitnessProblem("unreachable", "cannot reach " + server + " (" + reason(failed) + ")");
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new WitnessProblem("interrupted", "stopped while asking " + server + path);
        }
        switch (response.statusCode()) {
            case 200 -> {
                // read below
            }
            case 401 -> throw new WitnessProblem("refused", server + " refused the API key (401): check --key");
            case 403 -> throw new WitnessProblem("refused", server + " does not let this API key read the ledger (403): "
                    + "use an AUDITOR key");
            case 404 -> throw new WitnessProblem("server-error", "GET " + path + " answered 404: is " + server
                    + " the address of an EGMIS server (without a path)?");
            default -> throw new WitnessProblem("server-error", "GET " + path + " answered " + response.statusCode()
                    + ": " + abbreviated(response.body()));
        }
        try {
            return JSON.readTree(response.body());
        } catch (JacksonException notJson) {
            throw malformed(path, "it is not JSON: " + abbreviated(response.body()));
        }
    }

    private static List<byte[]> hashes(JsonNode answer, String path) throws WitnessProblem {
        JsonNode array = answer.path("path");
        if (!array.isArray()) {
            throw malformed(path, "it has no path array");
        }
        List<byte[]> hashes = new ArrayList<>(array.size());
        for (JsonNode element : array) {
            String hex = element.isString() ? element.stringValue() : "";
            if (!hex.matches("[0-9a-f]{64}")) {
                throw malformed(path, "its path holds '" + abbreviated(element.toString()) + "', not a 64-digit hex hash");
            }
            hashes.add(HexFormat.of().parseHex(hex));
        }
        return hashes;
    }

    private static String text(JsonNode answer, String field, String path) throws WitnessProblem {
        JsonNode value = answer.path(field);
        if (!value.isString()) {
            throw malformed(path, "it has no text field " + field);
        }
        return value.stringValue();
    }

    private static long number(JsonNode answer, String field, String path) throws WitnessProblem {
        JsonNode value = answer.path(field);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw malformed(path, "it has no whole-number field " + field);
        }
        return value.longValue();
    }

    private static WitnessProblem malformed(String path, String what) {
        return new WitnessProblem("malformed", "the answer to GET " + path + " is not as the standard says: " + what);
    }

    /** ConnectException and friends carry no message: say what they mean. */
    private String reason(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnresolvedAddressException || cause instanceof UnknownHostException) {
                return "unknown host " + server.getHost();
            }
        }
        if (failure instanceof HttpConnectTimeoutException) {
            return "no connection within " + CONNECT_TIMEOUT.toSeconds() + " s";
        }
        if (failure instanceof ConnectException) {
            return "connection refused: is the server running, and is the port right?";
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                return cause.getMessage();
            }
        }
        return failure.getClass().getSimpleName();
    }

    private static String abbreviated(String text) {
        String oneLine = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 200 ? oneLine : oneLine.substring(0, 200) + "...";
    }
}
