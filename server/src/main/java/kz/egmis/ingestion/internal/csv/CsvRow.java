package kz.egmis.ingestion.internal.csv;

import kz.egmis.ingestion.domain.Conversion;

/**
 * One data row: the physical line it starts on (the header is line 1) and what it converted to, an accepted
 * record or the issues that reject it ({@code location} a column name, or {@code row} for the row as a whole).
 */
public record CsvRow(long line, Conversion conversion) {
}
