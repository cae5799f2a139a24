package kz.egmis.demo.internal;

import java.util.List;

import kz.egmis.demo.DemoSettings;

/** A generated region: everything the source systems will send, the offences planted in it and the padding only
 * the peer comparison shows. */
public record GeneratedRegion(DemoSettings settings, List<Person> people, List<Facility> facilities,
                              List<Practitioner> practitioners, List<Role> roles, List<Attachment> attachments,
                              List<Encounter> encounters, List<Claim> claims, List<Person> deathsOnPatientRecord,
                              List<PlantedOffence> planted, List<String> nearMisses,
                              List<PlantedOutlier> outliers) {
}
