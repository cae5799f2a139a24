package kz.egmis.ledger;

import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;

/**
 * The hashes of RFC 9162 section 2.1 with SHA-256: leaf hash = SHA-256(0x00 ‖ data), node hash =
 * SHA-256(0x01 ‖ left ‖ right), and the hash of the empty tree = SHA-256 of nothing. The distinct
 * prefixes keep a leaf from passing for an inner node (second pre-image attacks).
 *
 * <p>Thread-safe. Each thread reuses its own {@link MessageDigest}: creating one costs about as
 * much as hashing a leaf. The offset variants hash straight from and into larger buffers.
 */
public final class MerkleHashes {

    /** Bytes in every hash of the log. */
    public static final int HASH_LENGTH = 32;

    private static final byte LEAF_PREFIX = 0x00;
    private static final byte NODE_PREFIX = 0x01;
    private static final ThreadLocal<MessageDigest> DIGESTS = ThreadLocal.withInitial(MerkleHashes::newDigest);
    private static final byte[] EMPTY_ROOT_HASH = newDigest().digest();

    private MerkleHashes() {
    }

    /** SHA-256(0x00 ‖ data). */
    public static byte[] leafHash(byte[] data) {
        return leafHash(data, 0, data.length);
    }

    /** SHA-256(0x00 ‖ data[offset, offset + length)). */
    public static byte[] leafHash(byte[] data, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, data.length);
        MessageDigest digest = freshDigest();
        digest.update(LEAF_PREFIX);
        digest.update(data, offset, length);
        return digest.digest();
    }

    /** SHA-256(0x01 ‖ left ‖ right); both must be {@value #HASH_LENGTH} bytes. */
    public static byte[] nodeHash(byte[] left, byte[] right) {
        requireHash(left, "left");
        requireHash(right, "right");
        byte[] hash = new byte[HASH_LENGTH];
        nodeHash(left, 0, right, 0, hash, 0);
        return hash;
    }

    /**
     * SHA-256(0x01 ‖ left ‖ right) over the {@value #HASH_LENGTH} bytes at each offset, written at
     * {@code outOffset}; {@code out} may be one of the inputs.
     */
    public static void nodeHash(byte[] left, int leftOffset, byte[] right, int rightOffset, byte[] out, int outOffset) {
        Objects.checkFromIndexSize(leftOffset, HASH_LENGTH, left.length);
        Objects.checkFromIndexSize(rightOffset, HASH_LENGTH, right.length);
        Objects.checkFromIndexSize(outOffset, HASH_LENGTH, out.length);
        MessageDigest digest = freshDigest();
        digest.update(NODE_PREFIX);
        digest.update(left, leftOffset, HASH_LENGTH);
        digest.update(right, rightOffset, HASH_LENGTH);
        try {
            digest.digest(out, outOffset, HASH_LENGTH);
        } catch (DigestException impossible) {
            throw new IllegalStateException("SHA-256 refused a 32-byte output buffer", impossible);
        }
    }

    /** SHA-256 of the empty string: the root hash of the tree of no leaves. */
    public static byte[] emptyRootHash() {
        return EMPTY_ROOT_HASH.clone();
    }

    /** Plain SHA-256, for commitments to content and key identifiers. */
    public static byte[] sha256(byte[] data) {
        return freshDigest().digest(data);
    }

    static boolean isHash(byte[] candidate) {
        return candidate != null && candidate.length == HASH_LENGTH;
    }

    private static void requireHash(byte[] candidate, String name) {
        Objects.requireNonNull(candidate, name);
        if (candidate.length != HASH_LENGTH) {
            throw new IllegalArgumentException(name + " hash has " + candidate.length + " bytes, not " + HASH_LENGTH);
        }
    }

    /** Reset first: an exception between two updates would otherwise leave input behind. */
    private static MessageDigest freshDigest() {
        MessageDigest digest = DIGESTS.get();
        digest.reset();
        return digest;
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("this Java runtime has no SHA-256, which every Java SE must provide", missing);
        }
    }
}
