package kz.egmis.ingestion.internal.store;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import kz.egmis.ingestion.PersonDataReads;
import kz.egmis.ledger.LeafDocument;
import kz.egmis.ledger.LeafDocuments;
import kz.egmis.ledger.LedgerJournal;
import kz.egmis.platform.Sha256;
import kz.egmis.security.Actor;

/**
 * Every read of a person's data (their Patient record, attachments, encounters, claims, findings) is logged with
 * the real reader (credential, display name, role, organization), and the log row and its ledger leaf are written
 * in one transaction: a citizen can see who read their record, and nobody can remove a read unnoticed.
 */
@Component
public class AccessLog implements PersonDataReads {

    /** For each type: how to find the person's IIN of a record (directly or through its Patient). */
    private static final Map<String, String> PATIENT_OF = Map.of(
            "Patient", "select iin from patient where source_system = ? and resource_id = ?",
            "EpisodeOfCare", patientOf("attachment", "attachment_id"),
            "Encounter", patientOf("encounter", "resource_id"),
            "Claim", patientOf("claim", "resource_id"));

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final LedgerJournal journal;
    private final Clock clock;

    AccessLog(JdbcTemplate jdbc, TransactionTemplate transactions, LedgerJournal journal, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.journal = journal;
        this.clock = clock;
    }

    public static boolean isPersonData(String type) {
        return PATIENT_OF.containsKey(type);
    }

    public void recordRead(Actor reader, String source, String type, String id, String path) {
        List<String> iin = jdbc.queryForList(PATIENT_OF.get(type), String.class, source, id);
        recordReads(reader, path, List.of(new Read(source, type, id, iin.isEmpty() ? null : iin.get(0))));
    }

    @Override
    public void recordReads(Actor reader, String path, List<Read> reads) {
        if (reads.isEmpty()) {
            return;
        }
        String organization = reader.organizationBin();
        Long keyId = reader.kind() == Actor.Kind.KEY ? Long.valueOf(reader.id()) : null;
        String readerSha256 = readerSha256(reader.reference(), reader.displayName(), reader.role().name(), organization);
        transactions.executeWithoutResult(status -> {
            long now = clock.millis();
            List<LeafDocument> leaves = new ArrayList<>(reads.size());
            for (Read read : reads) {
                Long accessId = jdbc.queryForObject("insert into access_log (api_key_id, source_system, resource_type, "
                        + "resource_id, patient_iin, path, read_at, reader_kind, reader_id, reader_name, reader_role, "
                        + "reader_organization) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id", Long.class,
                        keyId, read.system(), read.type(), read.id(), read.patientIin(), path, now,
                        reader.kind().name().toLowerCase(java.util.Locale.ROOT), reader.id(), reader.displayName(),
                        reader.role().name(), organization);
                leaves.add(LeafDocuments.read(accessId, readerSha256, read.system() + "/" + read.type() + "/" + read.id(),
                        now));
            }
            journal.append(leaves);
        });
    }

    /** What a read's leaf commits to about its reader: credential, display name, role and organization. */
    static String readerSha256(String reference, String name, String role, String organization) {
        return Sha256.hex(reference + "\n" + name + "\n" + role + "\n" + (organization == null ? "" : organization));
    }

    private static String patientOf(String table, String idColumn) {
        return "select coalesce(r.patient_iin, p.iin) from " + table + " r left join patient p "
                + "on p.source_system = r.source_system and p.resource_id = r.patient_resource_id "
                + "where r.source_system = ? and r." + idColumn + " = ?";
    }
}
