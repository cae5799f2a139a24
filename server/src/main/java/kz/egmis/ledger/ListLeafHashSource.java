package kz.egmis.ledger;

import java.util.List;
import java.util.Objects;

/** Leaf hashes in a list; the list is read, never copied, so later additions show. */
final class ListLeafHashSource implements LeafHashSource {

    private final List<byte[]> leafHashes;

    ListLeafHashSource(List<byte[]> leafHashes) {
        this.leafHashes = Objects.requireNonNull(leafHashes, "leafHashes");
    }

    @Override
    public long size() {
        return leafHashes.size();
    }

    @Override
    public byte[] leafHash(long index) {
        Objects.checkIndex(index, (long) leafHashes.size());
        byte[] hash = leafHashes.get((int) index);
        if (!MerkleHashes.isHash(hash)) {
            throw new IllegalStateException("leaf " + index + " has no " + MerkleHashes.HASH_LENGTH + "-byte hash");
        }
        return hash.clone();
    }
}
