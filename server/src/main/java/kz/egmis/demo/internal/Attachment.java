package kz.egmis.demo.internal;

import java.time.LocalDate;

/**
 * A PHC attachment. Sent as an EpisodeOfCare by the PHC system ({@code episodeId} set) or as an attachment-registry
 * row (episodeId null). {@code end} is what the source sends: null while open, even when a later attachment ends it.
 */
public record Attachment(Person person, Facility facility, LocalDate start, LocalDate end, String sourceSystem,
                         String episodeId) {

    /** The finding's attachmentId as the standard writes it. */
    public String reference() {
        return episodeId != null
                ? sourceSystem + "/EpisodeOfCare/" + episodeId
                : sourceSystem + "/attachment-registry/" + person.iin() + ":" + facility.bin() + ":" + start;
    }

    public Attachment endingOn(LocalDate day) {
        return new Attachment(person, facility, start, day, sourceSystem, episodeId);
    }
}
