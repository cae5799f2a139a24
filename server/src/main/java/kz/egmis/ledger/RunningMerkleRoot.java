package kz.egmis.ledger;

import java.util.Arrays;
import java.util.Objects;

/**
 * The RFC 9162 root hash of a log read leaf by leaf, in O(log n) memory: it keeps only the perfect subtrees along
 * the right edge (a "compact range"), one per bit set in the size. {@code verify} rebuilds the tree of millions
 * of leaves this way and compares the root at each signed tree head's size.
 */
public final class RunningMerkleRoot {

    private static final int HASH = MerkleHashes.HASH_LENGTH;

    /** Roots of the perfect subtrees, largest (leftmost) first; their sizes are the bits of {@link #size}. */
    private final byte[][] subtrees = new byte[Long.SIZE][];
    private int count;
    private long size;

    /** Appends a leaf by its hash ({@link MerkleHashes#leafHash} of its data). */
    public void append(byte[] leafHash, int offset) {
        Objects.checkFromIndexSize(offset, HASH, leafHash.length);
        byte[] hash = Arrays.copyOfRange(leafHash, offset, offset + HASH);
        // Each trailing one bit of the old size is a subtree the new leaf completes, smallest first.
        for (long merged = size; (merged & 1) == 1; merged >>>= 1) {
            hash = MerkleHashes.nodeHash(subtrees[--count], hash);
        }
        subtrees[count++] = hash;
        size++;
    }

    public void append(byte[] leafHash) {
        if (leafHash.length != HASH) {
            throw new IllegalArgumentException("a leaf hash has " + HASH + " bytes, not " + leafHash.length);
        }
        append(leafHash, 0);
    }

    public long size() {
        return size;
    }

    /** MTH of the leaves appended so far: the subtrees folded from the right. */
    public byte[] rootHash() {
        if (count == 0) {
            return MerkleHashes.emptyRootHash();
        }
        byte[] root = subtrees[count - 1];
        for (int index = count - 2; index >= 0; index--) {
            root = MerkleHashes.nodeHash(subtrees[index], root);
        }
        return root;
    }
}
