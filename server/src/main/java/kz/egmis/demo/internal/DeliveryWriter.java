package kz.egmis.demo.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes one stream of a source system as numbered files of at most {@code perFile} records each. */
final class DeliveryWriter implements AutoCloseable {

    private final Path folder;
    private final String name;
    private final Delivery shape;
    private final String header;
    private final Charset charset;
    private final String lineEnd;
    private final int perFile;
    private final List<Delivery> deliveries;
    private BufferedWriter current;
    private String currentFile;
    private int inFile;
    private int recordsInFile;
    private int files;

    DeliveryWriter(Path folder, String name, Delivery shape, String header, Charset charset, String lineEnd, int perFile,
                   List<Delivery> deliveries) {
        this.folder = folder;
        this.name = name;
        this.shape = shape;
        this.header = header;
        this.charset = charset;
        this.lineEnd = lineEnd;
        this.perFile = perFile;
        this.deliveries = deliveries;
    }

    void write(String record) {
        write(record, 1);
    }

    /** Writes one line that holds {@code records} records (a Bundle line holds its entries). */
    void write(String record, int records) {
        try {
            if (current == null) {
                currentFile = String.format("%s-%03d.%s", name, ++files, shape.kind().equals("csv") ? "csv" : shape.kind());
                current = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(folder.resolve(currentFile)), charset));
                if (header != null) {
                    current.write(header + lineEnd);
                }
            }
            current.write(record + lineEnd);
            recordsInFile += records;
            if (++inFile == perFile) {
                finishFile();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the demo file " + currentFile + " in " + folder, e);
        }
    }

    private void finishFile() throws IOException {
        current.close();
        deliveries.add(new Delivery(currentFile, shape.sourceSystem(), shape.kind(), shape.format(), recordsInFile));
        current = null;
        inFile = 0;
        recordsInFile = 0;
    }

    @Override
    public void close() {
        try {
            if (current != null) {
                finishFile();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the demo file " + currentFile + " in " + folder, e);
        }
    }
}
