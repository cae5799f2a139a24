package kz.egmis.reference.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import kz.egmis.reference.ReferenceCatalog;

/** A copy of the bundled catalog in a test folder, to be spoiled one value at a time. */
final class CatalogFolder {

    static final List<String> FILES = List.of("services.csv", "specialties.csv", "regions.csv", "funding.csv");

    private final Path directory;

    private CatalogFolder(Path directory) {
        this.directory = directory;
    }

    static CatalogFolder copyOfBundled(Path directory) {
        CatalogFolder folder = new CatalogFolder(directory);
        for (String file : FILES) {
            folder.write(file, bundled(file));
        }
        return folder;
    }

    static String bundled(String file) {
        try (InputStream in = CatalogFolder.class.getClassLoader().getResourceAsStream("reference/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ReferenceFiles files() {
        return ReferenceFiles.directory(directory);
    }

    ReferenceCatalog load() {
        return ReferenceCatalogLoader.load(files());
    }

    CatalogFolder write(String file, String content) {
        try {
            Files.writeString(directory.resolve(file), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    CatalogFolder delete(String file) {
        try {
            Files.delete(directory.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Replaces line {@code lineNumber} (the header is line 1). */
    CatalogFolder replaceLine(String file, int lineNumber, String text) {
        List<String> lines = lines(file);
        lines.set(lineNumber - 1, text);
        return write(file, String.join("\n", lines) + "\n");
    }

    /** Sets one field, found by header name, on line {@code lineNumber}. */
    CatalogFolder setField(String file, int lineNumber, String column, String value) {
        List<String> lines = lines(file);
        int index = SemicolonSplitter.split(lines.get(0)).indexOf(column);
        List<String> fields = new ArrayList<>(SemicolonSplitter.split(lines.get(lineNumber - 1)));
        fields.set(index, value);
        return replaceLine(file, lineNumber, String.join(";", fields));
    }

    String line(String file, int lineNumber) {
        return lines(file).get(lineNumber - 1);
    }

    private List<String> lines(String file) {
        try {
            return new ArrayList<>(Files.readAllLines(directory.resolve(file), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
