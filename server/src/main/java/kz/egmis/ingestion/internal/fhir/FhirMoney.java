package kz.egmis.ingestion.internal.fhir;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.hl7.fhir.r4.model.Money;

import kz.egmis.ingestion.domain.ClaimRecord;

import static kz.egmis.ingestion.internal.fhir.IssueCollector.shown;

/** Amounts of a claim: tenge only, never negative. */
final class FhirMoney {

    private static final String TENGE = "KZT";

    private FhirMoney() {
    }

    /** The amount, or null when absent or invalid (issues). */
    static BigDecimal amount(Money money, String location, IssueCollector issues) {
        if (money == null || money.isEmpty()) {
            return null;
        }
        boolean valid = true;
        if (money.hasCurrency() && !TENGE.equals(money.getCurrency())) {
            issues.value(location + ".currency", "currency " + shown(money.getCurrency()) + ": EGMIS takes amounts"
                    + " in tenge only; send KZT");
            valid = false;
        }
        if (!money.hasValue()) {
            issues.required(location + ".value", "the amount is missing: send it in KZT");
            return null;
        }
        if (money.getValue().signum() < 0) {
            issues.value(location + ".value", "the amount " + money.getValue().toPlainString() + " is negative:"
                    + " send 0 or more");
            return null;
        }
        // as the column will round it: 99999999999999.995 becomes 100000000000000.00
        BigDecimal stored = money.getValue().setScale(2, RoundingMode.HALF_UP);
        if (ClaimRecord.integerDigits(stored) > ClaimRecord.AMOUNT_INTEGER_DIGITS) {
            issues.value(location + ".value", "the amount " + shown(money.getValue().toPlainString()) + " has more than "
                    + ClaimRecord.AMOUNT_INTEGER_DIGITS + " digits before the decimal mark: check the value");
            return null;
        }
        return valid ? money.getValue() : null;
    }
}
