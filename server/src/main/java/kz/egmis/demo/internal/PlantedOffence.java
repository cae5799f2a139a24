package kz.egmis.demo.internal;

import java.util.List;

/**
 * One offence planted on purpose: the rule that must find it, the keys of the finding it must raise (those that
 * apply to the rule, the rest null) and what the scheme was, in words.
 */
public record PlantedOffence(String rule, String patientIin, String practitionerIin, String organizationBin,
                             String day, String serviceCode, List<String> encounterIds, String attachmentId,
                             List<String> claimIds, String scheme) {
}
