package kz.egmis.ledger;

import java.util.function.Consumer;

/**
 * The rows behind the leaves of one kind, for {@code verify}: the feature that writes the rows (and their leaves)
 * recomputes from them, now, the leaf each row should have. The verifier merges these with the stored leaves, so
 * a row without a leaf, a leaf without a row and a leaf that differs from its row all show.
 *
 * <p>The verifier splits the refs into ranges and asks for several at once, each on its own thread and connection,
 * all in one database snapshot. Read with a fetch size and hold nothing per row: there may be millions.
 */
public interface LeafSource {

    /** The {@link LeafDocument#kind()} of the leaves this source recomputes. */
    String kind();

    /** The table whose id a leaf's {@code ref} names, e.g. {@code resource_version}. */
    String table();

    /**
     * Streams the expected leaf of every row whose ref is within [firstRef, lastRef], in ascending ref order without
     * repeats, and reports what is wrong with rows that belong to those refs but have no leaf of their own (e.g.
     * canonical rows carrying the id of a version that is not current).
     */
    void expectedLeaves(long firstRef, long lastRef, Sink sink);

    /** Once per verify: problems of rows that belong to no ref at all (e.g. a child row whose parent is gone). */
    default void checkRowsOfNoRef(Consumer<VerificationProblem> problems) {
    }

    /** The column or rows behind a field of the leaf data, for a report: {@code raw} is {@code raw_content}. */
    default String describeField(String field) {
        return field;
    }

    /** Where a source puts what it finds. */
    interface Sink {

        void expected(ExpectedLeaf leaf);

        void problem(VerificationProblem problem);
    }
}
