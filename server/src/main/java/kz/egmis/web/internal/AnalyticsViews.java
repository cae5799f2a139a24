package kz.egmis.web.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import kz.egmis.analytics.AnalyticsQueries;
import kz.egmis.analytics.AnalyticsQueries.MetricFigure;
import kz.egmis.analytics.AnalyticsQueries.MonthFigures;
import tools.jackson.databind.json.JsonMapper;

/** What the analytics pages show, written as the pages write values (public: the templates call these). */
public final class AnalyticsViews {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AnalyticsViews() {
    }

    /** A month's row of figures. */
    public record MonthRow(String month, long claims, long items, long patients, String gobmp, String osms,
                           long attached, long attachedNotSeen, String perCapita, long findings, String atRisk) {
        static MonthRow of(MonthFigures month) {
            return new MonthRow(monthText(month.month()), month.claims(), month.items(), month.patients(),
                    Formats.money(amount(month, "GOBMP")), Formats.money(amount(month, "OSMS")), month.attached(),
                    month.attachedNotSeen24m(), Formats.money(month.perCapitaKzt()), month.findings(),
                    Formats.money(month.atRiskKzt()));
        }
    }

    /** A metric against the peers. */
    public record MetricRow(String metric, String month, String value, String peerMedian, int peerCount,
                            String peerGroup, String robustZ, boolean outlier) {
        static MetricRow of(MetricFigure figure) {
            return new MetricRow(figure.metric(), monthText(figure.month()), number(figure.value()),
                    number(figure.peerMedian()), figure.peerCount(), figure.peerGroup(), number(figure.robustZ()),
                    figure.outlier());
        }
    }

    /** Findings of one rule over the months shown. */
    public record RuleRow(String rule, long findings, String atRisk) {
    }

    public record FacilityPage(String bin, String name, String type, String region, List<MonthRow> months,
                               List<MetricRow> metrics, String lastMonth, long attachedNotSeen, String perCapita,
                               List<RuleRow> rules, String chart) {

        static FacilityPage of(AnalyticsQueries.FacilityReport report) {
            List<MonthFigures> months = report.months();
            MonthFigures last = months.get(months.size() - 1);
            Map<String, MetricRow> latest = new LinkedHashMap<>();
            for (MetricFigure figure : report.metrics()) {
                latest.put(figure.metric(), MetricRow.of(figure));
            }
            List<MetricRow> metrics = AnalyticsPagesController.METRICS.stream().filter(latest::containsKey)
                    .map(latest::get).toList();
            var facility = report.facility();
            return new FacilityPage(facility.bin(), facility.name() == null ? facility.bin() : facility.name(),
                    facility.type(), facility.region(), months.stream().map(MonthRow::of).toList(), metrics,
                    monthText(last.month()), last.attachedNotSeen24m(), Formats.money(last.perCapitaKzt()),
                    ruleRows(months), chartJson(months));
        }
    }

    /** A facility of the region's ranking. */
    public record RankedRow(int rank, String bin, String name, long claims, long findings, String atRisk) {
    }

    public record RegionPage(String code, List<MonthRow> months, String atRisk, long findings, int facilitiesTotal,
                             List<RankedRow> facilities, List<RuleRow> rules, String chart) {

        static RegionPage of(AnalyticsQueries.RegionReport report) {
            List<RankedRow> ranked = new ArrayList<>();
            for (AnalyticsQueries.RankedFacility facility : report.facilities()) {
                ranked.add(new RankedRow(ranked.size() + 1, facility.bin(),
                        facility.name() == null ? facility.bin() : facility.name(), facility.claims(),
                        facility.findings(), Formats.money(facility.atRiskKzt())));
            }
            BigDecimal atRisk = report.months().stream().map(MonthFigures::atRiskKzt).reduce(BigDecimal.ZERO, BigDecimal::add);
            long findings = report.months().stream().mapToLong(MonthFigures::findings).sum();
            return new RegionPage(report.region().code(), report.months().stream().map(MonthRow::of).toList(),
                    Formats.money(atRisk), findings, report.facilitiesTotal(), ranked, ruleRows(report.months()),
                    chartJson(report.months()));
        }
    }

    /** A facility or practitioner of the outliers list. */
    public record OutlierRow(int rank, String key, String name, String value, String peerMedian, int peerCount,
                             String peerGroup, String robustZ, boolean outlier, String specialty,
                             String organizationBin, String explanation) {
    }

    public record OutlierPage(String month, List<OutlierRow> items) {

        static OutlierPage of(AnalyticsQueries.OutlierList list, java.util.function.UnaryOperator<String> specialtyName) {
            List<OutlierRow> rows = new ArrayList<>();
            for (AnalyticsQueries.Outlier item : list.items()) {
                rows.add(new OutlierRow(rows.size() + 1, item.key(), item.name(), number(item.value()),
                        number(item.peerMedian()), item.peerCount(), item.peerGroup(), number(item.robustZ()),
                        item.outlier(), item.specialty() == null ? null : specialtyName.apply(item.specialty()), item.organizationBin(), item.explanation()));
            }
            return new OutlierPage(monthText(list.month()), rows);
        }
    }

    /** Findings per rule summed over the months, the largest amount first. */
    static List<RuleRow> ruleRows(List<MonthFigures> months) {
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, BigDecimal> amounts = new TreeMap<>();
        for (MonthFigures month : months) {
            month.findingsByRule().forEach((rule, figures) -> {
                counts.computeIfAbsent(rule, key -> new long[1])[0] += figures.findings();
                amounts.merge(rule, figures.atRiskKzt(), BigDecimal::add);
            });
        }
        return counts.keySet().stream().sorted((a, b) -> amounts.get(b).compareTo(amounts.get(a)))
                .map(rule -> new RuleRow(rule, counts.get(rule)[0], Formats.money(amounts.get(rule)))).toList();
    }

    /** The chart's data: month labels, KZT billed (both funding streams) and KZT at risk, as JSON. */
    static String chartJson(List<MonthFigures> months) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("months", months.stream().map(month -> monthText(month.month())).toList());
        data.put("billed", months.stream().map(month -> amount(month, "GOBMP").add(amount(month, "OSMS"))).toList());
        data.put("atRisk", months.stream().map(MonthFigures::atRiskKzt).toList());
        data.put("findings", months.stream().map(MonthFigures::findings).toList());
        return JSON.writeValueAsString(data);
    }

    private static BigDecimal amount(MonthFigures month, String funding) {
        BigDecimal amount = month.amountKzt() == null ? null : month.amountKzt().get(funding);
        return amount == null ? BigDecimal.ZERO : amount;
    }

    /** {@code 2026-03} as {@code 03.2026}, the way the pages write dates. */
    static String monthText(String month) {
        return month == null || month.length() != 7 ? "" : month.substring(5) + "." + month.substring(0, 4);
    }

    /** A figure with at most two decimals (a comma, as both Kazakh and Russian write them), or a dash. */
    static String number(Double value) {
        if (value == null) {
            return "—";
        }
        return String.format(Locale.ROOT, "%.2f", value).replace('.', ',').replace(",00", "");
    }
}
