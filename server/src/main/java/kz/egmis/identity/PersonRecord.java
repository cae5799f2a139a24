package kz.egmis.identity;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What matching knows of one person record: a Patient of a source system, or the IIN of a CSV row. Everything but
 * the record's name may be null. {@code record} is {@code <source>/Patient/<id>} or {@code <source>/<format>/<row>}.
 */
public record PersonRecord(String record, Iin iin, PersonName name, Sex sex, LocalDate birthDate, String region) {

    public PersonRecord {
        Objects.requireNonNull(record, "record");
        name = name == null ? PersonName.NONE : name;
    }

    /** Whether there is anything to match on beyond an IIN. */
    public boolean hasMatchingFields() {
        return !name.isEmpty() && birthDate != null;
    }
}
