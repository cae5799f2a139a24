package kz.egmis.screening.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import kz.egmis.platform.KazakhstanTime;
import kz.egmis.screening.Finding;

/** Reads a {@link Finding} from a row of {@code finding f} selected with {@link #COLUMNS}. */
final class FindingRows {

    static final String COLUMNS = "f.id, f.rule, f.rule_version, f.severity, f.status, f.amount_kzt, f.patient_iin,"
            + " f.practitioner_iin, f.organization_bin, f.day, f.service_code, f.encounter_ids, f.attachment_id,"
            + " f.claim_ids, f.detected_at, f.evidence,"
            // the person of the IIN (section 8), from the person registry's view of IINs and persons
            + " (select ip.person_id from identity_iin_person ip where ip.iin = f.patient_iin) as person_id,"
            + " (select l.leaf_index from ledger_leaf l where l.kind = 'finding' and l.ref = f.last_event_id) as ledger_index";

    private FindingRows() {
    }

    static Finding finding(ResultSet row, int number) throws SQLException {
        int day = row.getInt("day");
        boolean noDay = row.wasNull();
        long ledgerIndex = row.getLong("ledger_index");
        boolean notSequenced = row.wasNull();
        return new Finding(row.getString("id"), row.getString("rule"), row.getInt("rule_version"),
                row.getString("severity"), row.getString("status"), row.getBigDecimal("amount_kzt"),
                trimmed(row.getString("patient_iin")), row.getString("person_id"), trimmed(row.getString("practitioner_iin")),
                trimmed(row.getString("organization_bin")), noDay ? null : KazakhstanTime.day(day),
                row.getString("service_code"), list(row.getString("encounter_ids")), row.getString("attachment_id"),
                list(row.getString("claim_ids")),
                OffsetDateTime.ofInstant(Instant.ofEpochSecond(row.getLong("detected_at")), KazakhstanTime.OFFSET),
                row.getString("evidence"), notSequenced ? null : ledgerIndex);
    }

    private static List<String> list(String commaSeparated) {
        return commaSeparated == null ? null : Arrays.asList(commaSeparated.split(","));
    }

    private static String trimmed(String code) {
        return code == null ? null : code.strip();
    }
}
