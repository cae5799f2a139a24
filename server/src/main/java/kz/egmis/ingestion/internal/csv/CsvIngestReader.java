package kz.egmis.ingestion.internal.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import kz.egmis.ingestion.domain.Conversion;
import kz.egmis.ingestion.domain.ValidationIssue;
import kz.egmis.ingestion.internal.stream.BoundedLineReader;
import kz.egmis.platform.SourceSystem;
import kz.egmis.reference.ReferenceCatalog;

/**
 * Reads a legacy CSV body of one of the formats of section 4 of the standard, as a stream: each data row is
 * checked, converted and handed to the sink before the next is read, so memory stays constant whatever the
 * size of the body. One bad row is rejected alone; only a bad header refuses the whole body.
 */
public final class CsvIngestReader {

    private CsvIngestReader() {
    }

    /**
     * Reads {@code body} to its end (without closing it), giving {@code sink} every non-blank data row in order.
     *
     * @param source       the source system that sent the body, part of every record's key
     * @param maxLineBytes the longest physical line, and the longest row over several lines, in bytes
     * @param clock        for the check that no date lies more than 24 hours in the future
     * @throws CsvHeaderException when the body is empty or line 1 is not the format's header; no row was given
     *                            to the sink
     * @throws IOException        when reading the body fails; the rows before were given to the sink
     */
    public static void read(CsvFormat format, InputStream body, SourceSystem source, int maxLineBytes,
                            ReferenceCatalog catalog, Clock clock, Consumer<CsvRow> sink)
            throws IOException, CsvHeaderException {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(sink, "sink");
        BoundedLineReader lines = new BoundedLineReader(body, maxLineBytes);
        if (format.charset().equals(StandardCharsets.UTF_8)) {
            lines.skipUtf8ByteOrderMark();
        }
        CsvHeader header = CsvHeader.read(format, lines.next(), maxLineBytes);
        RowConverter converter = RowConverter.forFormat(format, source, catalog, clock);
        CsvRecordReader records = new CsvRecordReader(lines, format, maxLineBytes);
        for (CsvRecordReader.CsvRecord record = records.next(); record != null; record = records.next()) {
            sink.accept(new CsvRow(record.line(), convert(format, header, converter, record)));
        }
    }

    private static Conversion convert(CsvFormat format, CsvHeader header, RowConverter converter,
                                      CsvRecordReader.CsvRecord record) {
        if (record.fields() == null) {
            return Conversion.rejected(record.issues());
        }
        List<ValidationIssue> issues = new ArrayList<>(record.issues());
        if (record.fields().size() != header.columnCount()) {
            issues.add(new ValidationIssue("row", "structure", "expected " + header.columnCount() + " fields, found "
                    + record.fields().size() + ": send one value for each column of the header, separated by '"
                    + format.separator() + "', and quote a value that holds '" + format.separator() + "'"));
            return Conversion.rejected(issues);
        }
        Conversion conversion = converter.convert(header.arrange(record.fields()), record.rawContent());
        if (issues.isEmpty()) {
            return conversion;
        }
        // Encoding and quoting issues come first: they often explain the value issues that follow.
        issues.addAll(conversion.issues());
        return Conversion.rejected(issues);
    }
}
