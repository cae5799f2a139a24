package kz.egmis.ledger.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;

import kz.egmis.ledger.ExpectedLeaf;
import kz.egmis.ledger.LeafDocuments;
import kz.egmis.ledger.LeafSource;
import kz.egmis.ledger.MerkleHashes;
import kz.egmis.ledger.VerificationProblem;

/**
 * Merges the stored leaves of one kind (ordered by ref) with the leaves their rows give now (ordered by ref, from a
 * {@link LeafSource}), like a merge join: memory stays constant however many leaves there are. Also checks that
 * each stored leaf's hash is the hash of its data.
 */
final class LeafMerge implements LeafSource.Sink, AutoCloseable {

    private record StoredLeaf(long index, long ref, String data, byte[] hash) {

        /** leaf_hash is SHA-256(0x00 ‖ data): hashed here, where SHA-256 is several times cheaper than in SQL. */
        boolean hashMatches() {
            return hash != null && MessageDigest.isEqual(hash, MerkleHashes.leafHash(data.getBytes(StandardCharsets.UTF_8)));
        }
    }

    private final LeafSource source;
    private final Map<Long, String> queued;
    private final ProblemList problems;
    private final Stream<StoredLeaf> stream;
    private final Iterator<StoredLeaf> stored;
    private StoredLeaf next;
    private long lastExpectedRef = Long.MIN_VALUE;
    private long checked;

    /**
     * The stored leaves of the source's kind with refs in [firstRef, lastRef]. {@code queued}: leaves of this kind
     * still in ledger_queue (committed, not yet indexed), by ref; those a row claims are removed.
     */
    LeafMerge(JdbcTemplate jdbc, LeafSource source, long firstRef, long lastRef, Map<Long, String> queued,
              ProblemList problems) {
        this.source = source;
        this.queued = queued;
        this.problems = problems;
        this.stream = jdbc.queryForStream("select leaf_index, ref, data, leaf_hash from ledger_leaf where kind = ? "
                + "and ref between ? and ? order by ref", (row, number) -> new StoredLeaf(row.getLong(1), row.getLong(2),
                row.getString(3), row.getBytes(4)), source.kind(), firstRef, lastRef);
        this.stored = stream.iterator();
        this.next = advance();
    }

    @Override
    public void expected(ExpectedLeaf leaf) {
        if (leaf.ref() <= lastExpectedRef) {
            throw new IllegalStateException("the " + source.kind() + " source gave ref " + leaf.ref() + " after "
                    + lastExpectedRef + ": sources stream in ascending ref order");
        }
        lastExpectedRef = leaf.ref();
        while (next != null && next.ref() < leaf.ref()) {
            rowGone(next);
            next = advance();
        }
        if (next != null && next.ref() == leaf.ref()) {
            compare(next, leaf);
            next = advance();
            while (next != null && next.ref() == leaf.ref()) {
                problems.add(VerificationProblem.inserted("a second leaf for the same row: leaves were inserted",
                        leafName(next) + ", " + leaf.row()));
                next = advance();
            }
            return;
        }
        String pending = queued.remove(leaf.ref());
        if (pending == null) {
            problems.add(VerificationProblem.inserted("the row has no leaf: it was inserted without going through "
                    + "EGMIS, or its leaf was deleted", leaf.row()));
        } else if (!matches(pending, leaf)) {
            problems.add(VerificationProblem.altered("its leaf waiting in ledger_queue disagrees with it on "
                    + fields(pending, leaf) + ": the row or the queued leaf was altered", leaf.row()));
        }
    }

    @Override
    public void problem(VerificationProblem problem) {
        problems.add(problem);
    }

    /** Leaves after the last row are leaves whose rows are gone. */
    void finish() {
        while (next != null) {
            rowGone(next);
            next = advance();
        }
    }

    /** Stored leaves of this kind read so far. */
    long checked() {
        return checked;
    }

    @Override
    public void close() {
        stream.close();
    }

    private void compare(StoredLeaf leaf, ExpectedLeaf expected) {
        boolean sameData = matches(leaf.data(), expected);
        if (!leaf.hashMatches()) {
            problems.add(VerificationProblem.altered("the leaf's data no longer hashes to its leaf_hash: the leaf was "
                    + "altered" + (sameData ? "" : ", and it disagrees with its row on " + fields(leaf.data(), expected)),
                    leafName(leaf) + ", " + expected.row()));
        } else if (!sameData) {
            problems.add(VerificationProblem.altered("the row and its leaf disagree on " + fields(leaf.data(), expected)
                    + "; the row, or the leaf together with its hash, was altered", leafName(leaf) + ", " + expected.row()));
        }
    }

    private static boolean matches(String stored, ExpectedLeaf expected) {
        if (LeafDocuments.matches(stored, expected.data())) {
            return true;
        }
        // field by field only where the source accepts stored values, and only when it must (it is slower)
        return !expected.fieldsAsStored().isEmpty()
                && LeafFields.differences(stored, expected.data(), expected.fieldsAsStored()).isEmpty()
                && LeafFields.sameOrder(stored, expected.data());
    }

    private void rowGone(StoredLeaf leaf) {
        problems.add(VerificationProblem.deleted(leafName(leaf) + " names " + source.table() + " id " + leaf.ref()
                + ", which is gone: the row was deleted" + (leaf.hashMatches() ? "" : "; the leaf's data no longer hashes "
                + "to its leaf_hash either"), leafName(leaf) + ", " + source.table() + " id " + leaf.ref()));
    }

    private String fields(String stored, ExpectedLeaf expected) {
        List<String> differing = LeafFields.differences(stored, expected.data(), expected.fieldsAsStored());
        if (differing.isEmpty()) {
            return "the order or spelling of its fields";
        }
        return String.join(", ", differing.stream()
                .map(field -> field.startsWith("(") ? field : field + " (" + source.describeField(field) + ")").toList());
    }

    private StoredLeaf advance() {
        if (!stored.hasNext()) {
            return null;
        }
        checked++;
        return stored.next();
    }

    private static String leafName(StoredLeaf leaf) {
        return "leaf #" + leaf.index();
    }
}
