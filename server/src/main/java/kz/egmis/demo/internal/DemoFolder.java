package kz.egmis.demo.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kz.egmis.demo.DemoSettings;
import kz.egmis.reference.ReferenceCatalog;
import tools.jackson.databind.JsonNode;

/**
 * The demo's folder in the data folder: the generated files, {@code ground-truth.json} and, once the region has been
 * loaded and screened, the {@code loaded} marker. A folder that already holds a region is reused as it is, so a
 * second start neither generates nor loads again.
 */
public final class DemoFolder {

    private static final String LOADED_MARKER = "loaded";
    private final Path folder;

    public DemoFolder(Path dataDirectory) {
        this.folder = dataDirectory.resolve("demo");
    }

    public Path path() {
        return folder;
    }

    public boolean holdsRegion() {
        return Files.exists(folder.resolve(GroundTruthFile.FILE));
    }

    public boolean isLoaded() {
        return Files.exists(folder.resolve(LOADED_MARKER));
    }

    public void markLoaded() {
        try {
            Files.writeString(folder.resolve(LOADED_MARKER), java.time.Instant.now() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + folder.resolve(LOADED_MARKER), e);
        }
    }

    /** Generates the region and writes its files and ground truth, replacing anything half-written before. */
    public void generate(DemoSettings settings, ReferenceCatalog catalog) {
        try {
            if (Files.exists(folder)) {
                try (var old = Files.list(folder)) {
                    for (Path file : old.toList()) {
                        Files.delete(file);
                    }
                }
            }
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the demo folder " + folder, e);
        }
        GeneratedRegion region = RegionGenerator.generate(settings, catalog);
        List<Delivery> deliveries = SourceFiles.write(region, folder);
        // written last: its presence says the files are complete
        GroundTruthFile.write(region, deliveries, folder);
    }

    public JsonNode groundTruth() {
        try {
            return FhirJson.MAPPER.readTree(Files.readString(folder.resolve(GroundTruthFile.FILE)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + folder.resolve(GroundTruthFile.FILE), e);
        }
    }

    public List<Delivery> deliveries() {
        List<Delivery> deliveries = new ArrayList<>();
        for (JsonNode node : groundTruth().path("deliveries")) {
            deliveries.add(FhirJson.MAPPER.treeToValue(node, Delivery.class));
        }
        return deliveries;
    }

    public DemoSettings settings() {
        JsonNode settings = groundTruth().path("settings");
        List<String> regions = new ArrayList<>();
        settings.path("regions").forEach(region -> regions.add(region.asString()));
        return new DemoSettings(settings.path("seed").asLong(), settings.path("people").asInt(),
                settings.path("months").asInt(), LocalDate.parse(settings.path("lastDay").asString()), regions);
    }

    public Map<String, String> facilityNames() {
        Map<String, String> names = new LinkedHashMap<>();
        groundTruth().path("facilities").forEach(f -> names.put(f.path("bin").asString(), f.path("name").asString()));
        return names;
    }
}
