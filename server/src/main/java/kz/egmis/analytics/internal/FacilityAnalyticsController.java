package kz.egmis.analytics.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;
import kz.egmis.analytics.internal.AnalyticsQuery.MonthRange;
import kz.egmis.analytics.internal.FacilityComparison.MetricFigure;
import kz.egmis.analytics.internal.FacilityMonth.Facility;
import kz.egmis.identity.Bin;
import kz.egmis.platform.ApiErrors;
import kz.egmis.security.Caller;

/** {@code GET /api/analytics/facilities/{bin}}: a facility's months and metrics against its peers (section 9). */
@RestController
class FacilityAnalyticsController {

    private final FacilityFigures figures;
    private final AnalyticsCalendar calendar;

    FacilityAnalyticsController(FacilityFigures figures, AnalyticsCalendar calendar) {
        this.figures = figures;
        this.calendar = calendar;
    }

    @GetMapping("/api/analytics/facilities/{bin}")
    ResponseEntity<Object> facility(@PathVariable String bin, @RequestParam(required = false) String from,
                                    @RequestParam(required = false) String to, HttpServletRequest request) {
        return facility(bin, from, to, Caller.of(request));
    }

    ResponseEntity<Object> facility(String bin, String from, String to, Caller caller) {
        Optional<ResponseEntity<Object>> refused = checkFacility(bin, caller);
        if (refused.isPresent()) {
            return refused.get();
        }
        MonthRange range = AnalyticsQuery.months(from, to, calendar.latestMonth());
        if (range.invalid()) {
            return range.error();
        }
        List<FacilityMonth> everyFacility = figures.months(range.from(), range.to(), null);
        Map<Integer, FindingFigures> findings = figures.findings(range.from(), range.to(), bin).getOrDefault(bin, Map.of());
        Map<Integer, MonthTotals> months = new LinkedHashMap<>();
        for (int month = range.from(); month <= range.to(); month++) {
            months.put(month, MonthTotals.empty(month).plus(findings.getOrDefault(month, FindingFigures.NONE)));
        }
        everyFacility.stream().filter(row -> row.facility().bin().equals(bin))
                .forEach(row -> months.computeIfPresent(row.month(), (month, totals) -> totals.plus(row)));
        Optional<Facility> facility = figures.facility(bin);
        if (facility.isEmpty() && everyFacility.stream().noneMatch(row -> row.facility().bin().equals(bin))) {
            if (!Bin.isValid(bin)) {
                return AnalyticsQuery.invalid("'" + bin + "' is not a BIN: its check digit is wrong.");
            }
            return ApiErrors.of(404, "ANALYTICS_FACILITY_UNKNOWN", "No Organization record and no figures for BIN "
                    + bin + " from " + Months.text(range.from()) + " to " + Months.text(range.to()) + ".");
        }
        BigDecimal perCapita = calendar.perCapitaMonthlyKzt();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("facility", AnalyticsJson.facility(facility.orElse(new Facility(bin, null, null, null))));
        body.put("months", months.values().stream().map(totals -> AnalyticsJson.month(totals, perCapita)).toList());
        body.put("metrics", metrics(everyFacility, bin));
        return ResponseEntity.ok(body);
    }

    /** Every metric of this facility in every month it has a value, against that month's peers. */
    private static List<Map<String, Object>> metrics(List<FacilityMonth> everyFacility, String bin) {
        List<Map<String, Object>> metrics = new ArrayList<>();
        for (Metric metric : Metric.values()) {
            for (MetricFigure figure : FacilityComparison.compare(everyFacility, metric)) {
                if (figure.facilityMonth().facility().bin().equals(bin)) {
                    metrics.add(AnalyticsJson.metric(metric, figure.facilityMonth().month(), figure.compared()));
                }
            }
        }
        return metrics;
    }

    /** A valid BIN the caller may read (section 7: a facility manager only its own); else the error to answer. */
    static Optional<ResponseEntity<Object>> checkFacility(String bin, Caller caller) {
        if (bin == null || !bin.matches("\\d{12}")) {
            return Optional.of(AnalyticsQuery.invalid("'" + bin + "' is not a BIN: twelve digits."));
        }
        if (!caller.mayReadFacility(bin)) {
            return Optional.of(ApiErrors.of(403, "OUT_OF_SCOPE", "This key may read the analytics of its own"
                    + " facilities only, not of BIN " + bin + "."));
        }
        return Optional.empty();
    }
}
