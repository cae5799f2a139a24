package kz.egmis.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.egmis.demo.internal.Claim;
import kz.egmis.demo.internal.Delivery;
import kz.egmis.demo.internal.GeneratedRegion;
import kz.egmis.demo.internal.PlantedOffence;
import kz.egmis.demo.internal.PlantedOutlier;
import kz.egmis.demo.internal.RegionGenerator;
import kz.egmis.demo.internal.SourceFiles;
import kz.egmis.reference.ReferenceCatalog;
import kz.egmis.reference.ReferenceCatalogFiles;

class RegionGeneratorTest {

    private static final DemoSettings SMALL = new DemoSettings(42, 2_000, 2, LocalDate.of(2026, 11, 21), List.of("35"));

    private static final DemoSettings THREE_REGIONS = new DemoSettings(7, 4_500, 3, LocalDate.of(2026, 11, 21),
            List.of("35", "11", "15"));

    @TempDir
    Path folder;

    @Test
    void theSameSeedWritesTheSameFilesByteForByte() throws IOException {
        List<Delivery> first = SourceFiles.write(RegionGenerator.generate(SMALL, ReferenceCatalogFiles.bundled()),
                Files.createDirectory(folder.resolve("first")));
        List<Delivery> second = SourceFiles.write(RegionGenerator.generate(SMALL, ReferenceCatalogFiles.bundled()),
                Files.createDirectory(folder.resolve("second")));

        assertThat(second).isEqualTo(first);
        for (Delivery delivery : first) {
            assertThat(folder.resolve("second").resolve(delivery.file()))
                    .hasSameBinaryContentAs(folder.resolve("first").resolve(delivery.file()));
        }
    }

    @Test
    void anotherSeedMakesAnotherRegion() {
        GeneratedRegion one = RegionGenerator.generate(SMALL, ReferenceCatalogFiles.bundled());
        GeneratedRegion other = RegionGenerator.generate(new DemoSettings(43, 2_000, 2, SMALL.lastDay(), SMALL.regions()),
                ReferenceCatalogFiles.bundled());

        assertThat(other.people().get(0).iin()).isNotEqualTo(one.people().get(0).iin());
    }

