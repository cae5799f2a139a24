package kz.egmis.reference.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the catalog files are read from: an operator's folder (EGMIS_REFERENCE_DIR) or the copy
 * bundled in the jar. Reads a file as lines, tolerating a BOM, any line ending and trailing blank lines.
 */
final class ReferenceFiles {

    static final String BUNDLED_FOLDER = "reference/";
    private static final String ALL_FILES = "services.csv, specialties.csv, regions.csv and funding.csv";

    /** Null when the bundled copy is used. */
    private final Path directory;

    private ReferenceFiles(Path directory) {
        this.directory = directory;
    }

    static ReferenceFiles bundled() {
        return new ReferenceFiles(null);
    }

    static ReferenceFiles directory(Path directory) {
        return new ReferenceFiles(directory);
    }

    /** The files named by the egmis.reference-dir setting: the bundled copy when it is blank. */
    static ReferenceFiles chosenBy(String referenceDirectory) {
        if (referenceDirectory == null || referenceDirectory.isBlank()) {
            return bundled();
        }
        try {
            return directory(Path.of(referenceDirectory.strip()));
        } catch (InvalidPathException invalid) {
            throw new ReferenceDataException(ReferenceDataException.MISSING,
                    "EGMIS_REFERENCE_DIR \"" + referenceDirectory + "\" is not a valid path.",
                    "Set EGMIS_REFERENCE_DIR to the folder holding " + ALL_FILES + ", or unset it to use the bundled catalog.",
                    invalid);
        }
    }

    /** For the log line and messages: "directory /srv/nsi" or "the bundled classpath:reference/". */
    String describe() {
        return directory == null ? "the bundled classpath:" + BUNDLED_FOLDER : "directory " + directory.toAbsolutePath();
    }

    /** What an operator should do about a problem in this file. */
    String fix(String fileName) {
        if (directory == null) {
            return "The bundled " + BUNDLED_FOLDER + fileName + " is damaged: rebuild EGMIS from an intact source tree,"
                    + " or set EGMIS_REFERENCE_DIR to a folder with a correct catalog.";
        }
        return "Correct " + fileName + " in EGMIS_REFERENCE_DIR (" + directory.toAbsolutePath()
                + ") or unset EGMIS_REFERENCE_DIR to use the bundled catalog.";
    }

    /** The file's lines; element 0 is line 1 (the header). Trailing blank lines are dropped. */
    List<String> lines(String fileName) {
        String text = decode(fileName, bytes(fileName));
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> lines = new ArrayList<>(text.lines().toList());
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    private byte[] bytes(String fileName) {
        try {
            if (directory == null) {
                try (InputStream in = ReferenceFiles.class.getClassLoader().getResourceAsStream(BUNDLED_FOLDER + fileName)) {
                    if (in == null) {
                        throw missing(fileName + " is not in the bundled classpath:" + BUNDLED_FOLDER + ".", fileName);
                    }
                    return in.readAllBytes();
                }
            }
            if (!Files.isDirectory(directory)) {
                throw new ReferenceDataException(ReferenceDataException.MISSING,
                        "EGMIS_REFERENCE_DIR (" + directory.toAbsolutePath() + ") is not a directory.",
                        "Point EGMIS_REFERENCE_DIR at the folder holding " + ALL_FILES + ", or unset it to use the bundled catalog.");
            }
            Path file = directory.resolve(fileName);
            if (!Files.isRegularFile(file)) {
                throw missing(fileName + " is not in EGMIS_REFERENCE_DIR (" + directory.toAbsolutePath() + ").", fileName);
            }
            return Files.readAllBytes(file);
        } catch (IOException unreadable) {
            throw new ReferenceDataException(ReferenceDataException.UNREADABLE,
                    fileName + " in " + describe() + " could not be read: " + unreadable.getMessage(), fix(fileName), unreadable);
        }
    }

    private ReferenceDataException missing(String problem, String fileName) {
        String fix = directory == null ? fix(fileName)
                : "Put " + ALL_FILES + " in " + directory.toAbsolutePath() + ", or unset EGMIS_REFERENCE_DIR to use the bundled catalog.";
        return new ReferenceDataException(ReferenceDataException.MISSING, problem, fix);
    }

    // Decoded by hand so a file saved in another encoding (say Windows-1251) is reported with its line.
    private String decode(String fileName, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new ReferenceDataException(ReferenceDataException.INVALID,
                    fileName + " line " + lineAt(bytes, in.position()) + ": the text is not valid UTF-8.",
                    "Save " + fileName + " as UTF-8. " + fix(fileName));
        }
        return out.flip().toString();
    }

    private static int lineAt(byte[] bytes, int position) {
        int line = 1;
        for (int index = 0; index < position; index++) {
            boolean lineFeed = bytes[index] == '\n';
            boolean loneCarriageReturn = bytes[index] == '\r' && (index + 1 == bytes.length || bytes[index + 1] != '\n');
            if (lineFeed || loneCarriageReturn) {
                line++;
            }
        }
        return line;
    }
}
