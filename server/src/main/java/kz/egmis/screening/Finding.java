package kz.egmis.screening;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A screening finding (INTERCHANGE.md section 3): which rule, about whom and what, how much is at risk, its status,
 * the records behind it and its evidence (rule-specific JSON), and its entry on the ledger.
 *
 * @param personId     the person of the patient's IIN in the person registry (section 8), null when none is known
 * @param evidenceJson the rule's evidence as JSON text
 * @param ledgerIndex  the leaf of its latest event, null for a moment after a pass
 */
public record Finding(String id, String rule, int ruleVersion, String severity, String status, BigDecimal amountKzt,
                      String patientIin, String personId, String practitionerIin, String organizationBin, LocalDate day,
                      String serviceCode, List<String> encounterIds, String attachmentId, List<String> claimIds,
                      OffsetDateTime detectedAt, String evidenceJson, Long ledgerIndex) {

    public boolean isOpen() {
        return "open".equals(status);
    }
}
