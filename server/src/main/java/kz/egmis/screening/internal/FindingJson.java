package kz.egmis.screening.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import kz.egmis.platform.KazakhstanTime;

/** A finding as section 3 of the standard writes it: fixed field names, days as YYYY-MM-DD, evidence as JSON. */
final class FindingJson {

    static final String COLUMNS = "f.id, f.rule, f.rule_version, f.severity, f.status, f.amount_kzt, f.patient_iin,"
            + " f.practitioner_iin, f.organization_bin, f.day, f.service_code, f.encounter_ids, f.attachment_id,"
            + " f.claim_ids, f.detected_at, f.evidence,"
            // the person of the IIN (section 8), from the person registry's view of IINs and persons
            + " (select ip.person_id from identity_iin_person ip where ip.iin = f.patient_iin) as person_id,"
            + " (select l.leaf_index from ledger_leaf l where l.kind = 'finding' and l.ref = f.last_event_id) as ledger_index";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private FindingJson() {
    }

    static Map<String, Object> of(ResultSet row) throws SQLException {
        Map<String, Object> finding = new LinkedHashMap<>();
        finding.put("id", row.getString("id"));
        finding.put("rule", row.getString("rule"));
        finding.put("ruleVersion", row.getInt("rule_version"));
        finding.put("severity", row.getString("severity"));
        finding.put("status", row.getString("status"));
        finding.put("amountKzt", row.getBigDecimal("amount_kzt"));
        finding.put("patientIin", trimmed(row.getString("patient_iin")));
        finding.put("personId", row.getString("person_id"));
        finding.put("practitionerIin", trimmed(row.getString("practitioner_iin")));
        finding.put("organizationBin", trimmed(row.getString("organization_bin")));
        int day = row.getInt("day");
        finding.put("day", row.wasNull() ? null : KazakhstanTime.day(day).toString());
        finding.put("serviceCode", row.getString("service_code"));
        finding.put("encounterIds", list(row.getString("encounter_ids")));
        finding.put("attachmentId", row.getString("attachment_id"));
        finding.put("claimIds", list(row.getString("claim_ids")));
        finding.put("detectedAt", OffsetDateTime.ofInstant(Instant.ofEpochSecond(row.getLong("detected_at")),
                KazakhstanTime.OFFSET).toString());
        finding.put("evidence", JSON.readTree(row.getString("evidence")));
        long ledgerIndex = row.getLong("ledger_index");
        finding.put("ledgerIndex", row.wasNull() ? null : ledgerIndex);
        return finding;
    }

    private static List<String> list(String commaSeparated) {
        return commaSeparated == null ? null : Arrays.asList(commaSeparated.split(","));
    }

    private static String trimmed(String code) {
        return code == null ? null : code.strip();
    }
}
