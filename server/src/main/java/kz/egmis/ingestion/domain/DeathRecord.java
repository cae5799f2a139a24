package kz.egmis.ingestion.domain;

import java.time.LocalDate;

import kz.egmis.identity.Iin;

/** A civil registry death record (death-registry row), identified by its record number. */
public record DeathRecord(RecordKey key, Iin iin, LocalDate deathDay) implements CanonicalRecord {

    public static final String TYPE = "death-registry";
}
