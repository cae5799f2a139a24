package kz.egmis.demo.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes {@code ground-truth.json}: every planted offence with the keys of the finding it must raise (and the key
 * the comparison uses), the clean near misses, the analytics outliers planted
 * (padding no rule catches), the facilities (for reports) and the delivery order ({@code deliveries}).
 */
public final class GroundTruthFile {

    public static final String FILE = "ground-truth.json";

    private GroundTruthFile() {
    }

    public static void write(GeneratedRegion region, List<Delivery> deliveries, Path folder) {
        ObjectNode root = FhirJson.MAPPER.createObjectNode();
        ObjectNode settings = root.putObject("settings");
        settings.put("seed", region.settings().seed());
        settings.put("people", region.settings().people());
        settings.put("months", region.settings().months());
        settings.put("firstDay", region.settings().firstDay().toString());
        settings.put("lastDay", region.settings().lastDay().toString());
        region.settings().regions().forEach(settings.putArray("regions")::add);
        ObjectNode counts = root.putObject("counts");
        counts.put("people", region.people().size());
        counts.put("facilities", region.facilities().size());
        counts.put("practitioners", region.practitioners().size());
        counts.put("attachments", region.attachments().size());
        counts.put("encounters", region.encounters().size());
        counts.put("claims", region.claims().size());
        ArrayNode offences = root.putArray("offences");
        for (PlantedOffence offence : region.planted()) {
            ObjectNode node = FhirJson.MAPPER.valueToTree(offence);
            node.put("key", Offences.key(offence));
            offences.add(node);
        }
        region.nearMisses().forEach(root.putArray("nearMisses")::add);
        ArrayNode outliers = root.putArray("outliers");
        region.outliers().forEach(outlier -> outliers.add(FhirJson.MAPPER.valueToTree(outlier)));
        ArrayNode facilities = root.putArray("facilities");
        for (Facility facility : region.facilities()) {
            facilities.addObject().put("bin", facility.bin().value()).put("name", facility.name())
                    .put("type", facility.type()).put("region", facility.region()).put("sourceSystem", facility.sourceSystem());
        }
        ArrayNode order = root.putArray("deliveries");
        deliveries.forEach(delivery -> order.add(FhirJson.MAPPER.valueToTree(delivery)));
        try {
            Files.writeString(folder.resolve(FILE), FhirJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + FILE + " in " + folder, e);
        }
    }
}
