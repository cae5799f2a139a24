package kz.egmis.demo.internal;

import java.util.function.Function;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Encounters and claims in FHIR R4 JSON. How a claim points at its patient and encounter is up to the caller: a
 * literal id within the source, a urn:uuid inside a transaction, or a logical IIN reference.
 */
final class FhirCare {

    private FhirCare() {
    }

    static ObjectNode encounter(Encounter encounter, ObjectNode subject) {
        ObjectNode node = FhirJson.resource("Encounter", encounter.id());
        node.put("status", "finished");
        node.putObject("class").put("system", "http://terminology.hl7.org/CodeSystem/v3-ActCode")
                .put("code", encounter.encounterClass());
        node.set("subject", subject);
        node.set("serviceProvider", FhirJson.logical("Organization", "urn:kz:bin", encounter.facility().bin().value()));
        node.putArray("participant").addObject().set("individual",
                FhirJson.logical("Practitioner", "urn:kz:iin", encounter.practitioner().iin().value()));
        node.putObject("period").put("start", FhirJson.time(encounter.start())).put("end", FhirJson.time(encounter.end()));
        node.set("reasonCode", FhirJson.codings("http://hl7.org/fhir/sid/icd-10", encounter.diagnosis()));
        return node;
    }

    /** A Claim; {@code encounterReference} turns the claim's encounter into a reference (null when it has none). */
    static ObjectNode claim(Claim claim, ObjectNode patient, Function<Encounter, ObjectNode> encounterReference) {
        ObjectNode node = FhirJson.resource("Claim", claim.id());
        node.put("status", "active");
        boolean inpatient = claim.encounter() != null && claim.encounter().encounterClass().equals("IMP");
        node.set("type", FhirJson.coding("http://terminology.hl7.org/CodeSystem/claim-type",
                inpatient ? "institutional" : "professional"));
        node.put("use", "claim");
        node.set("patient", patient);
        node.put("created", claim.lastDay().toString());
        node.set("provider", FhirJson.logical("Organization", "urn:kz:bin", claim.provider().bin().value()));
        node.set("priority", FhirJson.coding("http://terminology.hl7.org/CodeSystem/processpriority", "normal"));
        node.putArray("insurance").addObject().put("sequence", 1).put("focal", true).putObject("coverage")
                .set("identifier", FhirJson.identifier("urn:kz:egmis:funding", claim.funding()));
        ArrayNode careTeam = node.putArray("careTeam");
        for (int i = 0; i < claim.careTeam().size(); i++) {
            careTeam.addObject().put("sequence", i + 1).set("provider",
                    FhirJson.logical("Practitioner", "urn:kz:iin", claim.careTeam().get(i).iin().value()));
        }
        node.putArray("diagnosis").addObject().put("sequence", 1).set("diagnosisCodeableConcept",
                FhirJson.coding("http://hl7.org/fhir/sid/icd-10", claim.diagnosis()));
        ArrayNode items = node.putArray("item");
        for (int i = 0; i < claim.items().size(); i++) {
            Claim.Item item = claim.items().get(i);
            ObjectNode line = items.addObject();
            line.put("sequence", i + 1);
            line.putArray("careTeamSequence").add(item.performer() + 1);
            line.set("productOrService", FhirJson.coding("urn:kz:egmis:service", item.service().code()));
            line.put("servicedDate", item.day().toString());
            line.putObject("quantity").put("value", item.quantity());
            line.set("unitPrice", FhirJson.money(item.service().priceKzt()));
            line.set("net", FhirJson.money(item.net()));
            if (claim.encounter() != null) {
                line.putArray("encounter").add(encounterReference.apply(claim.encounter()));
            }
        }
        node.set("total", FhirJson.money(claim.total()));
        return node;
    }
}
