package kz.egmis.analytics.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;
import kz.egmis.analytics.internal.FacilityComparison.MetricFigure;
import kz.egmis.analytics.internal.PeerComparison.Compared;
import kz.egmis.analytics.internal.PeerComparison.Subject;
import kz.egmis.analytics.internal.PractitionerFigures.PractitionerMonth;
import kz.egmis.reference.Region;
import kz.egmis.security.Caller;

/**
 * {@code GET /api/analytics/outliers}: facilities or practitioners of one month ranked by robust z on one metric,
 * the highest first (those without a score last). A facility manager's list holds only its own facilities (and
 * practitioners whose main facility is one of them); the peer figures still come from every peer.
 */
@RestController
class OutliersController {

    private static final int MAXIMUM_LIMIT = 1000;
    private static final Comparator<Map<String, Object>> HIGHEST_FIRST = Comparator.comparing(
            (Map<String, Object> item) -> (Double) item.get("robustZ"), Comparator.nullsFirst(Comparator.naturalOrder()))
            .reversed().thenComparing(item -> (String) item.get("key"));

    private final FacilityFigures facilities;
    private final PractitionerFigures practitioners;
    private final AnalyticsCalendar calendar;

    OutliersController(FacilityFigures facilities, PractitionerFigures practitioners, AnalyticsCalendar calendar) {
        this.facilities = facilities;
        this.practitioners = practitioners;
        this.calendar = calendar;
    }

    @GetMapping("/api/analytics/outliers")
    ResponseEntity<Object> outliers(@RequestParam(defaultValue = "facility") String level, @RequestParam(required = false) String metric,
                                    @RequestParam(required = false) String region,
                                    @RequestParam(required = false) String month,
                                    @RequestParam(defaultValue = "20") String limit, HttpServletRequest request) {
        return outliers(level, metric, region, month, limit, Caller.of(request));
    }

    ResponseEntity<Object> outliers(String level, String metric, String region, String month, String limit,
                                    Caller caller) {
        boolean practitionerLevel = "practitioner".equals(level);
        if (!practitionerLevel && !"facility".equals(level)) {
            return AnalyticsQuery.invalid("'level' is facility or practitioner, not '" + level + "'.");
        }
        if (metric == null) {
            return AnalyticsQuery.invalid("'metric' is required: one of kzt_per_attached, services_per_patient,"
                    + " minutes_per_practitioner_day, patients_per_practitioner_day, share_unattached_phc,"
                    + " attached_not_seen_share.");
        }
        Optional<Metric> measured = Metric.of(metric).filter(known -> !practitionerLevel || known.practitionerLevel());
        if (measured.isEmpty()) {
            return AnalyticsQuery.invalid("'metric' '" + metric + "' is not a " + level + " metric; see docs/ANALYTICS.md.");
        }
        if (region != null && !Region.isRegionCode(region)) {
            return AnalyticsQuery.invalid("'region' is a region code of two digits, e.g. 71, not '" + region + "'.");
        }
        Optional<Integer> monthIndex = month == null ? Optional.of(calendar.latestMonth()) : Months.parse(month);
        Integer count = AnalyticsQuery.number(limit, 1, MAXIMUM_LIMIT);
        if (monthIndex.isEmpty() || count == null) {
            return AnalyticsQuery.invalid("'month' is written YYYY-MM and 'limit' is between 1 and " + MAXIMUM_LIMIT + ".");
        }
        List<Map<String, Object>> items = practitionerLevel
                ? practitionerItems(measured.get(), monthIndex.get(), region, caller)
                : facilityItems(measured.get(), monthIndex.get(), region, caller);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("level", level);
        body.put("metric", metric);
        body.put("month", Months.text(monthIndex.get()));
        body.put("items", items.stream().sorted(HIGHEST_FIRST).limit(count).toList());
        return ResponseEntity.ok(body);
    }

    private List<Map<String, Object>> facilityItems(Metric metric, int month, String region, Caller caller) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (MetricFigure figure : FacilityComparison.compare(facilities.months(month, month, null), metric)) {
            FacilityMonth.Facility facility = figure.facilityMonth().facility();
            if ((region == null || region.equals(facility.region())) && caller.mayReadFacility(facility.bin())) {
                items.add(item(facility.bin(), facility.name(), metric, month, figure.compared()));
            }
        }
        return items;
    }

    private List<Map<String, Object>> practitionerItems(Metric metric, int month, String region, Caller caller) {
        List<PractitionerMonth> months = practitioners.month(month);
        List<Subject> subjects = new ArrayList<>();
        for (PractitionerMonth practitioner : months) {
            double value = metric == Metric.MINUTES_PER_PRACTITIONER_DAY
                    ? practitioner.medianDayMinutes() : practitioner.medianDayPatients();
            String specialty = practitioner.specialty() == null ? "unknown" : practitioner.specialty();
            subjects.add(new Subject(practitioner.iin(), specialty + "|" + practitioner.region(), specialty, value));
        }
        List<Compared> compared = PeerComparison.compare(subjects);
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < compared.size(); i++) {
            PractitionerMonth practitioner = months.get(i);
            if ((region == null || region.equals(practitioner.region()))
                    && (practitioner.mainBin() == null ? caller.seesAllFacilities()
                        : caller.mayReadFacility(practitioner.mainBin()))) {
                Map<String, Object> item = item(practitioner.iin(), practitioner.name(), metric, month, compared.get(i));
                item.put("specialty", practitioner.specialty());
                item.put("organizationBin", practitioner.mainBin());
                item.put("explanation", "/api/analytics/practitioners/" + practitioner.iin() + "/days?month="
                        + Months.text(month));
                items.add(item);
            }
        }
        return items;
    }

    private static Map<String, Object> item(String key, String name, Metric metric, int month, Compared compared) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("key", key);
        item.put("name", name);
        item.putAll(AnalyticsJson.metric(metric, month, compared));
        return item;
    }
}
