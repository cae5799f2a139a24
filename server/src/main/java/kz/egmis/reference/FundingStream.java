package kz.egmis.reference;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A funding stream, such as GOBMP or OSMS.
 *
 * @param perCapitaMonthlyKzt the monthly payment a PHC facility receives for each attached person;
 *                            empty for a stream that pays per service only (OSMS)
 */
public record FundingStream(String code, String nameRu, String nameEn, Optional<BigDecimal> perCapitaMonthlyKzt) {

    public FundingStream {
        if (code == null || code.isBlank() || nameRu == null || nameRu.isBlank() || nameEn == null || nameEn.isBlank()) {
            throw new IllegalArgumentException("A funding stream needs a code and both names: " + code);
        }
        Objects.requireNonNull(perCapitaMonthlyKzt, "perCapitaMonthlyKzt (use Optional.empty())");
        if (perCapitaMonthlyKzt.filter(amount -> amount.signum() < 0).isPresent()) {
            throw new IllegalArgumentException("Funding stream " + code + " has a negative per-capita payment");
        }
    }

    public boolean paysPerCapita() {
        return perCapitaMonthlyKzt.isPresent();
    }
}
