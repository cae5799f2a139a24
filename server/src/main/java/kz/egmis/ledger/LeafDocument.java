package kz.egmis.ledger;

import java.util.Objects;

/**
 * One leaf's data: JSON that commits to a change by SHA-256 and carries no personal data in the clear.
 * {@code kind} and {@code ref} name the database row the leaf is about, so that {@code verify} can recompute
 * the leaf from that row.
 */
public record LeafDocument(String kind, long ref, String data) {

    public LeafDocument {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(data, "data");
    }
}
