package kz.egmis.ingestion.internal.csv;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes one line strictly: bytes that are not valid in the charset become U+FFFD and are reported, so a row
 * with them is rejected instead of being stored with wrong letters.
 */
final class LineDecoder {

    /** The text, and the first invalid byte (its 0-based offset and value), or -1 when there was none. */
    record Decoded(String text, int invalidOffset, int invalidByte) {

        boolean valid() {
            return invalidOffset < 0;
        }
    }

    private static final char REPLACEMENT = '\uFFFD';

    private final CharsetDecoder decoder;

    LineDecoder(Charset charset) {
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    Decoded decode(byte[] bytes) {
        // Most lines are ASCII, which reads the same in UTF-8 and windows-1251 and needs no decoder.
        if (isAscii(bytes)) {
            return new Decoded(new String(bytes, StandardCharsets.ISO_8859_1), -1, -1);
        }
        decoder.reset();
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        int invalidOffset = -1;
        int invalidByte = -1;
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                if (invalidOffset < 0) {
                    invalidOffset = in.position();
                    invalidByte = bytes[in.position()] & 0xFF;
                }
                out = room(out);
                out.put(REPLACEMENT);
                in.position(in.position() + result.length());
            } else if (result.isOverflow()) {
                out = room(out);
            } else if (decoder.flush(out).isOverflow()) {
                out = room(out);
            } else {
                break;
            }
        }
        out.flip();
        return new Decoded(out.toString(), invalidOffset, invalidByte);
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte value : bytes) {
            if (value < 0) {
                return false;
            }
        }
        return true;
    }

    private static CharBuffer room(CharBuffer out) {
        if (out.hasRemaining()) {
            return out;
        }
        CharBuffer larger = CharBuffer.allocate(out.capacity() * 2 + 16);
        out.flip();
        return larger.put(out);
    }
}
