package kz.egmis.analytics;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import kz.egmis.security.Caller;

/**
 * The figures of section 9 for other features (the web pages), exactly as {@code /api/analytics/...} answers them:
 * the 12 months up to the latest month with data, the caller's scope applied. A refusal is thrown as {@link Refused}
 * with the API's status and error code.
 */
public interface AnalyticsQueries {

    /** A facility as its Organization record describes it. */
    record Facility(String bin, String name, String type, String region) {
    }

    /** Findings of one rule: how many and the KZT at risk. */
    record RuleFigures(long findings, BigDecimal atRiskKzt) {
    }

    /** One month of a facility or a region (see docs/ANALYTICS.md, "Monthly figures"). */
    record MonthFigures(String month, long claims, long items, long patients, Map<String, BigDecimal> amountKzt,
                        long attached, long attachedNotSeen24m, BigDecimal perCapitaKzt, long findings,
                        BigDecimal atRiskKzt, long confirmed, long dismissed, Map<String, RuleFigures> findingsByRule) {
    }

    /** A metric of one month against the peers. */
    record MetricFigure(String metric, String month, Double value, Double peerMedian, int peerCount, String peerGroup,
                        Double robustZ, boolean outlier) {
    }

    record FacilityReport(Facility facility, List<MonthFigures> months, List<MetricFigure> metrics) {
    }

    record RegionName(String code, String nameRu, String nameKk, String nameEn) {
    }

    /** A facility of a region's ranking: its figures summed over the months. */
    record RankedFacility(String bin, String name, String type, String region, long claims, long items, long patients,
                          Map<String, BigDecimal> amountKzt, long findings, BigDecimal atRiskKzt, long confirmed,
                          long dismissed) {
    }

    record RegionReport(RegionName region, List<MonthFigures> months, int facilitiesTotal,
                        List<RankedFacility> facilities) {
    }

    /** A facility (key: BIN) or a practitioner (key: IIN) against its peers; practitioners carry the rest. */
    record Outlier(String key, String name, String metric, String month, Double value, Double peerMedian,
                   int peerCount, String peerGroup, Double robustZ, boolean outlier, String specialty,
                   String organizationBin, String explanation) {
    }

    record OutlierList(String level, String metric, String month, List<Outlier> items) {
    }

    /** What the API would have answered instead: its HTTP status and error code (e.g. 403 OUT_OF_SCOPE). */
    final class Refused extends RuntimeException {

        private final int status;
        private final String code;

        public Refused(int status, String code, String message) {
            super(message);
            this.status = status;
            this.code = code;
        }

        public int status() {
            return status;
        }

        public String code() {
            return code;
        }
    }

    FacilityReport facility(Caller caller, String bin);

    /** The region's months and the first {@code size} facilities the caller may see, ranked by KZT at risk. */
    RegionReport region(Caller caller, String code, int size);

    /** {@code level} facility or practitioner; {@code region} and {@code month} may be null. */
    OutlierList outliers(Caller caller, String level, String metric, String region, String month, int limit);
}
