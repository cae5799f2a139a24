package kz.egmis.demo;

import java.util.List;

/** How a finding is recognised when findings are compared with the ground truth of planted offences. */
public final class FindingKeys {

    private FindingKeys() {
    }

    /**
     * The key that identifies a finding of the rule, the same for a planted offence and for a finding the server
     * raised: the claim, the attachment, the encounter pair, the visit, the practitioner-day or the billed unit.
     */
    public static String key(String rule, String patientIin, String practitionerIin, String organizationBin, String day,
                      String serviceCode, List<String> encounterIds, String attachmentId, List<String> claimIds) {
        return rule + " " + switch (rule) {
            case "DECEASED_ATTACHMENT" -> attachmentId;
            case "INPATIENT_OVERLAP", "PRACTITIONER_DOUBLE_PRESENCE" -> String.join(",", encounterIds.stream().sorted().toList());
            case "OUTPATIENT_DURING_INPATIENT" -> encounterIds.get(0);
            case "PRACTITIONER_OVERLOAD" -> practitionerIin + " " + day;
            case "DUPLICATE_BILLING" -> patientIin + " " + serviceCode + " " + organizationBin + " " + day;
            default -> String.join(",", claimIds);
        };
    }

}
