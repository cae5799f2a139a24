package kz.egmis.ingestion.internal.csv;

import java.time.Clock;
import java.time.LocalDate;

import kz.egmis.identity.Bin;
import kz.egmis.identity.Iin;
import kz.egmis.ingestion.domain.AttachmentRecord;
import kz.egmis.ingestion.domain.Conversion;
import kz.egmis.ingestion.domain.RecordKey;
import kz.egmis.ingestion.domain.Reference;
import kz.egmis.ingestion.domain.ValidationIssue;
import kz.egmis.platform.SourceSystem;

/**
 * {@code iin;bin;attached_from;attached_to}: a PHC attachment, identified by {@code <iin>:<bin>:<attached_from>};
 * an empty {@code attached_to} means still attached.
 */
final class AttachmentRegistryRows implements RowConverter {

    private final SourceSystem source;
    private final Clock clock;

    AttachmentRegistryRows(SourceSystem source, Clock clock) {
        this.source = source;
        this.clock = clock;
    }

    @Override
    public Conversion convert(CsvFields fields, String rawContent) {
        RowChecks checks = new RowChecks(clock);
        Iin iin = checks.iin("iin", fields.get("iin"), "the attached person");
        Bin bin = checks.bin("bin", fields.get("bin"), "the PHC facility");
        LocalDate from = checks.isoDate("attached_from", fields.get("attached_from"));
        if (from != null) {
            checks.notInFuture("attached_from", from);
        }
        String toText = fields.get("attached_to");
        LocalDate to = toText.isEmpty() ? null : checks.isoDate("attached_to", toText);
        if (from != null && to != null && to.isBefore(from)) {
            checks.add(ValidationIssue.value("attached_to", to + " is before attached_from " + from
                    + ": send the last day of the attachment, on or after its first day, or leave it empty while"
                    + " the person is still attached"));
        }
        if (!checks.passed()) {
            return Conversion.rejected(checks.issues());
        }
        // The ISO date as the row wrote it: the pattern check leaves no other way to write it.
        String id = iin + ":" + bin + ":" + from;
        AttachmentRecord record = new AttachmentRecord(new RecordKey(source, AttachmentRecord.FROM_REGISTRY, id),
                AttachmentRecord.FROM_REGISTRY, Reference.person("Patient", iin), Reference.organization(bin), from, to);
        String canonical = new CanonicalContent(CsvFormat.ATTACHMENT_REGISTRY)
                .add("iin", iin).add("bin", bin.value()).add("attached_from", from).add("attached_to", to).toString();
        return Conversion.accepted(record, canonical, rawContent);
    }
}
