package kz.egmis.ingestion.internal.store;

import static java.sql.Types.BIGINT;
import static java.sql.Types.CHAR;
import static java.sql.Types.INTEGER;
import static java.sql.Types.VARCHAR;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

import kz.egmis.ingestion.domain.AttachmentRecord;
import kz.egmis.ingestion.domain.CanonicalRecord;
import kz.egmis.ingestion.domain.DeathRecord;
import kz.egmis.ingestion.domain.OrganizationRecord;
import kz.egmis.ingestion.domain.PatientRecord;
import kz.egmis.ingestion.domain.PractitionerRecord;
import kz.egmis.ingestion.domain.PractitionerRoleRecord;
import kz.egmis.ingestion.domain.RecordKey;

/**
 * Makes the canonical tables reflect the current version of each record: the rows of the previous version are
 * deleted (children cascade) and the new ones inserted, all in the caller's transaction.
 */
final class CanonicalTables {

    /** For each record type: its table and the column holding the record's id. */
    private static final Map<String, String[]> TABLES = Map.of(
            "Organization", new String[] {"organization", "resource_id"},
            "Practitioner", new String[] {"practitioner", "resource_id"},
            "PractitionerRole", new String[] {"practitioner_role", "resource_id"},
            "Patient", new String[] {"patient", "resource_id"},
            "EpisodeOfCare", new String[] {"attachment", "attachment_id"},
            AttachmentRecord.FROM_REGISTRY, new String[] {"attachment", "attachment_id"},
            "Encounter", new String[] {"encounter", "resource_id"},
            "Claim", new String[] {"claim", "resource_id"},
            DeathRecord.TYPE, new String[] {"death_record", "record_number"});

    private final JdbcTemplate jdbc;

    CanonicalTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record StoredRecord(CanonicalRecord record, long versionId) {
    }

