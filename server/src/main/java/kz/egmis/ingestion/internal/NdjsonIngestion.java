package kz.egmis.ingestion.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;

import org.springframework.stereotype.Component;

import kz.egmis.ingestion.IngestionSummary;
import kz.egmis.ingestion.domain.Conversion;
import kz.egmis.ingestion.internal.fhir.FhirJson;
import kz.egmis.ingestion.internal.fhir.FhirResourceConverter;
import kz.egmis.ingestion.internal.fhir.ParsedResource;
import kz.egmis.ingestion.internal.store.RecordStore;
import kz.egmis.ingestion.internal.stream.BoundedLineReader;
import kz.egmis.platform.SourceSystem;

/**
 * An NDJSON stream (one FHIR resource per line, each with its own id): lines are parsed and converted on every
 * core, stored a batch per transaction, and answered with the summary. A line that is too long, not JSON or
 * not valid is rejected with its number; the rest goes on.
 */
@Component
public class NdjsonIngestion {

    private static final int LINES_PER_CHUNK = 250;

    private final FhirJson json;
    private final FhirResourceConverter converter;
    private final RecordStore store;
    private final IngestionSettings settings;
    private final ExecutorService conversionPool;

    NdjsonIngestion(FhirJson json, FhirResourceConverter converter, RecordStore store, IngestionSettings settings,
                    ExecutorService conversionPool) {
        this.json = json;
        this.converter = converter;
        this.store = store;
        this.settings = settings;
        this.conversionPool = conversionPool;
    }

    private record LineOutcome(long line, Conversion conversion, String rejection) {
    }

    public IngestionSummary ingest(SourceSystem source, InputStream body, String origin) throws IOException {
        StreamIngestion ingestion = new StreamIngestion(store, settings.batchSize(), "ndjson", origin);
        ParallelConversion<BoundedLineReader.Line, LineOutcome> conversion = new ParallelConversion<>(conversionPool,
                LINES_PER_CHUNK, 2 * Runtime.getRuntime().availableProcessors() + 2, line -> convert(source, line),
                outcome -> {
                    if (outcome.rejection() != null) {
                        ingestion.reject(outcome.line(), outcome.rejection());
                    } else if (outcome.conversion() != null) {
                        ingestion.add(outcome.line(), outcome.conversion());
                    }
                });
        BoundedLineReader lines = new BoundedLineReader(body, settings.maximumLineBytes()).skipUtf8ByteOrderMark();
        for (BoundedLineReader.Line line = lines.next(); line != null; line = lines.next()) {
            conversion.add(line);
        }
        conversion.finish();
        return ingestion.finish();
    }

    private LineOutcome convert(SourceSystem source, BoundedLineReader.Line line) {
        if (line.tooLong()) {
            return new LineOutcome(line.number(), null, "the line is longer than " + settings.maximumLineBytes()
                    + " bytes: send one resource per line, each at most that long");
        }
        String text = new String(line.bytes(), StandardCharsets.UTF_8);
        if (text.isBlank()) {
            return new LineOutcome(line.number(), null, null);
        }
        ParsedResource parsed = json.parse(text);
        if (!parsed.isParsed()) {
            return new LineOutcome(line.number(), null, StreamIngestion.describe(parsed.issues()));
        }
        return new LineOutcome(line.number(), converter.convert(source, parsed), null);
    }
}
