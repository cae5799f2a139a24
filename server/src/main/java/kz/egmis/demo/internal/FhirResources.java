package kz.egmis.demo.internal;

import tools.jackson.databind.node.ObjectNode;

/** The registry resources of the region in FHIR R4 JSON: organizations, practitioners, roles, patients, attachments. */
final class FhirResources {

    private FhirResources() {
    }

    static ObjectNode organization(Facility facility) {
        ObjectNode node = FhirJson.resource("Organization", facility.organizationId());
        node.set("identifier", FhirJson.identifiers("urn:kz:bin", facility.bin().value()));
        node.set("type", FhirJson.codings("urn:kz:egmis:facility-type", facility.type()));
        node.put("name", facility.name());
        node.putArray("address").addObject().put("district", facility.region());
        return node;
    }

    static ObjectNode practitioner(Practitioner practitioner) {
        ObjectNode node = FhirJson.resource("Practitioner", practitioner.practitionerId());
        node.set("identifier", FhirJson.identifiers("urn:kz:iin", practitioner.iin().value()));
        node.putArray("name").add(FhirJson.name(practitioner.family(), practitioner.given(), practitioner.patronymic()));
        node.put("gender", practitioner.iin().sex().fhirCode());
        node.put("birthDate", practitioner.iin().birthDate().toString());
        return node;
    }

    static ObjectNode role(Role role) {
        ObjectNode node = FhirJson.resource("PractitionerRole", role.id());
        node.set("practitioner", FhirJson.logical("Practitioner", "urn:kz:iin", role.practitioner().iin().value()));
        node.set("organization", FhirJson.logical("Organization", "urn:kz:bin", role.facility().bin().value()));
        node.set("specialty", FhirJson.codings("urn:kz:egmis:specialty", role.specialty()));
        node.set("period", FhirJson.period(role.start(), role.end()));
        return node;
    }

    /** The Patient as a system records it under its own id; with the death when {@code withDeath}. */
    static ObjectNode patient(Person person, String id, boolean withDeath) {
        ObjectNode node = FhirJson.resource("Patient", id);
        node.set("identifier", FhirJson.identifiers("urn:kz:iin", person.iin().value()));
        node.putArray("name").add(FhirJson.name(person.family(), person.given(), person.patronymic()));
        node.put("gender", person.sex().fhirCode());
        node.put("birthDate", person.birthDate().toString());
        node.putArray("address").addObject().put("district", person.region());
        if (withDeath) {
            node.put("deceasedDateTime", FhirJson.time(person.deathDay().atTime(12, 0)));
        }
        return node;
    }

    static ObjectNode attachment(Attachment attachment) {
        ObjectNode node = FhirJson.resource("EpisodeOfCare", attachment.episodeId());
        node.put("status", attachment.end() == null ? "active" : "finished");
        node.set("type", FhirJson.codings("urn:kz:egmis:episode-type", "attachment"));
        node.set("patient", FhirJson.literal("Patient/" + attachment.person().patientId()));
        node.set("managingOrganization", FhirJson.logical("Organization", "urn:kz:bin", attachment.facility().bin().value()));
        node.set("period", FhirJson.period(attachment.start(), attachment.end()));
        return node;
    }
}
