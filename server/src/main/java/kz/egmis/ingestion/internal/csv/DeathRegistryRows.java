package kz.egmis.ingestion.internal.csv;

import java.time.Clock;
import java.time.LocalDate;

import kz.egmis.identity.Iin;
import kz.egmis.ingestion.domain.Conversion;
import kz.egmis.ingestion.domain.DeathRecord;
import kz.egmis.ingestion.domain.RecordKey;
import kz.egmis.ingestion.domain.ValidationIssue;
import kz.egmis.platform.SourceSystem;

/** {@code iin;death_date;record_no}: a civil registry death, identified by its record number. */
final class DeathRegistryRows implements RowConverter {

    private final SourceSystem source;
    private final Clock clock;

    DeathRegistryRows(SourceSystem source, Clock clock) {
        this.source = source;
        this.clock = clock;
    }

    @Override
    public Conversion convert(CsvFields fields, String rawContent) {
        RowChecks checks = new RowChecks(clock);
        Iin iin = checks.iin("iin", fields.get("iin"), "the person who died");
        LocalDate day = checks.isoDate("death_date", fields.get("death_date"));
        if (day != null) {
            checks.notInFuture("death_date", day);
            if (iin != null && day.isBefore(iin.birthDate())) {
                checks.add(ValidationIssue.value("death_date", day + " is before " + iin.birthDate()
                        + ", the birth date IIN " + iin + " gives: check the date and the IIN"));
            }
        }
        String recordNumber = checks.recordNumber("record_no", fields.get("record_no"));
        if (!checks.passed()) {
            return Conversion.rejected(checks.issues());
        }
        DeathRecord record = new DeathRecord(new RecordKey(source, DeathRecord.TYPE, recordNumber), iin, day);
        String canonical = new CanonicalContent(CsvFormat.DEATH_REGISTRY)
                .add("record", recordNumber).add("iin", iin).add("death_date", day).toString();
        return Conversion.accepted(record, canonical, rawContent);
    }
}
