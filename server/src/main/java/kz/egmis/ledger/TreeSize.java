package kz.egmis.ledger;

/** How many leaves a version of the log holds; the tree of size n is made of leaves 0 to n - 1. */
public record TreeSize(long value) {

    public static final TreeSize EMPTY = new TreeSize(0);

    /** @throws IllegalArgumentException when {@code value} is negative */
    public TreeSize {
        if (value < 0) {
            throw new IllegalArgumentException("tree size " + value + " is negative");
        }
    }

    public static TreeSize of(long value) {
        return new TreeSize(value);
    }

    public boolean contains(LeafIndex index) {
        return index.value() < value;
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
