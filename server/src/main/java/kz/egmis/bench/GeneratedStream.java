package kz.egmis.bench;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;

/** An NDJSON body made on the fly from a line generator, so a load of any size needs no file and no memory. */
final class GeneratedStream extends InputStream {

    private final Iterator<String> lines;
    private long remaining;
    private byte[] current = new byte[0];
    private int position;

    GeneratedStream(Iterator<String> lines, long count) {
        this.lines = lines;
        this.remaining = count;
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (position == current.length) {
            if (remaining == 0) {
                return -1;
            }
            remaining--;
            current = (lines.next() + "\n").getBytes(StandardCharsets.UTF_8);
            position = 0;
        }
        int copied = Math.min(length, current.length - position);
        System.arraycopy(current, position, buffer, offset, copied);
        position += copied;
        return copied;
    }
}
