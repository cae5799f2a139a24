package kz.egmis.analytics.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;
import kz.egmis.analytics.internal.PractitionerFigures.DayItem;
import kz.egmis.analytics.internal.PractitionerFigures.PractitionerMonth;
import kz.egmis.identity.Iin;
import kz.egmis.identity.InvalidIdentifierException;
import kz.egmis.platform.ApiErrors;
import kz.egmis.platform.KazakhstanTime;
import kz.egmis.security.Caller;

/**
 * {@code GET /api/analytics/practitioners/{iin}/days?month=}: what makes a practitioner's
 * {@code minutes_per_practitioner_day}: every day of the month with its catalog minutes and the claim items that make
 * them, and which days are the median. Patients are not named.
 */
@RestController
class PractitionerDaysController {

    private final PractitionerFigures practitioners;
    private final AnalyticsCalendar calendar;

    PractitionerDaysController(PractitionerFigures practitioners, AnalyticsCalendar calendar) {
        this.practitioners = practitioners;
        this.calendar = calendar;
    }

    @GetMapping("/api/analytics/practitioners/{iin}/days")
    ResponseEntity<Object> days(@PathVariable String iin, @RequestParam(required = false) String month,
                                HttpServletRequest request) {
        try {
            Iin.parse(iin);
        } catch (InvalidIdentifierException e) {
            return AnalyticsQuery.invalid("'" + iin + "' is not an IIN: " + e.getMessage());
        }
        Optional<Integer> monthIndex = month == null ? Optional.of(calendar.latestMonth()) : Months.parse(month);
        if (monthIndex.isEmpty()) {
            return AnalyticsQuery.invalid("'month' is written YYYY-MM (months in UTC+05:00).");
        }
        Optional<PractitionerMonth> figures = practitioners.month(monthIndex.get()).stream()
                .filter(practitioner -> practitioner.iin().equals(iin)).findFirst();
        if (figures.isEmpty()) {
            return ApiErrors.of(404, "ANALYTICS_PRACTITIONER_UNKNOWN", "No claim items name practitioner " + iin
                    + " in " + Months.text(monthIndex.get()) + ".");
        }
        Caller caller = Caller.of(request);
        String mainBin = figures.get().mainBin();
        if (mainBin == null ? !caller.seesAllFacilities() : !caller.mayReadFacility(mainBin)) {
            return ApiErrors.of(403, "OUT_OF_SCOPE", "This key may read the practitioners of its own facilities only.");
        }
        Map<Integer, List<DayItem>> byDay = new TreeMap<>();
        practitioners.dayItems(iin, monthIndex.get())
                .forEach(item -> byDay.computeIfAbsent(item.day(), day -> new ArrayList<>()).add(item));
        List<Map<String, Object>> days = new ArrayList<>();
        byDay.forEach((day, items) -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("day", KazakhstanTime.day(day).toString());
            json.put("minutes", AnalyticsJson.rounded(items.stream().mapToDouble(DayItem::minutes).sum()));
            json.put("items", items.stream().map(PractitionerDaysController::itemJson).toList());
            days.add(json);
        });
        markMedianDays(days);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("practitioner", Map.of("iin", iin, "name", String.valueOf(figures.get().name()),
                "specialty", String.valueOf(figures.get().specialty())));
        body.put("month", Months.text(monthIndex.get()));
        body.put("minutesPerPractitionerDay", figures.get().medianDayMinutes());
        body.put("days", days);
        return ResponseEntity.ok(body);
    }

    /** The middle day (odd count) or the two middle days (even count) by minutes make the median. */
    private static void markMedianDays(List<Map<String, Object>> days) {
        List<Map<String, Object>> sorted = new ArrayList<>(days);
        sorted.sort(java.util.Comparator.comparing(day -> (Double) day.get("minutes")));
        days.forEach(day -> day.put("median", false));
        int size = sorted.size();
        if (size > 0) {
            sorted.get(size / 2).put("median", true);
            if (size % 2 == 0) {
                sorted.get(size / 2 - 1).put("median", true);
            }
        }
    }

    private static Map<String, Object> itemJson(DayItem item) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("claim", item.claim());
        json.put("sequence", item.sequence());
        json.put("organizationBin", item.organizationBin());
        json.put("serviceCode", item.serviceCode());
        json.put("quantity", item.quantity());
        json.put("minutes", item.minutes());
        return json;
    }
}
