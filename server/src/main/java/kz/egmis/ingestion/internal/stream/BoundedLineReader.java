package kz.egmis.ingestion.internal.stream;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Objects;

/**
 * Reads a stream of any size as lines of raw bytes, in constant memory: at most one buffer and one line of
 * {@code maxLineBytes}. A line ends at LF; a CR just before the LF is part of the terminator (CRLF), any other CR
 * belongs to the line. A last line without terminator counts; a terminator at the very end adds no empty line.
 *
 * <p>A line longer than {@code maxLineBytes} comes back as {@link Line#tooLong()} without its bytes: the reader
 * skips to its end without keeping it, so a 2 GB line costs no memory, and then carries on with the next line.
 *
 * <p>Not thread-safe. Decoding is the caller's business: line breaks are found in the bytes, which is right for
 * UTF-8, windows-1251 and every other ASCII-compatible charset.
 */
public final class BoundedLineReader implements Closeable {

    /** One line, numbered from 1, without its terminator; {@code bytes} is null when {@code tooLong}. */
    public record Line(long number, byte[] bytes, boolean tooLong) {
    }

    private static final int BUFFER_BYTES = 64 * 1024;
    private static final int FIRST_LINE_CAPACITY = 256;
    private static final byte LINE_FEED = '\n';
    private static final byte CARRIAGE_RETURN = '\r';
    private static final byte[] UTF_8_BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buffer = new byte[BUFFER_BYTES];
    private int position;
    private int limit;
    private boolean endOfStream;
    private long lineNumber;
    private boolean skipByteOrderMark;
    // Grows on demand up to maxLineBytes + 1 (room for the CR of a CRLF), never beyond.
    private byte[] line = new byte[FIRST_LINE_CAPACITY];
    private int lineLength;

    /**
     * @param maxLineBytes the longest line, without its terminator, returned with its bytes; at least 1
     */
    public BoundedLineReader(InputStream in, int maxLineBytes) {
        this.in = Objects.requireNonNull(in, "in");
        if (maxLineBytes < 1 || maxLineBytes == Integer.MAX_VALUE) {
            throw new IllegalArgumentException("maxLineBytes must be 1 to " + (Integer.MAX_VALUE - 1) + ", got " + maxLineBytes);
        }
        this.maxLineBytes = maxLineBytes;
    }

    /**
     * Drops a UTF-8 byte order mark (EF BB BF) at the very start of the stream, if there is one. Call it before
     * the first {@link #next()}; a BOM anywhere else, or when this is not called, stays part of the line.
     *
     * @return this reader
     * @throws IllegalStateException when a line has already been read
     */
    public BoundedLineReader skipUtf8ByteOrderMark() {
        if (lineNumber > 0 || position > 0) {
            throw new IllegalStateException("the byte order mark can only be skipped before the first line is read");
        }
        skipByteOrderMark = true;
        return this;
    }

    /** The next line, or null at the end of the stream. */
    public Line next() throws IOException {
        if (skipByteOrderMark) {
            skipByteOrderMark = false;
            dropByteOrderMark();
        }
        lineLength = 0;
        boolean tooLong = false;
        boolean started = false;
        while (true) {
            if (position == limit && !fill()) {
                return started ? finish(tooLong) : null;
            }
            started = true;
            int end = indexOfLineFeed(position, limit);
            int chunkEnd = end < 0 ? limit : end;
            // One spare byte: a CR at the end may turn out to belong to a CRLF and be stripped.
            if (!tooLong && lineLength + (chunkEnd - position) <= maxLineBytes + 1) {
                append(position, chunkEnd - position);
            } else {
                tooLong = true;
            }
            position = end < 0 ? limit : end + 1;
            if (end >= 0) {
                if (lineLength > 0 && line[lineLength - 1] == CARRIAGE_RETURN) {
                    lineLength--;
                }
                return finish(tooLong);
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private Line finish(boolean tooLong) {
        lineNumber++;
        if (tooLong || lineLength > maxLineBytes) {
            return new Line(lineNumber, null, true);
        }
        return new Line(lineNumber, Arrays.copyOf(line, lineLength), false);
    }

    private int indexOfLineFeed(int from, int to) {
        byte[] bytes = buffer;
        for (int index = from; index < to; index++) {
            if (bytes[index] == LINE_FEED) {
                return index;
            }
        }
        return -1;
    }

    private void append(int from, int length) {
        if (lineLength + length > line.length) {
            int wanted = Math.max(line.length * 2, lineLength + length);
            line = Arrays.copyOf(line, Math.min(wanted, maxLineBytes + 1));
        }
        System.arraycopy(buffer, from, line, lineLength, length);
        lineLength += length;
    }

    /** Refills the empty buffer; false at the end of the stream. */
    private boolean fill() throws IOException {
        if (endOfStream) {
            return false;
        }
        int read;
        do {
            read = in.read(buffer, 0, buffer.length);
        } while (read == 0);
        if (read < 0) {
            endOfStream = true;
            position = 0;
            limit = 0;
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }

    // A stream may deliver the three BOM bytes in separate reads, so gather them before deciding.
    private void dropByteOrderMark() throws IOException {
        while (limit - position < UTF_8_BYTE_ORDER_MARK.length && !endOfStream) {
            int read = in.read(buffer, limit, buffer.length - limit);
            if (read < 0) {
                endOfStream = true;
            } else {
                limit += read;
            }
        }
        if (limit - position >= UTF_8_BYTE_ORDER_MARK.length
                && Arrays.equals(buffer, position, position + UTF_8_BYTE_ORDER_MARK.length,
                        UTF_8_BYTE_ORDER_MARK, 0, UTF_8_BYTE_ORDER_MARK.length)) {
            position += UTF_8_BYTE_ORDER_MARK.length;
        }
    }
}
