package kz.egmis.demo.internal;

/**
 * One file a source system sends: {@code kind} is {@code ndjson} (POST /ingest/ndjson), {@code bundles} (one
 * Bundle per line, each POSTed to /fhir) or {@code csv} (POST /ingest/csv/{format}).
 */
public record Delivery(String file, String sourceSystem, String kind, String format, int records) {
}
