package kz.egmis.ledger;

import java.util.Objects;
import java.util.Set;

/**
 * The leaf a database row should have, recomputed from that row now.
 *
 * @param ref  the row's id, as the leaf's {@code ref} names it
 * @param data the leaf data the row gives (see {@link LeafDocuments#matches} for the {@code "rows":null} wildcard)
 * @param row  the row for a report, e.g. {@code resource_version id 17 (his/Claim/c1 v2)}; no personal data
 * @param fieldsAsStored fields of the leaf the rows cannot give any more (they changed legitimately since), whose
 *                       stored values are accepted as they are
 */
public record ExpectedLeaf(long ref, String data, String row, Set<String> fieldsAsStored) {

    public ExpectedLeaf {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(row, "row");
        fieldsAsStored = Set.copyOf(fieldsAsStored);
    }

    /** A leaf the row gives entirely. */
    public ExpectedLeaf(long ref, String data, String row) {
        this(ref, data, row, Set.of());
    }
}
