package kz.egmis.ingestion.domain;

import kz.egmis.identity.Bin;

/** A facility or pharmacy: BIN, facility type code, name, region (two KATO digits), optional parent. */
public record OrganizationRecord(RecordKey key, Bin bin, String facilityType, String name, String regionCode,
                                 Reference partOf) implements CanonicalRecord {
}
