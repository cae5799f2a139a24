package kz.egmis.ingestion.domain;

import java.time.LocalDate;
import java.util.List;

/** Employment of a practitioner at an organization in specialties, over an inclusive period (end null = open). */
public record PractitionerRoleRecord(RecordKey key, Reference practitioner, Reference organization,
                                     List<String> specialties, LocalDate start, LocalDate end)
        implements CanonicalRecord {

    public PractitionerRoleRecord {
        specialties = List.copyOf(specialties);
    }
}
