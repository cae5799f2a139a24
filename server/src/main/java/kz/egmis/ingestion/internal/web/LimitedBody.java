package kz.egmis.ingestion.internal.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Reads a request body up to a limit, so an oversized /fhir request is refused with 413, not buffered. */
final class LimitedBody {

    static final class TooLarge extends Exception {
        TooLarge(long limit) {
            super("The request body is larger than " + limit + " bytes, the limit of /fhir requests: "
                    + "split the Bundle, or send the resources as NDJSON to /ingest/ndjson.");
        }
    }

    private LimitedBody() {
    }

    static String read(InputStream body, long declaredLength, long limit) throws IOException, TooLarge {
        if (declaredLength > limit) {
            throw new TooLarge(limit);
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(declaredLength > 0 ? (int) declaredLength : 8192);
        byte[] chunk = new byte[65536];
        long total = 0;
        for (int read; (read = body.read(chunk)) != -1; ) {
            total += read;
            if (total > limit) {
                throw new TooLarge(limit);
            }
            buffer.write(chunk, 0, read);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
