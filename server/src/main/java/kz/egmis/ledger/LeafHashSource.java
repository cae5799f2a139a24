package kz.egmis.ledger;

import java.util.List;
import java.util.Objects;

/**
 * Where the leaf hashes of a log are kept: an in-memory list now, a database table or a file
 * later. {@link MerkleTree} computes roots and proofs over it.
 */
public interface LeafHashSource {

    /** How many leaves the source holds; they are numbered 0 to size - 1. */
    long size();

    /**
     * The {@value MerkleHashes#HASH_LENGTH}-byte hash of leaf {@code index}.
     *
     * @throws IndexOutOfBoundsException when {@code index} is not below {@link #size()}
     */
    byte[] leafHash(long index);

    /**
     * Copies the hashes of leaves [start, start + count) one after another into {@code buffer} from
     * {@code offset}. Override it when one read of many leaves is cheaper than many reads of one
     * (a single SQL range query, one file read).
     *
     * @throws IndexOutOfBoundsException when the range is not within the source or the buffer
     */
    default void readLeafHashes(long start, int count, byte[] buffer, int offset) {
        if (start < 0 || count < 0 || start > size() - count) {
            throw new IndexOutOfBoundsException("leaves [" + start + ", " + (start + count) + ") are not within [0, "
                    + size() + ")");
        }
        Objects.checkFromIndexSize(offset, Math.multiplyExact(count, MerkleHashes.HASH_LENGTH), buffer.length);
        for (int leaf = 0; leaf < count; leaf++) {
            System.arraycopy(leafHash(start + leaf), 0, buffer, offset + leaf * MerkleHashes.HASH_LENGTH,
                    MerkleHashes.HASH_LENGTH);
        }
    }

    /** A source over a list of leaf hashes, for tests and small logs. */
    static LeafHashSource of(List<byte[]> leafHashes) {
        return new ListLeafHashSource(leafHashes);
    }
}
