package kz.egmis.ingestion.domain;

import java.time.LocalDate;

import kz.egmis.identity.Iin;
import kz.egmis.identity.Sex;

public record PractitionerRecord(RecordKey key, Iin iin, String name, Sex sex, LocalDate birthDate)
        implements CanonicalRecord {
}
