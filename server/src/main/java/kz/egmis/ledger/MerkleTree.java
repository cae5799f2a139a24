package kz.egmis.ledger;

import java.util.List;
import java.util.Objects;

/**
 * Roots and proofs (RFC 9162 section 2.1) over the leaf hashes of any {@link LeafHashSource}. Each
 * perfect subtree a proof needs is hashed from its leaves, so a call costs O(n) hashing and leaf
 * reads; a {@link MerkleTreeLevels} source answers from its stored subtrees in O(log n) instead.
 * For large logs, keep a {@link MerkleTreeLevels} (load it with {@link MerkleTreeLevels#of}).
 */
public final class MerkleTree {

    private final LeafHashSource source;

    public MerkleTree(LeafHashSource source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    /** MTH of the first {@code treeSize} leaves. */
    public byte[] rootHash(TreeSize treeSize) {
        return computations().rootHash(treeSize);
    }

    /** RFC 9162 PATH(index, D[treeSize]), leaf end first. */
    public List<byte[]> inclusionProof(LeafIndex index, TreeSize treeSize) {
        return computations().inclusionProof(index, treeSize);
    }

    /** RFC 9162 PROOF(first, D[second]); empty when first is 0 or equals second. */
    public List<byte[]> consistencyProof(TreeSize first, TreeSize second) {
        return computations().consistencyProof(first, second);
    }

    private MerkleComputations computations() {
        if (source instanceof MerkleTreeLevels levels) {
            return new MerkleComputations(levels.storedSubtrees(), levels.size());
        }
        return new MerkleComputations(new LeafSubtrees(source), source.size());
    }
}
