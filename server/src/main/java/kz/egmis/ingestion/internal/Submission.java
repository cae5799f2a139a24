package kz.egmis.ingestion.internal;

import kz.egmis.ingestion.domain.CanonicalRecord;
import kz.egmis.ingestion.domain.Conversion;

/**
 * An accepted record on its way to storage, with where it came from: transport ({@code fhir}, {@code ndjson},
 * {@code csv}), the request or file, and the line (null for a single FHIR request).
 */
public record Submission(CanonicalRecord record, String canonicalContent, String rawContent, String transport,
                         String origin, Long line) {

    public static Submission of(Conversion accepted, String transport, String origin, Long line) {
        if (!accepted.isAccepted()) {
            throw new IllegalArgumentException("only accepted conversions are stored");
        }
        return new Submission(accepted.record(), accepted.canonicalContent(), accepted.rawContent(), transport, origin,
                line);
    }
}
