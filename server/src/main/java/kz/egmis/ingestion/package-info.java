/**
 * Ingestion: FHIR R4 (single resources, batch and transaction Bundles, NDJSON streams) and the legacy CSV exports
 * of section 4 of the standard, validated and stored as versioned canonical records. FHIR stays at the edge
 * ({@code internal.fhir}); {@code domain} holds the canonical records every transport converts to.
 */
package kz.egmis.ingestion;
