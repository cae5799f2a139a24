package kz.egmis.reference.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import kz.egmis.reference.AllowedSex;
import kz.egmis.reference.CareSetting;
import kz.egmis.reference.FundingStream;
import kz.egmis.reference.ReferenceCatalog;
import kz.egmis.reference.Region;
import kz.egmis.reference.ServiceDefinition;
import kz.egmis.reference.Specialty;

/**
 * Builds the catalog from the four files. Strict: the first problem stops loading, because billing
 * checked against a half-read catalog would be silently wrong.
 */
final class ReferenceCatalogLoader {

    static final String SERVICES = "services.csv";
    static final String SPECIALTIES = "specialties.csv";
    static final String REGIONS = "regions.csv";
    static final String FUNDING = "funding.csv";

    private static final List<String> SERVICE_COLUMNS = List.of("code", "name_ru", "name_en", "setting", "price_kzt",
            "minutes", "sex", "age_min", "age_max", "specialties", "max_per_day");
    private static final List<String> SPECIALTY_COLUMNS = List.of("code", "name_ru", "name_en");
    private static final List<String> REGION_COLUMNS = List.of("code", "name_ru", "name_kk", "name_en");
    private static final List<String> FUNDING_COLUMNS = List.of("code", "name_ru", "name_en", "per_capita_monthly_kzt");

    private ReferenceCatalogLoader() {
    }

    static ReferenceCatalog load(ReferenceFiles files) {
        // Specialties first: services are checked against them.
        List<Specialty> specialties = specialties(ReferenceTable.read(files, SPECIALTIES, SPECIALTY_COLUMNS));
        Set<String> specialtyCodes = specialties.stream().map(Specialty::code).collect(Collectors.toSet());
        List<ServiceDefinition> services = services(ReferenceTable.read(files, SERVICES, SERVICE_COLUMNS), specialtyCodes);
        List<Region> regions = regions(ReferenceTable.read(files, REGIONS, REGION_COLUMNS));
        List<FundingStream> funding = funding(ReferenceTable.read(files, FUNDING, FUNDING_COLUMNS));
        return new ReferenceCatalog(services, specialties, regions, funding);
    }

    private static List<Specialty> specialties(ReferenceTable table) {
        List<Specialty> specialties = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (ReferenceRow row : table.rows()) {
            String code = uniqueCode(row, seen);
            // '|' separates specialties in services.csv, so a code containing it could never be named there.
            if (code.contains("|")) {
                throw row.invalid("code", "\"" + code + "\" contains '|', which separates specialties in " + SERVICES + ".");
            }
            specialties.add(new Specialty(code, row.text("name_ru"), row.text("name_en")));
        }
        return specialties;
    }

    private static List<ServiceDefinition> services(ReferenceTable table, Set<String> specialtyCodes) {
        List<ServiceDefinition> services = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (ReferenceRow row : table.rows()) {
            String code = uniqueCode(row, seen);
            String nameRu = row.text("name_ru");
            String nameEn = row.text("name_en");
            CareSetting setting = setting(row);
            BigDecimal price = row.amount("price_kzt");
            int minutes = row.wholeNumber("minutes");
            AllowedSex sex = sex(row);
            int ageMin = row.wholeNumber("age_min");
            int ageMax = row.wholeNumber("age_max");
            if (ageMin > ageMax) {
                throw row.invalid("age_min", ageMin + " is greater than age_max " + ageMax + "; the range is inclusive.");
            }
            Set<String> specialties = specialties(row, specialtyCodes);
            int maxPerDay = row.wholeNumber("max_per_day");
            if (maxPerDay < 1) {
                throw row.invalid("max_per_day", "0 would make the service impossible to bill; expected 1 or more.");
            }
            services.add(new ServiceDefinition(code, nameRu, nameEn, setting, price, minutes, sex, ageMin, ageMax,
                    specialties, maxPerDay));
        }
        return services;
    }

    private static List<Region> regions(ReferenceTable table) {
        List<Region> regions = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (ReferenceRow row : table.rows()) {
            String code = uniqueCode(row, seen);
            if (!Region.isRegionCode(code)) {
                throw row.invalid("code", "\"" + code + "\" is not a region code; expected the two digits that start"
                        + " the region's KATO codes, such as 71.");
            }
            regions.add(new Region(code, row.text("name_ru"), row.text("name_kk"), row.text("name_en")));
        }
        return regions;
    }

    private static List<FundingStream> funding(ReferenceTable table) {
        List<FundingStream> funding = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (ReferenceRow row : table.rows()) {
            String code = uniqueCode(row, seen);
            // Empty for a stream that pays per service only, such as OSMS.
            Optional<BigDecimal> perCapita = row.optionalAmount("per_capita_monthly_kzt");
            funding.add(new FundingStream(code, row.text("name_ru"), row.text("name_en"), perCapita));
        }
        return funding;
    }

    private static String uniqueCode(ReferenceRow row, Map<String, Integer> seen) {
        String code = row.text("code");
        Integer earlier = seen.putIfAbsent(code, row.lineNumber());
        if (earlier != null) {
            throw row.invalid("code", "\"" + code + "\" is already defined on line " + earlier + ".");
        }
        return code;
    }

    private static CareSetting setting(ReferenceRow row) {
        String value = row.text("setting");
        return Arrays.stream(CareSetting.values()).filter(setting -> setting.name().equals(value)).findFirst()
                .orElseThrow(() -> row.invalid("setting", "\"" + value + "\" is not a care setting; expected one of "
                        + Arrays.stream(CareSetting.values()).map(Enum::name).collect(Collectors.joining(", ")) + "."));
    }

    private static AllowedSex sex(ReferenceRow row) {
        String value = row.text("sex");
        return AllowedSex.fromLetter(value).orElseThrow(() -> row.invalid("sex",
                "\"" + value + "\" is not a sex letter; expected A (any), M (male) or F (female)."));
    }

    private static Set<String> specialties(ReferenceRow row, Set<String> specialtyCodes) {
        String value = row.text("specialties");
        Set<String> specialties = new LinkedHashSet<>();
        for (String specialty : value.split("\\|", -1)) {
            String code = specialty.strip();
            if (code.isEmpty()) {
                throw row.invalid("specialties", "\"" + value + "\" has an empty entry; separate codes with a single '|'.");
            }
            if (!specialtyCodes.contains(code)) {
                throw row.invalid("specialties", "\"" + code + "\" is not in " + SPECIALTIES + ".");
            }
            specialties.add(code);
        }
        return specialties;
    }
}
