package kz.egmis.ledger.internal;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import kz.egmis.ledger.LedgerVerification;
import kz.egmis.ledger.VerificationReport;

/** {@code POST /api/admin/ledger/verify}: the verify report for an administrator (the security filter checks). */
@RestController
class LedgerVerifyController {

    private final LedgerVerification verification;

    LedgerVerifyController(LedgerVerification verification) {
        this.verification = verification;
    }

    @PostMapping("/api/admin/ledger/verify")
    VerificationReport verify() {
        return verification.verify();
    }
}
