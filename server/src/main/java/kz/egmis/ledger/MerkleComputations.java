package kz.egmis.ledger;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * RFC 9162 section 2.1 (MTH, PATH, PROOF/SUBPROOF) walked top-down instead of recursively, over
 * perfect subtree hashes. Every range the RFC's recursion visits, [start, end), starts at a
 * multiple of the power of two at or above its length, so its hash is a fold of at most 63
 * perfect subtrees. A proof holds at most one such composed node (on the tree's right edge, after
 * which the walk stays inside a perfect subtree); the rest are perfect subtrees themselves. So a
 * proof costs O(log n) lookups and hashes when the perfect subtrees are stored.
 */
final class MerkleComputations {

    private final PerfectSubtrees subtrees;
    private final long available;

    /** @param available how many leaves {@code subtrees} covers */
    MerkleComputations(PerfectSubtrees subtrees, long available) {
        this.subtrees = subtrees;
        this.available = available;
    }

    byte[] rootHash(TreeSize treeSize) {
        requireAvailable(treeSize);
        return rangeHash(0, treeSize.value());
    }

    /** PATH(index, D[treeSize]): the sibling hashes from the leaf up to the root. */
    List<byte[]> inclusionProof(LeafIndex index, TreeSize treeSize) {
        requireAvailable(treeSize);
        if (!treeSize.contains(index)) {
            throw new IllegalArgumentException("leaf " + index + " is not in the tree of size " + treeSize);
        }
        List<byte[]> path = new ArrayList<>(Long.SIZE);
        long start = 0;
        long end = treeSize.value();
        while (end - start > 1) {
            long split = start + Long.highestOneBit(end - start - 1);
            if (index.value() < split) {
                path.add(rangeHash(split, end));
                end = split;
            } else {
                path.add(rangeHash(start, split));
                start = split;
            }
        }
        Collections.reverse(path);
        return Collections.unmodifiableList(path);
    }

    /**
     * PROOF(first, D[second]), the SUBPROOF recursion top-down. Empty when first == second, and
     * when first == 0: RFC 9162 defines proofs for 0 < first < second only, and every log extends
     * the empty one, so {@link MerkleProofs#verifyConsistency} accepts an empty proof from size 0.
     */
    List<byte[]> consistencyProof(TreeSize first, TreeSize second) {
        requireAvailable(second);
        if (first.value() > second.value()) {
            throw new IllegalArgumentException("tree size " + first + " is larger than " + second
                    + ": a consistency proof goes from an earlier tree to a later one");
        }
        long firstSize = first.value();
        if (firstSize == 0 || firstSize == second.value()) {
            return List.of();
        }
        List<byte[]> proof = new ArrayList<>(Long.SIZE);
        long start = 0;
        long end = second.value();
        boolean firstTreeIsWholeSegment = true;
        while (firstSize != end) {
            long split = start + Long.highestOneBit(end - start - 1);
            if (firstSize <= split) {
                proof.add(rangeHash(split, end));
                end = split;
            } else {
                proof.add(rangeHash(start, split));
                start = split;
                firstTreeIsWholeSegment = false;
            }
        }
        // SUBPROOF(m, D[m], false) = {MTH(D[m])}: the verifier cannot know this subtree otherwise.
        if (!firstTreeIsWholeSegment) {
            proof.add(rangeHash(start, end));
        }
        Collections.reverse(proof);
        return Collections.unmodifiableList(proof);
    }

    /** MTH(D[start:end]) for a range the recursion visits; the empty range is the empty tree. */
    private byte[] rangeHash(long start, long end) {
        long size = end - start;
        if (size == 0) {
            return MerkleHashes.emptyRootHash();
        }
        // The pieces shrink left to right, so the rightmost is the lowest set bit: fold leftwards.
        byte[] folded = null;
        long pieceEnd = end;
        for (int level = 0; level < Long.SIZE - 1; level++) {
            if ((size & (1L << level)) != 0) {
                long pieceStart = pieceEnd - (1L << level);
                if ((pieceStart & ((1L << level) - 1)) != 0) {
                    throw new IllegalStateException("range [" + start + ", " + end + ") is not one the RFC's recursion visits");
                }
                byte[] piece = subtrees.hash(level, pieceStart >>> level);
                folded = folded == null ? piece : MerkleHashes.nodeHash(piece, folded);
                pieceEnd = pieceStart;
            }
        }
        return folded;
    }

    private void requireAvailable(TreeSize treeSize) {
        if (treeSize.value() > available) {
            throw new IllegalArgumentException("tree size " + treeSize + " is larger than the log, which holds "
                    + available + " leaves");
        }
    }
}
