package kz.egmis.ledger;

import java.util.List;
import java.util.Objects;

/**
 * An in-memory Merkle log that keeps the hash of every complete, aligned perfect subtree, level by
 * level: level 0 holds the leaf hashes, level k the hashes of the subtrees of 2^k leaves starting
 * at multiples of 2^k. Appending a leaf completes on average one subtree (amortised O(1) hashing);
 * roots of any earlier size and proofs then cost O(log n), microseconds for ten million leaves.
 * The price is memory: about 64 bytes per leaf (twice the leaf hashes).
 *
 * <p>Thread-safe for one appender at a time and any number of concurrent readers: {@link #append}
 * is synchronized and publishes the new size last, and readers ask only for sizes up to it.
 */
public final class MerkleTreeLevels implements LeafHashSource {

    private static final int HASH = MerkleHashes.HASH_LENGTH;
    private static final int LEAVES_PER_READ = 4096;

    /** levels[k] exists once a subtree of 2^k leaves is complete; written before size is published. */
    private final HashColumn[] levels = new HashColumn[Long.SIZE];
    private volatile long size;

    public MerkleTreeLevels() {
        levels[0] = new HashColumn();
    }

    /** A tree of every leaf hash in {@code source}, read in batches (loading a log at start-up). */
    public static MerkleTreeLevels of(LeafHashSource source) {
        MerkleTreeLevels tree = new MerkleTreeLevels();
        long total = source.size();
        byte[] batch = new byte[LEAVES_PER_READ * HASH];
        for (long start = 0; start < total; start += LEAVES_PER_READ) {
            int count = (int) Math.min(LEAVES_PER_READ, total - start);
            source.readLeafHashes(start, count, batch, 0);
            for (int leaf = 0; leaf < count; leaf++) {
                tree.append(batch, leaf * HASH);
            }
        }
        return tree;
    }

    /**
     * Appends a leaf by its hash ({@link MerkleHashes#leafHash} of the leaf's data).
     *
     * @return the index the leaf got
     * @throws IllegalArgumentException when {@code leafHash} is not {@value MerkleHashes#HASH_LENGTH} bytes
     */
    public LeafIndex append(byte[] leafHash) {
        Objects.requireNonNull(leafHash, "leafHash");
        if (leafHash.length != HASH) {
            throw new IllegalArgumentException("a leaf hash has " + HASH + " bytes, not " + leafHash.length);
        }
        return append(leafHash, 0);
    }

    private synchronized LeafIndex append(byte[] buffer, int offset) {
        long index = size;
        levels[0].append(buffer, offset);
        // Leaf i completes one subtree per trailing one bit of i: its own pair, that pair's pair, ...
        int level = 0;
        for (long position = index; (position & 1) == 1; position >>>= 1) {
            if (levels[level + 1] == null) {
                levels[level + 1] = new HashColumn();
            }
            levels[level + 1].appendParentOf(levels[level], position - 1);
            level++;
        }
        size = index + 1;
        return new LeafIndex(index);
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public byte[] leafHash(long index) {
        Objects.checkIndex(index, size);
        return levels[0].get(index);
    }

    @Override
    public void readLeafHashes(long start, int count, byte[] buffer, int offset) {
        long published = size;
        if (start < 0 || count < 0 || start > published - count) {
            throw new IndexOutOfBoundsException("leaves [" + start + ", " + (start + count) + ") are not within [0, "
                    + published + ")");
        }
        Objects.checkFromIndexSize(offset, Math.multiplyExact(count, HASH), buffer.length);
        levels[0].read(start, count, buffer, offset);
    }

    /** MTH of the first {@code treeSize} leaves; any size up to {@link #size()}. */
    public byte[] rootHash(TreeSize treeSize) {
        return computations().rootHash(treeSize);
    }

    /** The hash of the whole log as it is now. */
    public byte[] rootHash() {
        return rootHash(new TreeSize(size));
    }

    /** RFC 9162 PATH(index, D[treeSize]), leaf end first. */
    public List<byte[]> inclusionProof(LeafIndex index, TreeSize treeSize) {
        return computations().inclusionProof(index, treeSize);
    }

    /** RFC 9162 PROOF(first, D[second]); empty when first is 0 or equals second. */
    public List<byte[]> consistencyProof(TreeSize first, TreeSize second) {
        return computations().consistencyProof(first, second);
    }

    /** Stored subtrees, all complete within the published size. */
    PerfectSubtrees storedSubtrees() {
        return (level, index) -> levels[level].get(index);
    }

    /** Bytes the stored hashes take, for the benchmark. */
    long allocatedBytes() {
        long bytes = 0;
        for (HashColumn level : levels) {
            bytes += level == null ? 0 : level.allocatedBytes();
        }
        return bytes;
    }

    private MerkleComputations computations() {
        // Read the size once: everything below it is complete and visible to this thread.
        return new MerkleComputations(storedSubtrees(), size);
    }
}
