package kz.egmis.ingestion.domain;

import java.util.Objects;

import kz.egmis.platform.SourceSystem;

/**
 * The identity of a record (standard, section 2): source system, type and the source's own id. The type is
 * a FHIR resource type, or for legacy rows that are not claims, the CSV format name.
 */
public record RecordKey(SourceSystem source, String type, String id) {

    public RecordKey {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }

    /** {@code <source>/<type>/<id>}, the form findings use to name records. */
    @Override
    public String toString() {
        return source.code() + "/" + type + "/" + id;
    }
}
