package kz.egmis.ledger;

import java.util.Arrays;

/**
 * Perfect subtree hashes computed from the leaf hashes of a {@link LeafHashSource}: O(2^level)
 * hashing per subtree, reading leaves in batches, with a stack of one hash per level.
 */
final class LeafSubtrees implements PerfectSubtrees {

    private static final int HASH = MerkleHashes.HASH_LENGTH;
    private static final int LEAVES_PER_READ = 1024;

    private final LeafHashSource source;

    LeafSubtrees(LeafHashSource source) {
        this.source = source;
    }

    @Override
    public byte[] hash(int level, long index) {
        long firstLeaf = index << level;
        long leafCount = 1L << level;
        byte[] batch = new byte[(int) Math.min(leafCount, LEAVES_PER_READ) * HASH];
        // Pending roots of completed smaller subtrees, left to right; at most one per level.
        byte[] stack = new byte[(level + 1) * HASH];
        int depth = 0;
        long done = 0;
        while (done < leafCount) {
            int count = (int) Math.min(LEAVES_PER_READ, leafCount - done);
            source.readLeafHashes(firstLeaf + done, count, batch, 0);
            for (int leaf = 0; leaf < count; leaf++) {
                System.arraycopy(batch, leaf * HASH, stack, depth * HASH, HASH);
                depth++;
                done++;
                // The k-th leaf closes as many subtrees as k has trailing zero bits.
                for (long closed = done; (closed & 1) == 0; closed >>>= 1) {
                    MerkleHashes.nodeHash(stack, (depth - 2) * HASH, stack, (depth - 1) * HASH, stack, (depth - 2) * HASH);
                    depth--;
                }
            }
        }
        return Arrays.copyOf(stack, HASH);
    }
}
