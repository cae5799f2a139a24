package kz.egmis.ingestion;

import java.util.List;

/**
 * Published after a batch of records has committed with at least one new version, so that features downstream
 * (screening) can look again at what changed without ingestion knowing them.
 *
 * @param sourceSystem the source system whose records were stored
 * @param newVersions  how many new versions the batch committed
 * @param records      the records that got a new version, each once, in the order they were stored
 */
public record RecordsStored(String sourceSystem, int newVersions, List<StoredRecord> records) {

    public RecordsStored {
        records = List.copyOf(records);
    }

    /**
     * A record of the source system, by type and id: a FHIR resource type, or for a legacy CSV row that is not a
     * claim, its format ({@code death-registry}, {@code attachment-registry}).
     */
    public record StoredRecord(String type, String id) {
    }
}
