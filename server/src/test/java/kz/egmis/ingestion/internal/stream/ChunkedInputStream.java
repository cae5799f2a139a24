package kz.egmis.ingestion.internal.stream;

import java.io.InputStream;

/** Hands out its bytes at most {@code chunk} at a time, as a network stream may, to put reads at every boundary. */
final class ChunkedInputStream extends InputStream {

    private final byte[] bytes;
    private final int chunk;
    private int position;
    boolean closed;

    ChunkedInputStream(byte[] bytes, int chunk) {
        this.bytes = bytes;
        this.chunk = chunk;
    }

    @Override
    public int read() {
        return position < bytes.length ? bytes[position++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] target, int offset, int length) {
        if (position == bytes.length) {
            return -1;
        }
        int count = Math.min(Math.min(length, chunk), bytes.length - position);
        System.arraycopy(bytes, position, target, offset, count);
        position += count;
        return count;
    }

    @Override
    public void close() {
        closed = true;
    }
}
