package kz.egmis.demo.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes what each simulated source system sends, in the standard's formats: the register of practitioners (FHIR
 * batch Bundles), the PHC system (NDJSON), the hospital system (one transaction Bundle per stay, urn:uuid references),
 * the old polyclinic system (legacy-services CSV in windows-1251), the attachment register and the civil registry
 * (CSV), the laboratory's system (NDJSON claims). The files are then put in a shuffled order: sources do not wait for each other.
 */
public final class SourceFiles {

    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    private SourceFiles() {
    }

    public static List<Delivery> write(GeneratedRegion region, Path folder) {
        List<Delivery> deliveries = new ArrayList<>();
        registry(region, folder, deliveries);
        phcSystem(region, folder, deliveries);
        care(region, folder, deliveries, Facilities.LABORATORY_SYSTEM, "lis-tests");
        hospitalSystem(region, folder, deliveries);
        LegacyCsv.write(region, folder, deliveries);
        Collections.shuffle(deliveries, new Random(region.settings().seed()));
        // the old system exports overlapping periods: its first file arrives a second time, and changes nothing
        deliveries.stream().filter(d -> d.sourceSystem().equals(Facilities.LEGACY_SYSTEM)).findFirst()
                .ifPresent(deliveries::add);
        return deliveries;
    }

    private static void registry(GeneratedRegion region, Path folder, List<Delivery> deliveries) {
        List<ObjectNode> resources = new ArrayList<>();
        region.facilities().forEach(facility -> resources.add(FhirResources.organization(facility)));
        region.practitioners().forEach(practitioner -> resources.add(FhirResources.practitioner(practitioner)));
        region.roles().forEach(role -> resources.add(FhirResources.role(role)));
        try (DeliveryWriter writer = writer(folder, "nrmw-register", Facilities.REGISTER_OF_PRACTITIONERS, "bundles", 20, deliveries)) {
            for (int from = 0; from < resources.size(); from += 200) {
                ObjectNode bundle = bundle("batch");
                for (ObjectNode resource : resources.subList(from, Math.min(resources.size(), from + 200))) {
                    addEntry(bundle, null, resource);
                }
                writer.write(bundle.toString(), bundle.get("entry").size());
            }
        }
    }

    private static void phcSystem(GeneratedRegion region, Path folder, List<Delivery> deliveries) {
        String system = Facilities.PHC_SYSTEM;
        try (DeliveryWriter writer = writer(folder, "damumed-patients", system, "ndjson", 10_000, deliveries)) {
            region.people().forEach(person -> writer.write(FhirResources.patient(person, person.patientId(), false).toString()));
        }
        try (DeliveryWriter writer = writer(folder, "damumed-deaths", system, "ndjson", 10_000, deliveries)) {
            region.deathsOnPatientRecord().forEach(person ->
                    writer.write(FhirResources.patient(person, person.patientId(), true).toString()));
        }
        try (DeliveryWriter writer = writer(folder, "damumed-attachments", system, "ndjson", 10_000, deliveries)) {
            region.attachments().stream().filter(a -> a.episodeId() != null)
                    .forEach(attachment -> writer.write(FhirResources.attachment(attachment).toString()));
        }
        care(region, folder, deliveries, system, "damumed-care");
    }

    /** The encounters and claims a FHIR system sends as NDJSON: each encounter just before its claim. */
    private static void care(GeneratedRegion region, Path folder, List<Delivery> deliveries, String system, String name) {
        try (DeliveryWriter writer = writer(folder, name, system, "ndjson", 10_000, deliveries)) {
            for (Claim claim : region.claims()) {
                if (!claim.sourceSystem().equals(system)) {
                    continue;
                }
                ObjectNode patient = claim.encounter() == null
                        ? FhirJson.logical("Patient", "urn:kz:iin", claim.patient().iin().value())
                        : FhirJson.literal("Patient/" + claim.patient().patientId());
                if (claim.encounter() != null) {
                    writer.write(FhirCare.encounter(claim.encounter(), patient).toString());
                }
                writer.write(FhirCare.claim(claim, patient, e -> FhirJson.literal("Encounter/" + e.id())).toString());
            }
        }
    }

    /** One transaction per stay: the hospital's own Patient record, the stay and its claim, linked by urn:uuid. */
    private static void hospitalSystem(GeneratedRegion region, Path folder, List<Delivery> deliveries) {
        try (DeliveryWriter writer = writer(folder, "kmis-stays", Facilities.HOSPITAL_SYSTEM, "bundles", 250, deliveries)) {
            for (Claim claim : region.claims()) {
                if (!claim.sourceSystem().equals(Facilities.HOSPITAL_SYSTEM)) {
                    continue;
                }
                String patientUrl = "urn:uuid:" + UUID.nameUUIDFromBytes(("patient " + claim.patient().number()).getBytes(UTF_8));
                String encounterUrl = "urn:uuid:" + UUID.nameUUIDFromBytes(claim.encounter().id().getBytes(UTF_8));
                ObjectNode bundle = bundle("transaction");
                addEntry(bundle, patientUrl, FhirResources.patient(claim.patient(), "kp-" + claim.patient().number(), false));
                addEntry(bundle, encounterUrl, FhirCare.encounter(claim.encounter(), FhirJson.literal(patientUrl)));
                addEntry(bundle, "urn:uuid:" + UUID.nameUUIDFromBytes(claim.id().getBytes(UTF_8)),
                        FhirCare.claim(claim, FhirJson.literal(patientUrl), e -> FhirJson.literal(encounterUrl)));
                writer.write(bundle.toString(), 3);
            }
        }
    }

    static DeliveryWriter writer(Path folder, String name, String source, String kind, int perFile, List<Delivery> deliveries) {
        return new DeliveryWriter(folder, name, new Delivery(null, source, kind, null, 0), null, UTF_8, "\n", perFile, deliveries);
    }

    static DeliveryWriter csvWriter(Path folder, String name, String source, String format, String header, Charset charset,
                                    String lineEnd, int perFile, List<Delivery> deliveries) {
        return new DeliveryWriter(folder, name, new Delivery(null, source, "csv", format, 0), header, charset, lineEnd,
                perFile, deliveries);
    }

    static Charset legacyCharset() {
        return WINDOWS_1251;
    }

    private static ObjectNode bundle(String type) {
        ObjectNode bundle = FhirJson.MAPPER.createObjectNode().put("resourceType", "Bundle").put("type", type);
        bundle.putArray("entry");
        return bundle;
    }

    private static void addEntry(ObjectNode bundle, String fullUrl, ObjectNode resource) {
        ObjectNode entry = ((ArrayNode) bundle.get("entry")).addObject();
        if (fullUrl != null) {
            entry.put("fullUrl", fullUrl);
        }
        entry.set("resource", resource);
        entry.putObject("request").put("method", "PUT")
                .put("url", resource.get("resourceType").asString() + "/" + resource.get("id").asString());
    }
}