    @Test
    void plantsOneOffencePerTenThousandPeopleAndAtLeastTwoOfEveryRuleAndDescribesItsNearMisses() {
        GeneratedRegion region = RegionGenerator.generate(SMALL, ReferenceCatalogFiles.bundled());

        Map<String, Long> perRule = region.planted().stream()
                .collect(Collectors.groupingBy(PlantedOffence::rule, Collectors.counting()));
        assertThat(perRule).hasSize(10).allSatisfy((rule, count) -> assertThat(count).as(rule).isEqualTo(2L));
        assertThat(region.nearMisses()).hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void plantsPaddingBelowEveryRuleOnTwoPhcsTwoPractitionersAndOneAbsentAttachedList() {
        GeneratedRegion region = RegionGenerator.generate(THREE_REGIONS, ReferenceCatalogFiles.bundled());

        Map<String, List<String>> keysPerMetric = region.outliers().stream().collect(Collectors.groupingBy(
                PlantedOutlier::metric, Collectors.mapping(PlantedOutlier::key, Collectors.toList())));
        assertThat(keysPerMetric).containsOnlyKeys("kzt_per_attached", "services_per_patient", "attached_not_seen_share",
                "minutes_per_practitioner_day");
        assertThat(keysPerMetric.get("kzt_per_attached")).hasSize(2).isEqualTo(keysPerMetric.get("services_per_patient"));
        assertThat(keysPerMetric.get("attached_not_seen_share")).hasSize(1)
                .doesNotContainAnyElementsOf(keysPerMetric.get("kzt_per_attached"));
        Set<String> padded = Set.copyOf(keysPerMetric.get("minutes_per_practitioner_day"));
        assertThat(padded).hasSize(2);
        Set<String> overloaded = region.planted().stream().filter(o -> o.rule().equals("PRACTITIONER_OVERLOAD"))
                .map(o -> o.practitionerIin() + " " + o.day()).collect(Collectors.toSet());
        Map<String, Integer> paddedDays = new java.util.TreeMap<>();
        for (Claim claim : region.claims()) {
            String iin = claim.careTeam().get(0).iin().value();
            if (padded.contains(iin)) {
                claim.items().forEach(item -> paddedDays.merge(iin + " " + item.day(), item.minutes(), Integer::sum));
            }
        }
        paddedDays.keySet().removeAll(overloaded);
        assertThat(paddedDays.values()).as("padded days stay below the overload limit").allSatisfy(minutes ->
                assertThat(minutes).isLessThanOrEqualTo(700));
        assertThat(paddedDays.values().stream().filter(minutes -> minutes >= 600).count())
                .as("most padded days reach 600 minutes").isGreaterThan(paddedDays.size() * 3L / 4);
    }

    @Test
    void theOnlyCareAfterADeathIsThePlantedOne() {
        GeneratedRegion region = RegionGenerator.generate(SMALL, ReferenceCatalogFiles.bundled());
        Set<String> planted = region.planted().stream().filter(o -> o.rule().equals("DECEASED_SERVICE"))
                .flatMap(o -> o.claimIds().stream()).collect(Collectors.toSet());

        List<String> afterDeath = region.claims().stream()
                .filter(claim -> claim.patient().deathDay() != null && claim.lastDay().isAfter(claim.patient().deathDay()))
                .map(Claim::reference).toList();
        assertThat(afterDeath).containsExactlyInAnyOrderElementsOf(planted);
    }

    @Test
    void thePopulationIsYoungAsInKazakhstan() {
        GeneratedRegion region = RegionGenerator.generate(SMALL, ReferenceCatalogFiles.bundled());

        long children = region.people().stream().filter(p -> p.ageOn(SMALL.lastDay()) < 15).count();
        long women = region.people().stream().filter(p -> p.sex() == kz.egmis.identity.Sex.FEMALE).count();
        assertThat(children * 100 / region.people().size()).isBetween(22L, 36L);
        assertThat(women * 100 / region.people().size()).isBetween(45L, 56L);
    }

    @Test
    void theOldPolyclinicSystemExportsWindows1251WithRussianHeadersAndCrlf() throws IOException {
        List<Delivery> deliveries = SourceFiles.write(RegionGenerator.generate(SMALL, ReferenceCatalogFiles.bundled()), folder);
        Delivery legacy = deliveries.stream().filter(d -> "legacy-services".equals(d.format())).findFirst().orElseThrow();

        byte[] bytes = Files.readAllBytes(folder.resolve(legacy.file()));
        String text = new String(bytes, Charset.forName("windows-1251"));
        assertThat(text).startsWith("ИИН,БИН,Дата,Код услуги,Кол-во,Сумма,ИИН врача,МКБ-10,Номер записи\r\n");
        assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("ИИН");
    }

    @Test
    void aReplacementCatalogOfTheSameShapeIsUsedWithoutCodeChanges() throws IOException {
        Path catalogFolder = Files.createDirectory(folder.resolve("catalog"));
        for (String file : List.of("funding.csv", "regions.csv", "specialties.csv", "services.csv")) {
            try (InputStream in = getClass().getResourceAsStream("/reference/" + file)) {
                String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                // every service gets a new code: the generator must take codes from the catalog it is given
                Files.writeString(catalogFolder.resolve(file), file.equals("services.csv")
                        ? content.replaceAll("(?m)^(PHC|AMB|IMP|EMS)(\\d{3});", "X$1$2;") : content);
            }
        }
        ReferenceCatalog replacement = ReferenceCatalogFiles.fromDirectory(catalogFolder);

        GeneratedRegion region = RegionGenerator.generate(SMALL, replacement);

        assertThat(region.claims()).isNotEmpty().allSatisfy(claim -> assertThat(claim.items())
                .allSatisfy(item -> assertThat(item.service().code()).startsWith("X")));
    }
}