    /**
     * Replaces the canonical rows of these records (one source system, one entry per key) by the given versions,
     * answering the digest of each record's new rows.
     */
    RowDigests replace(String source, List<StoredRecord> stored, java.util.Set<RecordKey> previouslyStored) {
        // a record seen for the first time has no rows to delete: a fresh load deletes nothing
        deleteCurrentRows(source, stored.stream().map(entry -> entry.record().key()).filter(previouslyStored::contains)
                .toList());
        RowDigests digests = new RowDigests();
        EncounterAndClaimTables encountersAndClaims = new EncounterAndClaimTables(jdbc, digests);
        TableWriter organizations = new TableWriter(jdbc, digests, "organization",
                "source_system, resource_id, version_id, bin, facility_type, name, region_code, part_of_resource_id",
                VARCHAR, VARCHAR, BIGINT, CHAR, VARCHAR, VARCHAR, CHAR, VARCHAR);
        TableWriter practitioners = new TableWriter(jdbc, digests, "practitioner",
                "source_system, resource_id, version_id, iin, name, sex, birth_day",
                VARCHAR, VARCHAR, BIGINT, CHAR, VARCHAR, CHAR, INTEGER);
        TableWriter roles = new TableWriter(jdbc, digests, "practitioner_role", "source_system, resource_id, version_id, "
                + "practitioner_resource_id, practitioner_iin, organization_resource_id, organization_bin, start_day, end_day",
                VARCHAR, VARCHAR, BIGINT, VARCHAR, CHAR, VARCHAR, CHAR, INTEGER, INTEGER);
        TableWriter specialties = new TableWriter(jdbc, digests, "practitioner_role_specialty",
                "source_system, role_id, specialty_code", VARCHAR, VARCHAR, VARCHAR);
        TableWriter patients = new TableWriter(jdbc, digests, "patient", "source_system, resource_id, version_id, iin, "
                + "record_number_system, record_number, name, sex, birth_day, region_code, deceased_day",
                VARCHAR, VARCHAR, BIGINT, CHAR, VARCHAR, VARCHAR, VARCHAR, CHAR, INTEGER, CHAR, INTEGER);
        TableWriter deaths = new TableWriter(jdbc, digests, "death_record",
                "source_system, record_number, version_id, iin, death_day", VARCHAR, VARCHAR, BIGINT, CHAR, INTEGER);
        TableWriter attachments = new TableWriter(jdbc, digests, "attachment", "source_system, attachment_id, origin_type, "
                + "version_id, patient_resource_id, patient_iin, organization_resource_id, organization_bin, start_day, end_day",
                VARCHAR, VARCHAR, VARCHAR, BIGINT, VARCHAR, CHAR, VARCHAR, CHAR, INTEGER, INTEGER);
        for (StoredRecord entry : stored) {
            CanonicalRecord record = entry.record();
            Long versionId = entry.versionId();
            String id = record.key().id();
            if (record instanceof OrganizationRecord organization) {
                organizations.add(record.key(), source, id, versionId, organization.bin().value(), organization.facilityType(),
                        organization.name(), organization.regionCode(), Columns.resourceId(organization.partOf()));
            } else if (record instanceof PractitionerRecord practitioner) {
                practitioners.add(record.key(), source, id, versionId, practitioner.iin().value(), practitioner.name(),
                        Columns.sex(practitioner.sex()), Columns.day(practitioner.birthDate()));
            } else if (record instanceof PractitionerRoleRecord role) {
                roles.add(record.key(), source, id, versionId, Columns.resourceId(role.practitioner()), Columns.iin(role.practitioner()),
                        Columns.resourceId(role.organization()), Columns.bin(role.organization()),
                        Columns.day(role.start()), Columns.day(role.end()));
                role.specialties().stream().distinct().forEach(code -> specialties.add(record.key(), source, id, code));
            } else if (record instanceof PatientRecord patient) {
                patients.add(record.key(), source, id, versionId, patient.iin() == null ? null : patient.iin().value(),
                        patient.recordNumberSystem(), patient.recordNumber(), patient.name(), Columns.sex(patient.sex()),
                        Columns.day(patient.birthDate()), patient.regionCode(), Columns.day(patient.deceasedDay()));
            } else if (record instanceof DeathRecord death) {
                deaths.add(record.key(), source, id, versionId, death.iin().value(), Columns.day(death.deathDay()));
            } else if (record instanceof AttachmentRecord attachment) {
                attachments.add(record.key(), source, id, attachment.originType(), versionId, Columns.resourceId(attachment.patient()),
                        Columns.iin(attachment.patient()), Columns.resourceId(attachment.organization()),
                        Columns.bin(attachment.organization()), Columns.day(attachment.start()), Columns.day(attachment.end()));
            } else {
                encountersAndClaims.add(source, record, versionId);
            }
        }
        for (TableWriter writer : List.of(organizations, practitioners, roles, specialties, patients, deaths, attachments)) {
            writer.flush();
        }
        encountersAndClaims.flush();
        return digests;
    }

    private void deleteCurrentRows(String source, List<RecordKey> keys) {
        Map<String, List<String>> idsByType = new LinkedHashMap<>();
        for (RecordKey key : keys) {
            idsByType.computeIfAbsent(key.type(), type -> new ArrayList<>()).add(key.id());
        }
        idsByType.forEach((type, ids) -> {
            String[] table = TABLES.get(type);
            if (table == null) {
                throw new IllegalArgumentException("no canonical table for record type " + type);
            }
            String originFilter = table[0].equals("attachment") ? " and origin_type = '" + type + "'" : "";
            // a join with unnest keeps the index plan even as a generic prepared plan, where "= any(?)" may not
            jdbc.update(connection -> {
                var statement = connection.prepareStatement("delete from " + table[0] + " t using unnest(?::text[]) "
                        + "as k(id) where t.source_system = ? and t." + table[1] + " = k.id" + originFilter);
                statement.setArray(1, connection.createArrayOf("text", ids.toArray()));
                statement.setString(2, source);
                return statement;
            });
        });
    }
}
