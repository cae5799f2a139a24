package kz.egmis.ingestion.internal.csv;

import java.util.Map;

/** One row's values by column name, trimmed of surrounding white space. */
record CsvFields(Map<String, String> byColumn) {

    CsvFields {
        byColumn = Map.copyOf(byColumn);
    }

    /** The value of a column of the format (empty when the row left it empty). */
    String get(String column) {
        String value = byColumn.get(column);
        if (value == null) {
            throw new IllegalArgumentException("no column " + column);
        }
        return value;
    }
}
