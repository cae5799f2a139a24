package kz.egmis.screening;

import java.util.List;

import kz.egmis.platform.RefusedRequest;
import kz.egmis.security.Caller;

/** An auditor's verdict on a finding, as other features (the web interface) record it. */
public interface FindingReviewing {

    /** The codes of the rules of section 5, in the standard's order. */
    List<String> RULES = List.of("DECEASED_SERVICE", "DECEASED_ATTACHMENT", "INPATIENT_OVERLAP",
            "OUTPATIENT_DURING_INPATIENT", "PRACTITIONER_OVERLOAD", "PRACTITIONER_DOUBLE_PRESENCE", "DUPLICATE_BILLING",
            "SEX_AGE_MISMATCH", "SPECIALTY_MISMATCH", "UNATTACHED_PHC_BILLING");

    /** A review that cannot be made: the HTTP status, the error code, and what to do instead. */
    final class RefusedReview extends RefusedRequest {
        public RefusedReview(int status, String code, String message) {
            super(status, code, message);
        }
    }

    /**
     * Records the verdict ({@code confirmed} or {@code dismissed}) with its comment, in the finding's history and on
     * the ledger; answers the finding after it.
     *
     * @throws RefusedReview when the caller may not review, the verdict is malformed, or the finding is gone
     */
    Finding review(Caller caller, String id, String status, String comment);
}
