package kz.egmis.demo.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import kz.egmis.reference.ServiceDefinition;

/**
 * A bill to the fund. {@code legacy} claims travel as legacy-services CSV rows (one item each), the others as FHIR
 * Claims. Every item is performed by the practitioner at index {@code performer} of {@code careTeam}.
 */
public record Claim(String sourceSystem, String id, Person patient, Facility provider, List<Practitioner> careTeam,
                    String funding, String diagnosis, List<Item> items, Encounter encounter, boolean legacy) {

    public record Item(ServiceDefinition service, LocalDate day, int quantity, int performer) {

        public BigDecimal net() {
            return service.priceKzt().multiply(BigDecimal.valueOf(quantity));
        }

        public int minutes() {
            return service.minutes() * quantity;
        }
    }

    public String reference() {
        return sourceSystem + "/Claim/" + id;
    }

    public BigDecimal total() {
        return items.stream().map(Item::net).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public LocalDate lastDay() {
        return items.stream().map(Item::day).max(LocalDate::compareTo).orElseThrow();
    }
}
