package kz.egmis.demo.internal;

import java.time.LocalDate;

import kz.egmis.identity.Iin;
import kz.egmis.identity.Sex;

/** A resident of the region; {@code deathDay} is null for the living. */
public record Person(int number, Iin iin, String family, String given, String patronymic, String region,
                     LocalDate deathDay) {

    public LocalDate birthDate() {
        return iin.birthDate();
    }

    public Sex sex() {
        return iin.sex();
    }

    /** Whole years on {@code day}, as the catalog counts ages. */
    public int ageOn(LocalDate day) {
        return java.time.Period.between(birthDate(), day).getYears();
    }

    public boolean isAliveOn(LocalDate day) {
        return !day.isBefore(birthDate()) && (deathDay == null || !day.isAfter(deathDay));
    }

    public Person diedOn(LocalDate day) {
        return new Person(number, iin, family, given, patronymic, region, day);
    }

    /** The id the PHC system gives its Patient record. */
    public String patientId() {
        return "p-" + number;
    }
}
