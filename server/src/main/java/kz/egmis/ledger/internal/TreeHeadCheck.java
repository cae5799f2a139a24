package kz.egmis.ledger.internal;

import java.security.MessageDigest;
import java.time.Instant;
import java.util.Iterator;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;

import kz.egmis.ledger.MerkleHashes;
import kz.egmis.ledger.RunningMerkleRoot;
import kz.egmis.ledger.SignedTreeHead;
import kz.egmis.ledger.SignedTreeHeads;
import kz.egmis.ledger.VerificationProblem;

/**
 * Rebuilds the tree from the stored leaf hashes in index order, keeping only its right edge, and checks every
 * signed tree head on the way: its root at its size, its signature and its key. The leaf hashes themselves are
 * checked against the leaves' data by {@link LeafMerge}; together every leaf is tied to every head.
 */
final class TreeHeadCheck {

    private record StoredHead(long id, long treeSize, String rootHash, long issuedAt, String signature, String keyId) {
    }

    private final JdbcTemplate jdbc;
    private final byte[] publicKey;
    private final ProblemList problems;
    private long leaves;
    private long heads;
    private long laterRootMismatches;
    private StoredHead firstRootMismatch;

    /** {@code publicKey}: the ledger key's X.509 encoding, or null when it could not be read (signatures unchecked). */
    TreeHeadCheck(JdbcTemplate jdbc, byte[] publicKey, ProblemList problems) {
        this.jdbc = jdbc;
        this.publicKey = publicKey;
        this.problems = problems;
    }

    void run() {
        RunningMerkleRoot tree = new RunningMerkleRoot();
        try (Stream<StoredHead> headRows = jdbc.queryForStream("select id, tree_size, root_hash, issued_at, signature, "
                + "key_id from ledger_tree_head order by tree_size, id", (row, number) -> new StoredHead(row.getLong(1),
                row.getLong(2), row.getString(3), row.getLong(4), row.getString(5), row.getString(6)));
             Stream<Object[]> leafRows = jdbc.queryForStream("select leaf_index, leaf_hash from ledger_leaf "
                     + "order by leaf_index", (row, number) -> new Object[] {row.getLong(1), row.getBytes(2)})) {
            Iterator<StoredHead> headIterator = headRows.iterator();
            StoredHead head = checkHeadsAt(tree, headIterator, headIterator.hasNext() ? headIterator.next() : null);
            Iterator<Object[]> leafIterator = leafRows.iterator();
            while (leafIterator.hasNext()) {
                Object[] leaf = leafIterator.next();
                append(tree, (Long) leaf[0], (byte[]) leaf[1]);
                head = checkHeadsAt(tree, headIterator, head);
            }
            while (head != null) {
                heads++;
                problems.add(VerificationProblem.deleted("the head covers " + head.treeSize() + " leaves but the log "
                        + "holds " + tree.size() + ": leaves were deleted", headName(head)));
                head = headIterator.hasNext() ? headIterator.next() : null;
            }
        }
        if (laterRootMismatches > 0) {
            problems.add(VerificationProblem.altered(laterRootMismatches + " later tree heads do not match the rebuilt "
                    + "tree either (a leaf before their size was altered)", "tree heads after " + headName(firstRootMismatch)));
        }
    }

    long leaves() {
        return leaves;
    }

    long heads() {
        return heads;
    }

    private void append(RunningMerkleRoot tree, long index, byte[] hash) {
        if (index != leaves) {
            problems.add(index > leaves
                    ? VerificationProblem.deleted("leaves #" + leaves + (index - 1 > leaves ? " to #" + (index - 1) : "")
                            + " are missing: the indexes jump from #" + (leaves - 1) + " to #" + index, "ledger_leaf")
                    : VerificationProblem.inserted("leaf #" + index + " comes after #" + (leaves - 1), "ledger_leaf"));
            leaves = index;
        }
        leaves++;
        if (hash == null || hash.length != MerkleHashes.HASH_LENGTH) {
            problems.add(VerificationProblem.altered("its leaf_hash is not a SHA-256 hash", "leaf #" + index));
            hash = new byte[MerkleHashes.HASH_LENGTH];
        }
        tree.append(hash);
    }

    /** Checks every head of the tree's current size; answers the first head of a larger size. */
    private StoredHead checkHeadsAt(RunningMerkleRoot tree, Iterator<StoredHead> iterator, StoredHead head) {
        byte[] root = null;
        while (head != null && head.treeSize() == tree.size()) {
            root = root == null ? tree.rootHash() : root;
            check(head, root);
            head = iterator.hasNext() ? iterator.next() : null;
        }
        return head;
    }

    private void check(StoredHead stored, byte[] root) {
        heads++;
        SignedTreeHead head;
        try {
            head = new SignedTreeHead(stored.treeSize(), stored.rootHash(), stored.issuedAt(), stored.signature(),
                    stored.keyId());
        } catch (IllegalArgumentException malformed) {
            problems.add(VerificationProblem.altered("the head is malformed (" + malformed.getMessage() + ")",
                    headName(stored)));
            return;
        }
        boolean rootMatches = MessageDigest.isEqual(head.rootHashBytes(), root);
        if (publicKey != null && !SignedTreeHeads.verify(head, publicKey)) {
            String key = SignedTreeHeads.keyId(publicKey);
            problems.add(VerificationProblem.altered(head.keyId().equals(key)
                    ? "its signature does not verify: the head's size, root hash, time or signature was altered"
                            + (rootMatches ? "" : " (its root hash does not match the rebuilt tree either)")
                    : "it names key " + head.keyId() + ", not the ledger's key " + key + ": it was not signed by this "
                            + "ledger", headName(stored)));
        } else if (!rootMatches) {
            if (firstRootMismatch == null) {
                firstRootMismatch = stored;
                problems.add(VerificationProblem.altered("its root hash differs from the tree rebuilt from the stored "
                        + "leaves: a leaf before #" + stored.treeSize() + " was altered, inserted or deleted after the "
                        + "head was signed", headName(stored)));
            } else {
                laterRootMismatches++;
            }
        }
    }

    private static String headName(StoredHead head) {
        return "tree head id " + head.id() + " (size " + head.treeSize() + ", issued " + Instant.ofEpochMilli(
                head.issuedAt()) + ")";
    }
}
