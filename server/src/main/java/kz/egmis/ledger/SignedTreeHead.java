package kz.egmis.ledger;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A signed tree head as section 6 of the standard defines it: the log's size and root hash at a
 * moment, signed with the ledger's Ed25519 key. Check one with {@link SignedTreeHeads#verify}.
 *
 * @param treeSize  leaves the head covers
 * @param rootHash  the root hash, 64 lowercase hex digits
 * @param timestamp when it was signed, epoch milliseconds
 * @param signature the Ed25519 signature of {@link #signedText()}, base64
 * @param keyId     the signing key: the first 16 hex digits of the SHA-256 of its public key
 */
public record SignedTreeHead(long treeSize, String rootHash, long timestamp, String signature, String keyId) {

    private static final Pattern LOWERCASE_HASH = Pattern.compile("[0-9a-f]{64}");

    /** @throws IllegalArgumentException when a field breaks the format above (the signature is not checked) */
    public SignedTreeHead {
        Objects.requireNonNull(rootHash, "rootHash");
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(keyId, "keyId");
        if (treeSize < 0) {
            throw new IllegalArgumentException("tree size " + treeSize + " is negative");
        }
        if (timestamp < 0) {
            throw new IllegalArgumentException("timestamp " + timestamp + " is before 1970");
        }
        if (!LOWERCASE_HASH.matcher(rootHash).matches()) {
            throw new IllegalArgumentException("root hash '" + rootHash + "' is not 64 lowercase hex digits");
        }
    }

    /** {@code treeSize:rootHash:timestamp}, decimal integers and the hex: what the signature covers. */
    public String signedText() {
        return treeSize + ":" + rootHash + ":" + timestamp;
    }

    /** The UTF-8 bytes of {@link #signedText()}, as signed. */
    public byte[] signedBytes() {
        return signedText().getBytes(StandardCharsets.UTF_8);
    }

    public byte[] rootHashBytes() {
        return HexFormat.of().parseHex(rootHash);
    }
}
