package kz.egmis.ingestion.internal.csv;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

import kz.egmis.ingestion.domain.ValidationIssue;
import kz.egmis.ingestion.internal.stream.BoundedLineReader;

/**
 * Turns the physical lines after the header into rows: skips blank lines, joins the lines of a quoted field
 * that holds line breaks, and reports lines that are too long, badly encoded or badly quoted.
 *
 * <p>A row whose quoted field is not closed by the end of the body, or within {@code maxLineBytes}, is rejected
 * alone: the lines it had taken are read again as rows of their own, so one stray quote costs one row. Those
 * lines are at most {@code maxLineBytes}, which keeps memory bounded.
 */
final class CsvRecordReader {

    /** A row's fields as written, or null when it could not be split; {@code issues} reject it. */
    record CsvRecord(long line, List<String> fields, String rawContent, List<ValidationIssue> issues) {
    }

    private record PhysicalLine(long number, String text, int byteLength, ValidationIssue issue, boolean tooLong) {
    }

    private final BoundedLineReader lines;
    private final LineDecoder decoder;
    private final CsvFieldSplitter splitter;
    private final String charsetName;
    private final int maxLineBytes;
    // Lines taken by a row that was then given up, to be read again.
    private final Deque<PhysicalLine> readAgain = new ArrayDeque<>();

    CsvRecordReader(BoundedLineReader lines, CsvFormat format, int maxLineBytes) {
        this.lines = lines;
        this.decoder = new LineDecoder(format.charset());
        this.splitter = new CsvFieldSplitter(format.separator());
        this.charsetName = format.charset().name();
        this.maxLineBytes = maxLineBytes;
    }

    /** The next non-blank row, or null at the end of the body. */
    CsvRecord next() throws IOException {
        while (true) {
            PhysicalLine first = nextLine();
            if (first == null) {
                return null;
            }
            if (first.tooLong()) {
                return unreadable(first.number(), new ValidationIssue("row", "too-long", "line " + first.number()
                        + " is longer than " + maxLineBytes + " bytes: split the row or shorten its values"));
            }
            if (!first.text().isBlank()) {
                return assemble(first);
            }
        }
    }

    private CsvRecord assemble(PhysicalLine first) throws IOException {
        splitter.start(first.text());
        List<PhysicalLine> continuation = new ArrayList<>();
        long bytes = first.byteLength();
        while (splitter.insideQuotes()) {
            PhysicalLine next = nextLine();
            if (next == null) {
                return giveUp(first, continuation, null, "is not closed before the end of the body");
            }
            if (next.tooLong()) {
                return giveUp(first, continuation, next, "runs into line " + next.number()
                        + ", which is longer than " + maxLineBytes + " bytes");
            }
            continuation.add(next);
            bytes += 1 + next.byteLength();
            if (bytes > maxLineBytes) {
                return giveUp(first, continuation, null, "is not closed within " + maxLineBytes + " bytes");
            }
            splitter.continueWith(next.text());
        }
        List<ValidationIssue> issues = new ArrayList<>();
        StringBuilder raw = new StringBuilder(first.text());
        addIssue(issues, first);
        for (PhysicalLine line : continuation) {
            raw.append('\n').append(line.text());
            addIssue(issues, line);
        }
        if (splitter.problem() != null) {
            issues.add(new ValidationIssue("row", "structure", splitter.problem()));
        }
        return new CsvRecord(first.number(), splitter.fields(), raw.toString(), issues);
    }

    private CsvRecord giveUp(PhysicalLine first, List<PhysicalLine> taken, PhysicalLine tooLong, String why) {
        if (tooLong != null) {
            readAgain.addFirst(tooLong);
        }
        for (int index = taken.size() - 1; index >= 0; index--) {
            readAgain.addFirst(taken.get(index));
        }
        return unreadable(first.number(), new ValidationIssue("row", "structure", "a quoted field that starts on line "
                + first.number() + " " + why + ": end it with a quote and write a quote inside a field as \"\""
                + " (the lines after it were read as rows of their own)"));
    }

    private static void addIssue(List<ValidationIssue> issues, PhysicalLine line) {
        if (line.issue() != null) {
            issues.add(line.issue());
        }
    }

    private static CsvRecord unreadable(long line, ValidationIssue issue) {
        return new CsvRecord(line, null, null, List.of(issue));
    }

    private PhysicalLine nextLine() throws IOException {
        if (!readAgain.isEmpty()) {
            return readAgain.removeFirst();
        }
        BoundedLineReader.Line line = lines.next();
        if (line == null) {
            return null;
        }
        if (line.tooLong()) {
            return new PhysicalLine(line.number(), null, 0, null, true);
        }
        LineDecoder.Decoded decoded = decoder.decode(line.bytes());
        ValidationIssue issue = decoded.valid() ? null : new ValidationIssue("row", "invalid", "line " + line.number()
                + " has the byte 0x" + String.format(Locale.ROOT, "%02X", decoded.invalidByte()) + " at position "
                + (decoded.invalidOffset() + 1) + ", which is not valid " + charsetName + ": export the file as "
                + charsetName);
        int nul = indexOfNul(line.bytes());
        if (issue == null && nul >= 0) {
            // Valid in both charsets, but no text export holds it, and PostgreSQL text cannot store it.
            issue = new ValidationIssue("row", "invalid", "line " + line.number() + " has the byte 0x00 (NUL) at"
                    + " position " + (nul + 1) + ", which a text file never holds: remove it, or export the file as "
                    + charsetName + " text");
        }
        return new PhysicalLine(line.number(), decoded.text(), line.bytes().length, issue, false);
    }

    private static int indexOfNul(byte[] bytes) {
        for (int index = 0; index < bytes.length; index++) {
            if (bytes[index] == 0) {
                return index;
            }
        }
        return -1;
    }
}
