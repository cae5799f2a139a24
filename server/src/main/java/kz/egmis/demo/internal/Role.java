package kz.egmis.demo.internal;

import java.time.LocalDate;

/** Employment of a practitioner at a facility in one specialty; {@code end} null while employed. */
public record Role(String id, Practitioner practitioner, Facility facility, String specialty, LocalDate start,
                   LocalDate end) {

    public boolean coversDay(LocalDate day) {
        return !day.isBefore(start) && (end == null || !day.isAfter(end));
    }
}
