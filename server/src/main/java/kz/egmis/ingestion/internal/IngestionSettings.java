package kz.egmis.ingestion.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The limits of section 3 and how many records go into one transaction. */
@Component
public class IngestionSettings {

    private final long maximumFhirBodyBytes;
    private final int maximumLineBytes;
    private final int batchSize;

    IngestionSettings(@Value("${egmis.ingest.max-fhir-body-bytes}") long maximumFhirBodyBytes,
                      @Value("${egmis.ingest.max-line-bytes}") int maximumLineBytes,
                      @Value("${egmis.ingest.batch-size}") int batchSize) {
        this.maximumFhirBodyBytes = maximumFhirBodyBytes;
        this.maximumLineBytes = maximumLineBytes;
        this.batchSize = batchSize;
    }

    public long maximumFhirBodyBytes() {
        return maximumFhirBodyBytes;
    }

    public int maximumLineBytes() {
        return maximumLineBytes;
    }

    public int batchSize() {
        return batchSize;
    }
}
