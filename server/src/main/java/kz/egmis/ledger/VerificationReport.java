package kz.egmis.ledger;

import java.util.List;

/**
 * What {@code verify} found: every leaf recomputed from its row, the tree rebuilt, every tree head checked.
 *
 * @param ok                 no problem at all
 * @param leavesChecked      leaves in the log that were recomputed and compared
 * @param headsChecked       signed tree heads whose root and signature were checked
 * @param problems           the problems, at most {@value #LISTED_PROBLEMS}
 * @param problemsNotListed  problems beyond those listed (a wholesale change can break millions of rows)
 * @param durationMs         how long verifying took
 */
public record VerificationReport(boolean ok, long leavesChecked, long headsChecked, List<VerificationProblem> problems,
                                 long problemsNotListed, long durationMs) {

    public static final int LISTED_PROBLEMS = 1000;

    public VerificationReport {
        problems = List.copyOf(problems);
    }

    /** The last line the verify command prints. */
    public String summary() {
        long total = problems.size() + problemsNotListed;
        return (ok ? "Ledger verified: no problem" : "Ledger NOT verified: " + total + (total == 1 ? " problem" : " problems"))
                + "; " + leavesChecked + " leaves and " + headsChecked + " tree heads checked in " + durationMs + " ms";
    }
}
