package kz.egmis.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.egmis.demo.internal.Delivery;
import kz.egmis.demo.internal.GeneratedRegion;
import kz.egmis.demo.internal.GroundTruthFile;
import kz.egmis.demo.internal.RegionGenerator;
import kz.egmis.demo.internal.SourceFiles;
import kz.egmis.reference.ReferenceCatalogFiles;

class RegionGeneratorTest {

    @TempDir
    Path folder;

    @Test
    void printsTheDefaultRegion() throws Exception {
        DemoSettings settings = new DemoSettings(2026, 50_000, 6, LocalDate.of(2026, 11, 21), List.of("35"));
        long started = System.nanoTime();
        GeneratedRegion region = RegionGenerator.generate(settings, ReferenceCatalogFiles.bundled());
        long generated = System.nanoTime();
        List<Delivery> deliveries = SourceFiles.write(region, folder);
        GroundTruthFile.write(region, deliveries, folder);
        long written = System.nanoTime();
        System.out.printf("generate %d ms, write %d ms%n", (generated - started) / 1_000_000, (written - generated) / 1_000_000);
        System.out.println("people " + region.people().size() + " facilities " + region.facilities().size() + " practitioners "
                + region.practitioners().size() + " roles " + region.roles().size() + " attachments " + region.attachments().size()
                + " encounters " + region.encounters().size() + " claims " + region.claims().size());
        Map<String, Long> perRule = region.planted().stream().collect(Collectors.groupingBy(o -> o.rule(), Collectors.counting()));
        System.out.println(perRule);
        region.nearMisses().forEach(System.out::println);
        System.out.println(deliveries.size() + " deliveries, records " + deliveries.stream().mapToInt(Delivery::records).sum());
        try (var files = Files.list(folder)) {
            System.out.println("bytes " + files.mapToLong(p -> p.toFile().length()).sum());
        }
        assertThat(region.planted()).isNotEmpty();
    }
}
