package kz.egmis.demo.internal;

import java.time.YearMonth;

/**
 * The facilities of each region, sized to its people: a PHC centre per 5,000 residents, a consultative and diagnostic
 * centre per 20,000, a hospital per 25,000, an ambulance station, a laboratory and two pharmacies (at least two of each, three specialist centres, so that every cross-facility
 * scheme has a second facility on a FHIR system). The first specialist centre still runs an old system that exports CSV.
 */
final class Facilities {

    static final String PHC_SYSTEM = "DAMUMED";
    static final String HOSPITAL_SYSTEM = "KMIS";
    static final String LEGACY_SYSTEM = "POLYCLINIC-1C";
    static final String LABORATORY_SYSTEM = "LIS";
    static final String REGISTER_OF_PRACTITIONERS = "NRMW";
    static final String ATTACHMENT_REGISTER = "RPN";
    static final String CIVIL_REGISTRY = "ZAGS";

    private static final String[] PHC_NAMES = {"Достар", "Шипагер", "Саулет", "Мейірім", "Болашак", "Жанұя", "Нұрлы жол",
        "Самал", "Айголек", "Береке"};

    private Facilities() {
    }

    static void build(World world) {
        int regions = world.settings.regions().size();
        for (String region : world.settings.regions()) {
            int residents = world.settings.people() / regions;
            add(world, region, "PHC", Math.max(2, (residents + 4_999) / 5_000));
            add(world, region, "SPEC", Math.max(3, (residents + 19_999) / 20_000));
            add(world, region, "HOSP", Math.max(2, (residents + 24_999) / 25_000));
            add(world, region, "EMS", 1);
            add(world, region, "LAB", 1);
            add(world, region, "PHARM", 2);
        }
    }

    private static void add(World world, String region, String type, int count) {
        String regionName = world.catalog.region(region).map(r -> r.nameRu()).orElse(region);
        for (int i = 1; i <= count; i++) {
            int number = world.facilities.size();
            String name = switch (type) {
                case "PHC" -> "Центр ПМСП «" + PHC_NAMES[(i - 1) % PHC_NAMES.length] + "»"
                        + (i > PHC_NAMES.length ? " № " + i : "") + ", " + regionName;
                case "SPEC" -> "Консультативно-диагностический центр № " + i + ", " + regionName;
                case "EMS" -> "Станция скорой медицинской помощи, " + regionName;
                case "LAB" -> "Клинико-диагностическая лаборатория, " + regionName;
                case "PHARM" -> "Аптека № " + i + ", " + regionName;
                default -> (i == 1 ? "Областная многопрофильная больница" : "Городская больница № " + i) + ", " + regionName;
            };
            String system = switch (type) {
                case "PHC", "SPEC", "EMS", "PHARM" -> number == firstSpecialistCentre(world, type) ? LEGACY_SYSTEM : PHC_SYSTEM;
                case "LAB" -> LABORATORY_SYSTEM;
                default -> HOSPITAL_SYSTEM;
            };
            YearMonth registered = YearMonth.of(1995 + world.random.nextInt(20), 1 + world.random.nextInt(12));
            world.facilities.add(new Facility(number, world.numbers.organization(registered), type, name, region, system));
        }
    }

    /** The number the first specialist centre gets, or -1 once it exists or for other types. */
    private static int firstSpecialistCentre(World world, String type) {
        boolean exists = world.facilities.stream().anyMatch(f -> f.type().equals("SPEC"));
        return type.equals("SPEC") && !exists ? world.facilities.size() : -1;
    }
}
