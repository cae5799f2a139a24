package kz.egmis.analytics.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

import kz.egmis.analytics.internal.FacilityMonth.Facility;
import kz.egmis.analytics.internal.PeerComparison.Compared;

/** The JSON shapes of section 9. */
final class AnalyticsJson {

    private AnalyticsJson() {
    }

    static Map<String, Object> facility(Facility facility) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("bin", facility.bin());
        json.put("name", facility.name());
        json.put("type", facility.type());
        json.put("region", facility.region());
        return json;
    }

    /** A month of figures; {@code perCapitaMonthlyKzt} is what one attached person is paid per month. */
    static Map<String, Object> month(MonthTotals totals, BigDecimal perCapitaMonthlyKzt) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("month", Months.text(totals.month()));
        json.put("claims", totals.claims());
        json.put("items", totals.items());
        json.put("patients", totals.patients());
        Map<String, Object> amounts = new LinkedHashMap<>();
        amounts.put("GOBMP", totals.amountGobmpKzt());
        amounts.put("OSMS", totals.amountOsmsKzt());
        json.put("amountKzt", amounts);
        json.put("attached", totals.attached());
        json.put("attachedNotSeen24m", totals.attachedNotSeen24m());
        json.put("perCapitaKzt", perCapitaMonthlyKzt.multiply(BigDecimal.valueOf(totals.attachedNotSeen24m())));
        json.put("perCapitaAttachedKzt", perCapitaMonthlyKzt.multiply(BigDecimal.valueOf(totals.attached())));
        FindingFigures findings = totals.findings();
        json.put("findings", findings.findings());
        json.put("atRiskKzt", findings.atRiskKzt());
        json.put("confirmed", findings.confirmed());
        json.put("dismissed", findings.dismissed());
        Map<String, Object> byRule = new LinkedHashMap<>();
        findings.byRule().forEach((rule, figures) -> byRule.put(rule,
                Map.of("findings", figures.findings(), "atRiskKzt", figures.atRiskKzt())));
        json.put("findingsByRule", byRule);
        return json;
    }

    /** A metric of section 9 against the peers. */
    static Map<String, Object> metric(Metric metric, int month, Compared compared) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("metric", metric.code());
        json.put("month", Months.text(month));
        json.put("value", rounded(compared.subject().value()));
        json.put("peerMedian", rounded(compared.peerMedian()));
        json.put("peerCount", compared.peerCount());
        json.put("peerGroup", compared.national() ? "national" : "region");
        json.put("robustZ", compared.robustZ() == null ? null : rounded(compared.robustZ()));
        json.put("outlier", compared.isOutlier());
        return json;
    }

    static double rounded(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).doubleValue();
    }
}
