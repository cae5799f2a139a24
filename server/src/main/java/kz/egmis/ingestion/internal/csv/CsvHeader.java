package kz.egmis.ingestion.internal.csv;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kz.egmis.ingestion.internal.stream.BoundedLineReader;

/**
 * The header line of a body: where each of the format's columns is. Names are trimmed and compared exactly;
 * any order is fine. Anything else refuses the body, with a hint when the cause is a common one (another
 * separator, UTF-8 sent as windows-1251 or the other way round).
 */
final class CsvHeader {

    private static final int LONGEST_SHOWN = 200;

    private final CsvFormat format;
    // For each column of the format, in the format's order, its position in the file.
    private final int[] positions;

    private CsvHeader(CsvFormat format, int[] positions) {
        this.format = format;
        this.positions = positions;
    }

    /** @param line the first line of the body, null when the body is empty */
    static CsvHeader read(CsvFormat format, BoundedLineReader.Line line, int maxLineBytes) throws CsvHeaderException {
        String expected = format.pathName() + " expects the header " + format.standardHeader()
                + " (columns in any order, separated by '" + format.separator() + "', " + format.charset().name() + ")";
        if (line == null) {
            throw new CsvHeaderException("The body is empty: " + expected + " on line 1.");
        }
        if (line.tooLong()) {
            throw new CsvHeaderException("Line 1 is longer than " + maxLineBytes + " bytes: " + expected + ".");
        }
        String text = new LineDecoder(format.charset()).decode(line.bytes()).text();
        if (text.isBlank()) {
            throw new CsvHeaderException("Line 1 is blank: " + expected + " on line 1, before any blank line.");
        }
        CsvFieldSplitter splitter = new CsvFieldSplitter(format.separator());
        splitter.start(text);
        List<String> names = new ArrayList<>();
        if (!splitter.insideQuotes()) {
            splitter.fields().forEach(name -> names.add(name.strip()));
        }
        Map<String, Integer> positionOfName = new HashMap<>();
        Set<String> problems = new LinkedHashSet<>();
        for (int index = 0; index < names.size(); index++) {
            String name = names.get(index);
            if (name.isEmpty()) {
                problems.add("an empty column name at position " + (index + 1) + " (a separator too many?)");
            } else if (!format.columns().contains(name)) {
                problems.add("unknown column '" + name + "'");
            } else if (positionOfName.putIfAbsent(name, index) != null) {
                problems.add("column '" + name + "' appears twice");
            }
        }
        int[] positions = new int[format.columns().size()];
        for (int column = 0; column < positions.length; column++) {
            Integer position = positionOfName.get(format.columns().get(column));
            if (position == null) {
                problems.add("missing column '" + format.columns().get(column) + "'");
            } else {
                positions[column] = position;
            }
        }
        if (splitter.insideQuotes()) {
            problems.add("a quote is not closed");
        }
        if (!problems.isEmpty()) {
            throw new CsvHeaderException(expected + ", found '" + shown(text) + "': " + String.join(", ", problems)
                    + "." + hint(format, line.bytes(), text));
        }
        return new CsvHeader(format, positions);
    }

    /** A row's values by column name, trimmed; the row has exactly one field per column. */
    CsvFields arrange(List<String> fields) {
        Map<String, String> byColumn = new HashMap<>();
        for (int column = 0; column < positions.length; column++) {
            byColumn.put(format.columns().get(column), fields.get(positions[column]).strip());
        }
        return new CsvFields(byColumn);
    }

    int columnCount() {
        return positions.length;
    }

    private static String hint(CsvFormat format, byte[] bytes, String text) {
        boolean utf8Expected = format.charset().equals(StandardCharsets.UTF_8);
        if (!utf8Expected && isNonAsciiUtf8(bytes)) {
            return " The header looks like UTF-8: export the file in " + format.charset().name() + ".";
        }
        if (utf8Expected && !isNonAsciiUtf8(bytes) && !isAscii(bytes)) {
            return " The header is not valid UTF-8: export the file as UTF-8.";
        }
        for (char other : new char[] {';', ',', '\t', '|'}) {
            if (other != format.separator() && text.indexOf(other) >= 0 && text.indexOf(format.separator()) < 0) {
                return " The columns look separated by '" + (other == '\t' ? "\\t" : String.valueOf(other))
                        + "': separate them by '" + format.separator() + "'.";
            }
        }
        return "";
    }

    private static boolean isNonAsciiUtf8(byte[] bytes) {
        if (isAscii(bytes)) {
            return false;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException notUtf8) {
            return false;
        }
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte value : bytes) {
            if (value < 0) {
                return false;
            }
        }
        return true;
    }

    private static String shown(String text) {
        return text.length() <= LONGEST_SHOWN ? text : text.substring(0, LONGEST_SHOWN) + "...";
    }
}
