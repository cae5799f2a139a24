package kz.egmis.ingestion.domain;

import java.time.LocalDate;

import kz.egmis.identity.Iin;
import kz.egmis.identity.Sex;

/**
 * A person as one source knows them: by IIN, or by a local record number ({@code urn:kz:egmis:mrn:<BIN>})
 * when they have none. {@code deceasedDay} is the Kazakhstan day of {@code deceasedDateTime}.
 */
public record PatientRecord(RecordKey key, Iin iin, String recordNumberSystem, String recordNumber, String name,
                            Sex sex, LocalDate birthDate, String regionCode, LocalDate deceasedDay)
        implements CanonicalRecord {
}
