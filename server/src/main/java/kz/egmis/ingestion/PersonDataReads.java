package kz.egmis.ingestion;

import java.util.List;

import kz.egmis.security.Actor;

/**
 * The access log of reads of a person's data, for features that show such data outside the FHIR API (screening's
 * findings name the patient). Each read is an {@code access_log} row and a ledger leaf, written in one transaction
 * before the data is answered, so a citizen sees every read and nobody removes one unnoticed.
 */
public interface PersonDataReads {

    /**
     * A read of one record about a person.
     *
     * @param system     the system the record belongs to (a source system, or {@code EGMIS} for what EGMIS derived)
     * @param type       what the record is ({@code Finding}, ...)
     * @param id         its id within that system and type
     * @param patientIin the person it is about
     */
    record Read(String system, String type, String id, String patientIin) {
    }

    /** Logs these reads by this reader, all in one transaction; {@code path} is the request that read them. */
    void recordReads(Actor reader, String path, List<Read> reads);
}
