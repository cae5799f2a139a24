package kz.egmis.ledger;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * The tests' oracle: RFC 9162 section 2.1 transcribed literally, recursing over the data entries
 * D[n] with sublists, hashing with its own SHA-256 rather than {@link MerkleHashes}. Slow by design
 * (every call rehashes the leaves it needs), and obviously right by being the RFC's text.
 */
final class ReferenceMerkleTree {

    private final List<byte[]> entries;
    private final MessageDigest sha256;

    ReferenceMerkleTree(List<byte[]> entries) {
        this.entries = List.copyOf(entries);
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new AssertionError(impossible);
        }
    }

    /** MTH(D[0:n]). */
    byte[] rootHash(int n) {
        return mth(entries.subList(0, n));
    }

    /** PATH(m, D[0:n]). */
    List<byte[]> inclusionProof(int m, int n) {
        return path(m, entries.subList(0, n));
    }

    /** PROOF(m, D[0:n]) = SUBPROOF(m, D[0:n], true). */
    List<byte[]> consistencyProof(int m, int n) {
        return subproof(m, entries.subList(0, n), true);
    }

    private byte[] leafHash(byte[] entry) {
        return sha256(new byte[] {0x00}, entry);
    }

    // MTH({}) = SHA-256(); MTH({d(0)}) = SHA-256(0x00 || d(0));
    // MTH(D[n]) = SHA-256(0x01 || MTH(D[0:k]) || MTH(D[k:n])), k the largest power of two < n.
    private byte[] mth(List<byte[]> d) {
        int n = d.size();
        if (n == 0) {
            return sha256();
        }
        if (n == 1) {
            return leafHash(d.get(0));
        }
        int k = largestPowerOfTwoSmallerThan(n);
        return sha256(new byte[] {0x01}, mth(d.subList(0, k)), mth(d.subList(k, n)));
    }

    // PATH(0, {d(0)}) = {}; for m < k: PATH(m, D[0:k]) : MTH(D[k:n]); for m >= k: PATH(m - k, D[k:n]) : MTH(D[0:k]).
    private List<byte[]> path(int m, List<byte[]> d) {
        int n = d.size();
        if (n == 1) {
            return new ArrayList<>();
        }
        int k = largestPowerOfTwoSmallerThan(n);
        List<byte[]> result;
        if (m < k) {
            result = path(m, d.subList(0, k));
            result.add(mth(d.subList(k, n)));
        } else {
            result = path(m - k, d.subList(k, n));
            result.add(mth(d.subList(0, k)));
        }
        return result;
    }

    // SUBPROOF(m, D[m], true) = {}; SUBPROOF(m, D[m], false) = {MTH(D[m])};
    // for m <= k: SUBPROOF(m, D[0:k], b) : MTH(D[k:n]); for m > k: SUBPROOF(m - k, D[k:n], false) : MTH(D[0:k]).
    private List<byte[]> subproof(int m, List<byte[]> d, boolean b) {
        int n = d.size();
        if (m == n) {
            List<byte[]> result = new ArrayList<>();
            if (!b) {
                result.add(mth(d));
            }
            return result;
        }
        int k = largestPowerOfTwoSmallerThan(n);
        List<byte[]> result;
        if (m <= k) {
            result = subproof(m, d.subList(0, k), b);
            result.add(mth(d.subList(k, n)));
        } else {
            result = subproof(m - k, d.subList(k, n), false);
            result.add(mth(d.subList(0, k)));
        }
        return result;
    }

    private static int largestPowerOfTwoSmallerThan(int n) {
        int k = 1;
        while (k * 2 < n) {
            k *= 2;
        }
        return k;
    }

    /** Not thread-safe: one digest per tree, used by one test at a time. */
    private byte[] sha256(byte[]... parts) {
        for (byte[] part : parts) {
            sha256.update(part);
        }
        return sha256.digest();
    }
}
