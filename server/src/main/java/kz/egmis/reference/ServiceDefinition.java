package kz.egmis.reference;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * One billable service of the national catalog.
 *
 * @param priceKzt    the tariff in tenge for one unit
 * @param minutes     the standard time a practitioner spends on one unit
 * @param ageMin      the youngest age, in whole years on the day of service, inclusive
 * @param ageMax      the oldest age, in whole years on the day of service, inclusive
 * @param specialties the practitioner specialty codes allowed to perform it, in catalog order
 * @param maxPerDay   the most units one patient may be billed per organization per day
 */
public record ServiceDefinition(
        String code,
        String nameRu,
        String nameEn,
        CareSetting setting,
        BigDecimal priceKzt,
        int minutes,
        AllowedSex sex,
        int ageMin,
        int ageMax,
        Set<String> specialties,
        int maxPerDay) {

    public ServiceDefinition {
        requireText(code, "code");
        requireText(nameRu, "nameRu");
        requireText(nameEn, "nameEn");
        Objects.requireNonNull(setting, "setting");
        Objects.requireNonNull(priceKzt, "priceKzt");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(specialties, "specialties");
        if (priceKzt.signum() < 0 || minutes < 0 || ageMin < 0 || maxPerDay < 1) {
            throw new IllegalArgumentException("Service " + code + " has a negative price, time or age, or max per day below 1");
        }
        if (ageMin > ageMax) {
            throw new IllegalArgumentException("Service " + code + " has age_min " + ageMin + " above age_max " + ageMax);
        }
        if (specialties.isEmpty()) {
            throw new IllegalArgumentException("Service " + code + " names no specialty");
        }
        // Keeps the catalog order, which reads better in messages than a hash order.
        specialties = Collections.unmodifiableSet(new LinkedHashSet<>(specialties));
    }

    /** Whether a patient of this age, in whole years on the day of service, may receive it. */
    public boolean allowsAge(int years) {
        return years >= ageMin && years <= ageMax;
    }

    /** Whether a practitioner of this specialty code may perform it. */
    public boolean allowsSpecialty(String specialtyCode) {
        return specialties.contains(specialtyCode);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
