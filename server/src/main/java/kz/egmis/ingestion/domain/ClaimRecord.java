package kz.egmis.ingestion.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A bill to the fund, from a FHIR Claim or a legacy-services row ({@code originType} says which).
 */
public record ClaimRecord(RecordKey key, String originType, String status, String claimType, Reference patient,
                          Reference provider, String fundingCode, LocalDate created, String diagnosisCode,
                          BigDecimal total, List<CareTeamMember> careTeam, List<ClaimItem> items)
        implements CanonicalRecord {

    public static final String FROM_FHIR = "Claim";
    public static final String FROM_LEGACY_SERVICES = "legacy-services";
    /** The most digits before the decimal mark of an amount in KZT: the canonical model holds numeric(16,2). */
    public static final int AMOUNT_INTEGER_DIGITS = 14;
    /** The most digits before the decimal mark of a quantity: the canonical model holds numeric(12,3). */
    public static final int QUANTITY_INTEGER_DIGITS = 9;

    public ClaimRecord {
        careTeam = List.copyOf(careTeam);
        items = List.copyOf(items);
    }

    /** The digits of a value before its decimal mark; 0 below 1. */
    public static int integerDigits(BigDecimal value) {
        return Math.max(0, value.precision() - value.scale());
    }

    public record CareTeamMember(int sequence, Reference practitioner) {
    }

    /**
     * One billed line. {@code careTeamSequences} empty means the whole care team performed it; {@code end} is
     * the inclusive last day (equal to {@code start} for a servicedDate).
     */
    public record ClaimItem(int sequence, String serviceCode, LocalDate start, LocalDate end, BigDecimal quantity,
                            BigDecimal unitPrice, BigDecimal net, List<Integer> careTeamSequences,
                            List<Reference> encounters) {

        public ClaimItem {
            careTeamSequences = List.copyOf(careTeamSequences);
            encounters = List.copyOf(encounters);
        }
    }
}
