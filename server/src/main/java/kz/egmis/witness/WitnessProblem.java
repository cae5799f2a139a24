package kz.egmis.witness;

import kz.egmis.ledger.SignedTreeHead;

/**
 * A check that failed, or a server that could not be asked: ends the round with one PROBLEM line. When the
 * server signed something wrong, {@code evidence} is that head, kept in the state file.
 */
final class WitnessProblem extends Exception {

    private final String kind;
    private final transient SignedTreeHead evidence;

    WitnessProblem(String kind, String message) {
        this(kind, message, null);
    }

    WitnessProblem(String kind, String message, SignedTreeHead evidence) {
        super(message, null, false, false);
        this.kind = kind;
        this.evidence = evidence;
    }

    /** A short word naming what went wrong: fork, rollback, signature, unreachable, ... */
    String kind() {
        return kind;
    }

    SignedTreeHead evidence() {
        return evidence;
    }

    /** The round's output line. */
    String line() {
        return "PROBLEM " + kind + ": " + getMessage();
    }
}
