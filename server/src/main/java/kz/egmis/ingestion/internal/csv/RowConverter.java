package kz.egmis.ingestion.internal.csv;

import java.time.Clock;

import kz.egmis.ingestion.domain.Conversion;
import kz.egmis.platform.SourceSystem;
import kz.egmis.reference.ReferenceCatalog;

/** Checks one row of a format and maps it to its canonical record. */
interface RowConverter {

    /** @param rawContent the row as decoded, kept as the evidence of an accepted record */
    Conversion convert(CsvFields fields, String rawContent);

    static RowConverter forFormat(CsvFormat format, SourceSystem source, ReferenceCatalog catalog, Clock clock) {
        return switch (format) {
            case DEATH_REGISTRY -> new DeathRegistryRows(source, clock);
            case ATTACHMENT_REGISTRY -> new AttachmentRegistryRows(source, clock);
            case LEGACY_SERVICES -> new LegacyServiceRows(source, catalog, clock);
        };
    }
}
