package kz.egmis.ledger;

import java.util.Arrays;

/**
 * An append-only sequence of 32-byte hashes in chunks of 256 KiB, so that no single array limits
 * the log (a Java array holds at most 2^31 bytes, 67 million hashes). Chunks stay below half of
 * G1's smallest region: larger ones become "humongous" objects, each wasting up to a region. The
 * first chunk starts small and doubles, so the short columns of the upper levels cost little.
 *
 * <p>One appender; readers may read concurrently any index below a count the appender published
 * afterwards through a volatile write (see {@link MerkleTreeLevels}). Growing replaces the chunk
 * table, which is volatile, so a reader sees a table at least as new as that count.
 */
final class HashColumn {

    private static final int HASH = MerkleHashes.HASH_LENGTH;
    private static final int CHUNK_SHIFT = 13;
    private static final int HASHES_PER_CHUNK = 1 << CHUNK_SHIFT;
    private static final int FIRST_CHUNK_HASHES = 16;

    private volatile byte[][] chunks = {new byte[FIRST_CHUNK_HASHES * HASH]};
    private long count;

    long count() {
        return count;
    }

    void append(byte[] hash, int offset) {
        ensureRoomForOne();
        System.arraycopy(hash, offset, chunk(count), offset(count), HASH);
        count++;
    }

    /** Appends the node hash of hashes {@code leftChild} and {@code leftChild + 1} of {@code children}. */
    void appendParentOf(HashColumn children, long leftChild) {
        ensureRoomForOne();
        // An even index and its successor always share a chunk: chunks hold an even number of hashes.
        byte[] childChunk = children.chunk(leftChild);
        int leftOffset = offset(leftChild);
        MerkleHashes.nodeHash(childChunk, leftOffset, childChunk, leftOffset + HASH, chunk(count), offset(count));
        count++;
    }

    byte[] get(long index) {
        return Arrays.copyOfRange(chunk(index), offset(index), offset(index) + HASH);
    }

    /** Copies hashes [start, start + count) into {@code buffer} from {@code bufferOffset}. */
    void read(long start, int hashCount, byte[] buffer, int bufferOffset) {
        long next = start;
        int written = 0;
        while (written < hashCount) {
            int inThisChunk = Math.min(hashCount - written, HASHES_PER_CHUNK - (int) (next & (HASHES_PER_CHUNK - 1)));
            System.arraycopy(chunk(next), offset(next), buffer, bufferOffset + written * HASH, inThisChunk * HASH);
            written += inThisChunk;
            next += inThisChunk;
        }
    }

    /** Bytes held, including room not yet used. */
    long allocatedBytes() {
        long bytes = 0;
        for (byte[] chunk : chunks) {
            bytes += chunk.length;
        }
        return bytes;
    }

    private byte[] chunk(long index) {
        return chunks[(int) (index >>> CHUNK_SHIFT)];
    }

    private static int offset(long index) {
        return (int) (index & (HASHES_PER_CHUNK - 1)) * HASH;
    }

    private void ensureRoomForOne() {
        byte[][] current = chunks;
        int chunkIndex = (int) (count >>> CHUNK_SHIFT);
        if (chunkIndex == current.length) {
            byte[][] grown = Arrays.copyOf(current, chunkIndex + 1);
            grown[chunkIndex] = new byte[HASHES_PER_CHUNK * HASH];
            chunks = grown;
        } else if (chunkIndex == 0 && offset(count) == current[0].length) {
            // Still in the first chunk, which is full: double it (copying leaves readers a valid old one).
            byte[][] grown = current.clone();
            grown[0] = Arrays.copyOf(current[0], Math.min(current[0].length * 2, HASHES_PER_CHUNK * HASH));
            chunks = grown;
        }
    }
}
