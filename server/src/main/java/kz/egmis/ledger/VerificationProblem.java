package kz.egmis.ledger;

import java.util.Objects;

/**
 * One thing {@code verify} found wrong.
 *
 * @param kind  {@value #ALTERED}, {@value #INSERTED}, {@value #DELETED}, or {@value #UNCHECKED} when something
 *              could not be checked at all
 * @param what  what is wrong, in a sentence
 * @param where the leaf, tree head or row, e.g. {@code leaf #12, resource_version id 17 (his/Claim/c1 v2)}
 */
public record VerificationProblem(String kind, String what, String where) {

    public static final String ALTERED = "altered";
    public static final String INSERTED = "inserted";
    public static final String DELETED = "deleted";
    public static final String UNCHECKED = "unchecked";

    public VerificationProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(where, "where");
    }

    public static VerificationProblem altered(String what, String where) {
        return new VerificationProblem(ALTERED, what, where);
    }

    public static VerificationProblem inserted(String what, String where) {
        return new VerificationProblem(INSERTED, what, where);
    }

    public static VerificationProblem deleted(String what, String where) {
        return new VerificationProblem(DELETED, what, where);
    }

    public static VerificationProblem unchecked(String what, String where) {
        return new VerificationProblem(UNCHECKED, what, where);
    }

    /** One line for a terminal: {@code altered: <where>: <what>}. */
    public String line() {
        return kind + ": " + where + ": " + what;
    }
}
