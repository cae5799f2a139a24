package kz.egmis.demo.internal;

import java.time.LocalDateTime;

/** A visit or stay as the source system records it; times are local (UTC+05:00). */
public record Encounter(String sourceSystem, String id, String encounterClass, Person patient, Facility facility,
                        Practitioner practitioner, LocalDateTime start, LocalDateTime end, String diagnosis) {

    public String reference() {
        return sourceSystem + "/Encounter/" + id;
    }
}
