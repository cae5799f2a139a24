package kz.egmis.analytics.internal;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * Findings (not withdrawn) of a facility in a month, or summed over several: how many, the KZT at risk, how many an
 * auditor confirmed and dismissed, and per rule.
 */
record FindingFigures(long findings, BigDecimal atRiskKzt, long confirmed, long dismissed, Map<String, RuleFigures> byRule) {

    static final FindingFigures NONE = new FindingFigures(0, BigDecimal.ZERO, 0, 0, Map.of());

    record RuleFigures(long findings, BigDecimal atRiskKzt) {
    }

    FindingFigures plus(String rule, long count, BigDecimal atRisk, long confirmedCount, long dismissedCount) {
        return plus(new FindingFigures(count, atRisk, confirmedCount, dismissedCount,
                Map.of(rule, new RuleFigures(count, atRisk))));
    }

    FindingFigures plus(FindingFigures other) {
        Map<String, RuleFigures> rules = new TreeMap<>(byRule);
        other.byRule.forEach((rule, figures) -> rules.merge(rule, figures,
                (a, b) -> new RuleFigures(a.findings() + b.findings(), a.atRiskKzt().add(b.atRiskKzt()))));
        return new FindingFigures(findings + other.findings, atRiskKzt.add(other.atRiskKzt),
                confirmed + other.confirmed, dismissed + other.dismissed, rules);
    }
}
