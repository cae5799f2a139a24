package kz.egmis.demo.internal;

import java.util.List;

import kz.egmis.demo.DemoSettings;

/** A generated region: everything the source systems will send, and the offences planted in it. */
public record GeneratedRegion(DemoSettings settings, List<Person> people, List<Facility> facilities,
                              List<Practitioner> practitioners, List<Role> roles, List<Attachment> attachments,
                              List<Encounter> encounters, List<Claim> claims, List<Person> deathsOnPatientRecord,
                              List<PlantedOffence> planted, List<String> nearMisses) {
}
