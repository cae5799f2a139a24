package kz.egmis.ledger.internal;

import java.util.ArrayList;
import java.util.List;

import kz.egmis.ledger.VerificationProblem;
import kz.egmis.ledger.VerificationReport;

/** The problems of one verify run: the first {@value VerificationReport#LISTED_PROBLEMS} listed, the rest counted. */
final class ProblemList {

    private final List<VerificationProblem> listed = new ArrayList<>();
    private long notListed;

    synchronized void add(VerificationProblem problem) {
        if (listed.size() < VerificationReport.LISTED_PROBLEMS) {
            listed.add(problem);
        } else {
            notListed++;
        }
    }

    synchronized VerificationReport report(long leavesChecked, long headsChecked, long durationMs) {
        return new VerificationReport(listed.isEmpty(), leavesChecked, headsChecked, listed, notListed, durationMs);
    }
}
