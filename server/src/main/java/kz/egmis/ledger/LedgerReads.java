package kz.egmis.ledger;

import java.util.List;
import java.util.Optional;

/** The ledger as other features show it (the web interface's ledger page): what the public ledger paths serve. */
public interface LedgerReads {

    /** A leaf: its index, its data as stored (JSON text) and its leaf hash in hex. */
    record Leaf(long index, String data, String leafHashHex) {
    }

    /** The head covering every change acknowledged before the call (writes nothing). */
    SignedTreeHead latestHead();

    Optional<Leaf> leaf(long index);

    /** The audit path (hex hashes) of leaf {@code index} in the tree of {@code treeSize} leaves. */
    List<String> inclusionProof(long index, long treeSize);
}
