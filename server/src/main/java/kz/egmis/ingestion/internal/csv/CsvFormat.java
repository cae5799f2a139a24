package kz.egmis.ingestion.internal.csv;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** The legacy CSV formats of section 4 of the standard, named in {@code POST /ingest/csv/{format}}. */
public enum CsvFormat {

    DEATH_REGISTRY("death-registry", StandardCharsets.UTF_8, ';',
            List.of("iin", "death_date", "record_no")),
    ATTACHMENT_REGISTRY("attachment-registry", StandardCharsets.UTF_8, ';',
            List.of("iin", "bin", "attached_from", "attached_to")),
    LEGACY_SERVICES("legacy-services", Charset.forName("windows-1251"), ',',
            List.of("ИИН", "БИН", "Дата", "Код услуги", "Кол-во", "Сумма", "ИИН врача", "МКБ-10", "Номер записи"));

    private final String pathName;
    private final Charset charset;
    private final char separator;
    private final List<String> columns;

    CsvFormat(String pathName, Charset charset, char separator, List<String> columns) {
        this.pathName = pathName;
        this.charset = charset;
        this.separator = separator;
        this.columns = columns;
    }

    /** The name in the URL path, e.g. {@code legacy-services}. */
    public String pathName() {
        return pathName;
    }

    /** The format for a URL path name (exact, case-sensitive), or empty for an unknown one. */
    public static Optional<CsvFormat> fromPathName(String pathName) {
        for (CsvFormat format : values()) {
            if (format.pathName.equals(pathName)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    public Charset charset() {
        return charset;
    }

    public char separator() {
        return separator;
    }

    /** The header's column names in the standard's order (a file may order them differently). */
    public List<String> columns() {
        return columns;
    }

    /** The header as the standard writes it, e.g. {@code iin;death_date;record_no}. */
    public String standardHeader() {
        return String.join(String.valueOf(separator), columns);
    }

    /** The path names of all formats, for an error message naming the choices. */
    public static List<String> pathNames() {
        return List.of(DEATH_REGISTRY.pathName, ATTACHMENT_REGISTRY.pathName, LEGACY_SERVICES.pathName);
    }
}
