package kz.egmis.ledger;

/**
 * The hashes of perfect subtrees: subtree (level, index) holds the 2^level leaves from
 * index · 2^level, so level 0 are the leaf hashes. Every node a proof needs is one of these or is
 * composed of O(log n) of them (see {@link MerkleComputations}).
 */
interface PerfectSubtrees {

    /** The caller guarantees that all leaves of the subtree exist. */
    byte[] hash(int level, long index);
}
