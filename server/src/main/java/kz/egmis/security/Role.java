package kz.egmis.security;

/** What a caller may do (INTERCHANGE.md section 7). Bound roles carry a scope: see {@link Caller}. */
public enum Role {
    /** Everything: keys and accounts, ledger verification, and all below. */
    ADMINISTRATOR,
    /** Sends data and reads it back, bound to one source system. */
    SOURCE_SYSTEM,
    /** All facilities: findings (read, review, assign), screening runs, analytics, persons and identity review. */
    AUDITOR,
    /** All facilities: analytics and findings, read only. */
    ANALYST,
    /** One or more facilities (BINs): their analytics and findings, read only. */
    FACILITY_MANAGER,
    /** One person (IIN): {@code /api/me/...} only. */
    CITIZEN;

    /** Whether this role sees every facility's data (no BIN scope). */
    public boolean seesAllFacilities() {
        return this == ADMINISTRATOR || this == AUDITOR || this == ANALYST;
    }
}
