package kz.egmis.ingestion.internal.stream;

import java.io.InputStream;
import java.util.Arrays;

/** {@code length} bytes of 'x' and a line feed, then {@code tail}: a huge line that exists nowhere in memory. */
final class GeneratedLineStream extends InputStream {

    private final long length;
    private final byte[] tail;
    private long position;

    GeneratedLineStream(long length, byte[] tail) {
        this.length = length;
        this.tail = tail;
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] target, int offset, int count) {
        long total = length + 1 + tail.length;
        if (position >= total) {
            return -1;
        }
        int written = (int) Math.min(count, total - position);
        for (int index = 0; index < written; ) {
            long at = position + index;
            if (at < length) {
                int run = (int) Math.min(written - index, length - at);
                Arrays.fill(target, offset + index, offset + index + run, (byte) 'x');
                index += run;
            } else {
                target[offset + index] = at == length ? (byte) '\n' : tail[(int) (at - length - 1)];
                index++;
            }
        }
        position += written;
        return written;
    }
}
