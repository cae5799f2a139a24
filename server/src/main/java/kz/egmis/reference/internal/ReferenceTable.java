package kz.egmis.reference.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One reference file as a header and rows. Columns are found by header name, so their order is free
 * and an unknown column is ignored. Every problem is reported with file, line and column.
 */
final class ReferenceTable {

    private final String fileName;
    private final String fix;
    private final List<String> header;
    private final Map<String, Integer> columnIndexes = new HashMap<>();
    private final List<ReferenceRow> rows = new ArrayList<>();

    private ReferenceTable(String fileName, String fix, List<String> header) {
        this.fileName = fileName;
        this.fix = fix;
        this.header = header;
    }

    /** Reads the file and checks its shape: the required columns exist and every row has all fields. */
    static ReferenceTable read(ReferenceFiles files, String fileName, List<String> requiredColumns) {
        List<String> lines = files.lines(fileName);
        String fix = files.fix(fileName);
        if (lines.isEmpty()) {
            throw new ReferenceDataException(ReferenceDataException.INVALID,
                    fileName + " line 1: the header row is missing; the file is empty.", fix);
        }
        List<String> header = SemicolonSplitter.split(lines.get(0)).stream().map(String::strip).toList();
        ReferenceTable table = new ReferenceTable(fileName, fix, header);
        table.indexHeader(requiredColumns);
        for (int index = 1; index < lines.size(); index++) {
            table.rows.add(table.row(index + 1, lines.get(index)));
        }
        if (table.rows.isEmpty()) {
            throw table.invalid(fileName + " line 2: there are no rows after the header.");
        }
        return table;
    }

    List<ReferenceRow> rows() {
        return rows;
    }

    int columnIndex(String column) {
        return columnIndexes.get(column);
    }

    /** A problem with one value: names the file, the line and the column by number and name. */
    ReferenceDataException invalid(int lineNumber, int columnIndex, String problem) {
        String name = columnIndex < header.size() && !header.get(columnIndex).isEmpty()
                ? " (" + header.get(columnIndex) + ")" : "";
        return invalid(fileName + " line " + lineNumber + ", column " + (columnIndex + 1) + name + ": " + problem);
    }

    private ReferenceDataException invalid(String problem) {
        return new ReferenceDataException(ReferenceDataException.INVALID, problem, fix);
    }

    private void indexHeader(List<String> requiredColumns) {
        for (int index = 0; index < header.size(); index++) {
            String name = header.get(index);
            // An unnamed column (say, from a trailing ';') is unknown, hence ignored like any other.
            if (name.isEmpty()) {
                continue;
            }
            Integer earlier = columnIndexes.putIfAbsent(name, index);
            if (earlier != null) {
                throw invalid(1, index, "the column \"" + name + "\" appears twice (also column " + (earlier + 1) + ").");
            }
        }
        for (String required : requiredColumns) {
            if (!columnIndexes.containsKey(required)) {
                throw invalid(fileName + " line 1 (header), column \"" + required + "\": this required column is missing;"
                        + " the header has " + String.join(";", header) + " but needs " + String.join(";", requiredColumns) + ".");
            }
        }
    }

    private ReferenceRow row(int lineNumber, String line) {
        if (line.isBlank()) {
            throw invalid(fileName + " line " + lineNumber + ": the line is blank; remove it or fill it in.");
        }
        List<String> fields = SemicolonSplitter.split(line);
        if (fields.size() < header.size()) {
            throw invalid(lineNumber, fields.size(), "missing; the line has " + fields.size()
                    + " fields but the header has " + header.size() + " (fields are separated by ';').");
        }
        if (fields.size() > header.size()) {
            throw invalid(lineNumber, header.size(), "unexpected extra field \"" + fields.get(header.size())
                    + "\"; the line has " + fields.size() + " fields but the header has " + header.size()
                    + " (is there a ';' inside a value?).");
        }
        return new ReferenceRow(this, lineNumber, fields.stream().map(String::strip).toList());
    }
}
