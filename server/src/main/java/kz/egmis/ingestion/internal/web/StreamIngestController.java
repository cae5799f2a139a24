package kz.egmis.ingestion.internal.web;

import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.http.ResponseEntity;

import kz.egmis.ingestion.internal.IngestionSettings;
import kz.egmis.ingestion.internal.NdjsonIngestion;
import kz.egmis.ingestion.internal.StreamIngestion;
import kz.egmis.ingestion.internal.csv.CsvFormat;
import kz.egmis.ingestion.internal.csv.CsvHeaderException;
import kz.egmis.ingestion.internal.csv.CsvIngestReader;
import kz.egmis.ingestion.internal.store.RecordStore;
import kz.egmis.platform.SourceSystem;
import kz.egmis.reference.ReferenceCatalog;
import kz.egmis.security.Caller;
import kz.egmis.platform.ApiErrors;

/**
 * {@code POST /ingest/ndjson} and {@code POST /ingest/csv/{format}}: bodies of any size read as streams, one
 * line or row at a time, answered with the summary once everything accepted is stored.
 */
@RestController
class StreamIngestController {

    private final RecordStore store;
    private final IngestionSettings settings;
    private final NdjsonIngestion ndjson;
    private final ReferenceCatalog catalog;
    private final Clock clock;

    StreamIngestController(RecordStore store, IngestionSettings settings, NdjsonIngestion ndjson,
                           ReferenceCatalog catalog, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.ndjson = ndjson;
        this.catalog = catalog;
        this.clock = clock;
    }

    @PostMapping("/ingest/ndjson")
    ResponseEntity<Object> ndjson(HttpServletRequest request) throws IOException {
        SourceSystem source = Caller.of(request).requiredSourceSystem();
        return ResponseEntity.ok(ndjson.ingest(source, request.getInputStream(), origin(request, "ndjson")));
    }

    @PostMapping("/ingest/csv/{format}")
    ResponseEntity<Object> csv(@PathVariable String format, HttpServletRequest request) throws IOException {
        Optional<CsvFormat> known = CsvFormat.fromPathName(format);
        if (known.isEmpty()) {
            return ApiErrors.of(404, "CSV_FORMAT_UNKNOWN", "There is no CSV format '" + format + "': use one of "
                    + String.join(", ", CsvFormat.pathNames()) + ".");
        }
        SourceSystem source = Caller.of(request).requiredSourceSystem();
        StreamIngestion ingestion = new StreamIngestion(store, settings.batchSize(), "csv", origin(request, format));
        try {
            CsvIngestReader.read(known.get(), request.getInputStream(), source, settings.maximumLineBytes(), catalog,
                    clock, row -> ingestion.add(row.line(), row.conversion()));
        } catch (CsvHeaderException badHeader) {
            return ApiErrors.of(400, "CSV_HEADER_INVALID", badHeader.getMessage());
        }
        return ResponseEntity.ok(ingestion.finish());
    }

    /** Where the records came from: the sender's file name when it gives one, and this request. */
    private static String origin(HttpServletRequest request, String transport) {
        String fileName = request.getHeader("X-File-Name");
        String requestId = UUID.randomUUID().toString();
        if (fileName == null || fileName.isBlank()) {
            return transport + " request " + requestId;
        }
        String clean = fileName.replaceAll("\\p{Cntrl}", "?");
        return transport + " file " + clean.substring(0, Math.min(200, clean.length())) + " request " + requestId;
    }
}
