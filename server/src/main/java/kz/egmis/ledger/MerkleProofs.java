package kz.egmis.ledger;

import java.security.MessageDigest;
import java.util.List;

/**
 * What an outside auditor runs: the verification algorithms of RFC 9162 sections 2.1.3.2
 * (inclusion) and 2.1.4.2 (consistency), step by step. They never throw: malformed input (nulls,
 * hashes of the wrong length, negative or impossible sizes, proofs too long or too short) is simply
 * not a proof, and they answer false.
 */
public final class MerkleProofs {

    /** No tree of at most 2^63 leaves needs a longer proof; longer ones are rejected at once. */
    private static final int LONGEST_PROOF = Long.SIZE;

    private MerkleProofs() {
    }

    /** Whether {@code proof} shows that the leaf of {@code leafHash} is leaf {@code index} of the tree. */
    public static boolean verifyInclusion(byte[] leafHash, long index, long treeSize, List<byte[]> proof,
            byte[] rootHash) {
        if (!MerkleHashes.isHash(leafHash) || !MerkleHashes.isHash(rootHash) || !isWellFormed(proof)) {
            return false;
        }
        if (index < 0 || index >= treeSize) {
            return false;
        }
        long fn = index;
        long sn = treeSize - 1;
        byte[] r = leafHash;
        for (byte[] p : proof) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = MerkleHashes.nodeHash(p, r);
                // A right edge without a sibling: climb until this node is a right child again.
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = MerkleHashes.nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(r, rootHash);
    }

    /**
     * Whether {@code proof} shows that the tree of size {@code second} extends the tree of size
     * {@code first}. Beyond RFC 9162, which covers 0 &lt; first &lt; second: equal sizes need equal
     * roots and an empty proof; from size 0 the proof is empty and the first root must be the
     * empty tree's hash ({@link MerkleHashes#emptyRootHash}), since every log extends the empty one.
     */
    public static boolean verifyConsistency(long first, long second, byte[] firstRoot, byte[] secondRoot,
            List<byte[]> proof) {
        if (!MerkleHashes.isHash(firstRoot) || !MerkleHashes.isHash(secondRoot) || !isWellFormed(proof)) {
            return false;
        }
        if (first < 0 || first > second) {
            return false;
        }
        if (first == second) {
            return proof.isEmpty() && MessageDigest.isEqual(firstRoot, secondRoot);
        }
        if (first == 0) {
            return proof.isEmpty() && MessageDigest.isEqual(firstRoot, MerkleHashes.emptyRootHash());
        }
        if (proof.isEmpty()) {
            return false;
        }
        // When the first tree is a perfect subtree of the second, the proof leaves out its root.
        boolean firstRootPrepended = Long.bitCount(first) == 1;
        long fn = first - 1;
        long sn = second - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = firstRootPrepended ? firstRoot : proof.get(0);
        byte[] sr = fr;
        for (int position = firstRootPrepended ? 0 : 1; position < proof.size(); position++) {
            byte[] c = proof.get(position);
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = MerkleHashes.nodeHash(c, fr);
                sr = MerkleHashes.nodeHash(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = MerkleHashes.nodeHash(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(fr, firstRoot) && MessageDigest.isEqual(sr, secondRoot);
    }

    private static boolean isWellFormed(List<byte[]> proof) {
        if (proof == null || proof.size() > LONGEST_PROOF) {
            return false;
        }
        try {
            for (byte[] element : proof) {
                if (!MerkleHashes.isHash(element)) {
                    return false;
                }
            }
            return true;
        } catch (RuntimeException unreadable) {
            // A list that refuses to be read (or holds nulls it cannot iterate) is no proof either.
            return false;
        }
    }
}
