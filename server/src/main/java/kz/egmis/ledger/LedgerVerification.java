package kz.egmis.ledger;

/** {@code verify}: recompute every leaf from the database rows, rebuild the tree, check every signed tree head. */
public interface LedgerVerification {

    /** Verifies everything committed before the call; never throws for what it finds, only reports it. */
    VerificationReport verify();
}
