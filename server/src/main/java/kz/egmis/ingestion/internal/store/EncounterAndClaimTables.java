package kz.egmis.ingestion.internal.store;

import static java.sql.Types.BIGINT;
import static java.sql.Types.CHAR;
import static java.sql.Types.INTEGER;
import static java.sql.Types.NUMERIC;
import static java.sql.Types.VARCHAR;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import kz.egmis.ingestion.domain.CanonicalRecord;
import kz.egmis.ingestion.domain.ClaimRecord;
import kz.egmis.ingestion.domain.EncounterRecord;
import kz.egmis.ingestion.domain.Reference;
import kz.egmis.platform.KazakhstanTime;

/** The rows of encounters and claims, with their participants, care teams and items. */
final class EncounterAndClaimTables {

    private final TableWriter encounters;
    private final TableWriter participants;
    private final TableWriter claims;
    private final TableWriter careTeam;
    private final TableWriter items;
    private final TableWriter itemCareTeam;
    private final TableWriter itemEncounters;

    EncounterAndClaimTables(JdbcTemplate jdbc, RowDigests digests) {
        encounters = new TableWriter(jdbc, digests, "encounter", "source_system, resource_id, version_id, status, encounter_class, "
                + "patient_resource_id, patient_iin, organization_resource_id, organization_bin, start_at, end_at, "
                + "start_day, end_day, reason_code",
                VARCHAR, VARCHAR, BIGINT, VARCHAR, VARCHAR, VARCHAR, CHAR, VARCHAR, CHAR, BIGINT, BIGINT, INTEGER, INTEGER,
                VARCHAR);
        participants = new TableWriter(jdbc, digests, "encounter_participant",
                "source_system, encounter_id, position, practitioner_resource_id, practitioner_iin",
                VARCHAR, VARCHAR, INTEGER, VARCHAR, CHAR);
        claims = new TableWriter(jdbc, digests, "claim", "source_system, resource_id, version_id, origin_type, status, claim_type, "
                + "patient_resource_id, patient_iin, provider_resource_id, provider_bin, funding_code, created_day, "
                + "diagnosis_code, total_kzt",
                VARCHAR, VARCHAR, BIGINT, VARCHAR, VARCHAR, VARCHAR, VARCHAR, CHAR, VARCHAR, CHAR, VARCHAR, INTEGER, VARCHAR,
                NUMERIC);
        careTeam = new TableWriter(jdbc, digests, "claim_care_team",
                "source_system, claim_id, sequence, practitioner_resource_id, practitioner_iin",
                VARCHAR, VARCHAR, INTEGER, VARCHAR, CHAR);
        items = new TableWriter(jdbc, digests, "claim_item", "source_system, claim_id, sequence, service_code, start_day, end_day, "
                + "quantity, unit_price_kzt, net_kzt",
                VARCHAR, VARCHAR, INTEGER, VARCHAR, INTEGER, INTEGER, NUMERIC, NUMERIC, NUMERIC);
        itemCareTeam = new TableWriter(jdbc, digests, "claim_item_care_team",
                "source_system, claim_id, item_sequence, care_team_sequence", VARCHAR, VARCHAR, INTEGER, INTEGER);
        itemEncounters = new TableWriter(jdbc, digests, "claim_item_encounter",
                "source_system, claim_id, item_sequence, position, encounter_resource_id",
                VARCHAR, VARCHAR, INTEGER, INTEGER, VARCHAR);
    }

    void add(String source, CanonicalRecord record, long versionId) {
        if (record instanceof EncounterRecord encounter) {
            addEncounter(source, encounter, versionId);
        } else if (record instanceof ClaimRecord claim) {
            addClaim(source, claim, versionId);
        } else {
            throw new IllegalArgumentException("not an encounter or claim: " + record.key());
        }
    }

    private void addEncounter(String source, EncounterRecord encounter, long versionId) {
        String id = encounter.key().id();
        encounters.add(encounter.key(), source, id, versionId, encounter.status(), encounter.encounterClass(),
                Columns.resourceId(encounter.patient()), Columns.iin(encounter.patient()),
                Columns.resourceId(encounter.organization()), Columns.bin(encounter.organization()),
                Columns.seconds(encounter.start()), Columns.seconds(encounter.end()),
                KazakhstanTime.epochDay(encounter.start()), lastDay(encounter.start(), encounter.end()),
                encounter.reasonCode());
        List<Reference> people = encounter.participants();
        for (int position = 0; position < people.size(); position++) {
            participants.add(encounter.key(), source, id, position, Columns.resourceId(people.get(position)), Columns.iin(people.get(position)));
        }
    }

    /** The day of the last second of the encounter: an end at midnight belongs to the day before. */
    private static int lastDay(Instant start, Instant end) {
        return KazakhstanTime.epochDay(end.isAfter(start) ? end.minusSeconds(1) : end);
    }

    private void addClaim(String source, ClaimRecord claim, long versionId) {
        String id = claim.key().id();
        claims.add(claim.key(), source, id, versionId, claim.originType(), claim.status(), claim.claimType(),
                Columns.resourceId(claim.patient()), Columns.iin(claim.patient()),
                Columns.resourceId(claim.provider()), Columns.bin(claim.provider()), claim.fundingCode(),
                Columns.day(claim.created()), claim.diagnosisCode(), Columns.money(claim.total()));
        for (ClaimRecord.CareTeamMember member : claim.careTeam()) {
            careTeam.add(claim.key(), source, id, member.sequence(), Columns.resourceId(member.practitioner()),
                    Columns.iin(member.practitioner()));
        }
        for (ClaimRecord.ClaimItem item : claim.items()) {
            items.add(claim.key(), source, id, item.sequence(), item.serviceCode(), Columns.day(item.start()), Columns.day(item.end()),
                    Columns.quantity(item.quantity()), Columns.money(item.unitPrice()), Columns.money(item.net()));
            item.careTeamSequences().stream().distinct()
                    .forEach(sequence -> itemCareTeam.add(claim.key(), source, id, item.sequence(), sequence));
            for (int position = 0; position < item.encounters().size(); position++) {
                itemEncounters.add(claim.key(), source, id, item.sequence(), position,
                        Columns.resourceId(item.encounters().get(position)));
            }
        }
    }

    void flush() {
        for (TableWriter writer : List.of(encounters, participants, claims, careTeam, items, itemCareTeam, itemEncounters)) {
            writer.flush();
        }
    }
}
