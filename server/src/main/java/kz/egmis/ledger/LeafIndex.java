package kz.egmis.ledger;

/** The position of a leaf in the log, counted from 0 in the order of appending. */
public record LeafIndex(long value) {

    /** @throws IllegalArgumentException when {@code value} is negative */
    public LeafIndex {
        if (value < 0) {
            throw new IllegalArgumentException("leaf index " + value + " is negative: leaves are counted from 0");
        }
    }

    public static LeafIndex of(long value) {
        return new LeafIndex(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
