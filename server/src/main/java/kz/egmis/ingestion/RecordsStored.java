package kz.egmis.ingestion;

/**
 * Published after a batch of records has committed with at least one new version, so that features downstream
 * (screening) can look again at what changed without ingestion knowing them.
 *
 * @param sourceSystem the source system whose records were stored
 * @param newVersions  how many new versions the batch committed
 */
public record RecordsStored(String sourceSystem, int newVersions) {
}
