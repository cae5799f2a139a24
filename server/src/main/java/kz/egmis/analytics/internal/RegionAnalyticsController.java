package kz.egmis.analytics.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;
import kz.egmis.analytics.internal.AnalyticsQuery.MonthRange;
import kz.egmis.analytics.internal.FacilityMonth.Facility;
import kz.egmis.platform.ApiErrors;
import kz.egmis.reference.ReferenceCatalog;
import kz.egmis.reference.Region;
import kz.egmis.security.Caller;

/**
 * {@code GET /api/analytics/regions/{code}}: the months of section 9 summed over the region's facilities, and its
 * facilities ranked by KZT at risk (paged). A facility manager sees the region's sums and only its own facilities.
 */
@RestController
class RegionAnalyticsController {

    private static final int MAXIMUM_SIZE = 1000;

    private final FacilityFigures figures;
    private final AnalyticsCalendar calendar;
    private final ReferenceCatalog catalog;

    RegionAnalyticsController(FacilityFigures figures, AnalyticsCalendar calendar, ReferenceCatalog catalog) {
        this.figures = figures;
        this.calendar = calendar;
        this.catalog = catalog;
    }

    /** A facility's sums over the range, for the ranking. */
    private record Ranked(Facility facility, MonthTotals totals) {
    }

    @GetMapping("/api/analytics/regions/{code}")
    ResponseEntity<Object> region(@PathVariable String code, @RequestParam(required = false) String from,
                                  @RequestParam(required = false) String to,
                                  @RequestParam(defaultValue = "0") String page,
                                  @RequestParam(defaultValue = "100") String size, HttpServletRequest request) {
        return region(code, from, to, page, size, Caller.of(request));
    }

    ResponseEntity<Object> region(String code, String from, String to, String page, String size, Caller caller) {
        if (!Region.isRegionCode(code)) {
            return AnalyticsQuery.invalid("'" + code + "' is not a region code (two digits, e.g. 71).");
        }
        Region region = catalog.region(code).orElse(null);
        if (region == null) {
            return ApiErrors.of(404, "ANALYTICS_REGION_UNKNOWN", "Region " + code + " is not in the reference catalog.");
        }
        MonthRange range = AnalyticsQuery.months(from, to, calendar.latestMonth());
        if (range.invalid()) {
            return range.error();
        }
        Integer pageNumber = AnalyticsQuery.number(page, 0, Integer.MAX_VALUE);
        Integer pageSize = AnalyticsQuery.number(size, 1, MAXIMUM_SIZE);
        if (pageNumber == null || pageSize == null) {
            return AnalyticsQuery.invalid("'page' counts from 0 and 'size' is between 1 and " + MAXIMUM_SIZE + ".");
        }
        Map<String, Map<Integer, FindingFigures>> findings = figures.findings(range.from(), range.to(), null);
        Map<Integer, MonthTotals> months = new TreeMap<>();
        for (int month = range.from(); month <= range.to(); month++) {
            months.put(month, MonthTotals.empty(month));
        }
        Map<String, Ranked> facilities = new LinkedHashMap<>();
        for (FacilityMonth row : figures.months(range.from(), range.to(), null)) {
            if (code.equals(row.facility().region())) {
                months.computeIfPresent(row.month(), (month, totals) -> totals.plus(row));
                facilities.merge(row.facility().bin(), new Ranked(row.facility(), MonthTotals.empty(range.from()).plus(row)),
                        (a, b) -> new Ranked(a.facility(), a.totals().plus(row)));
            }
        }
        List<Ranked> ranked = new ArrayList<>();
        facilities.forEach((bin, facility) -> {
            Map<Integer, FindingFigures> byMonth = findings.getOrDefault(bin, Map.of());
            FindingFigures total = byMonth.values().stream().reduce(FindingFigures.NONE, FindingFigures::plus);
            byMonth.forEach((month, monthFindings) -> months.computeIfPresent(month, (key, totals) -> totals.plus(monthFindings)));
            ranked.add(new Ranked(facility.facility(), facility.totals().plus(total)));
        });
        List<Ranked> visible = ranked.stream().filter(facility -> caller.mayReadFacility(facility.facility().bin()))
                .sorted(Comparator.comparing((Ranked facility) -> facility.totals().findings().atRiskKzt()).reversed()
                        .thenComparing(facility -> facility.facility().bin())).toList();
        BigDecimal perCapita = calendar.perCapitaMonthlyKzt();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("region", Map.of("code", region.code(), "nameRu", region.nameRu(), "nameKk", region.nameKk(),
                "nameEn", region.nameEn()));
        body.put("months", months.values().stream().map(totals -> AnalyticsJson.month(totals, perCapita)).toList());
        body.put("facilitiesTotal", visible.size());
        body.put("facilities", visible.stream().skip((long) pageNumber * pageSize).limit(pageSize)
                .map(facility -> rankedJson(facility, perCapita)).toList());
        return ResponseEntity.ok(body);
    }

    private static Map<String, Object> rankedJson(Ranked facility, BigDecimal perCapita) {
        Map<String, Object> json = new LinkedHashMap<>(AnalyticsJson.facility(facility.facility()));
        Map<String, Object> totals = AnalyticsJson.month(facility.totals(), perCapita);
        totals.remove("month");
        // attached figures are month-end counts: a sum over months is not a number of persons
        totals.remove("attached");
        totals.remove("attachedNotSeen24m");
        json.putAll(totals);
        return json;
    }
}
