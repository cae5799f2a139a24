package kz.egmis.analytics.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;
import kz.egmis.ingestion.PersonDataReads;
import kz.egmis.platform.ApiErrors;
import kz.egmis.security.Caller;
import kz.egmis.security.Role;

/**
 * {@code GET /api/analytics/facilities/{bin}/attached-not-seen?month=}: for an auditor, the persons attached to the
 * facility on the month's last day who had no encounter and no claim anywhere in the 24 months up to it, paged. Each
 * person listed is a read of personal data, logged (and on the ledger) before the list is answered.
 */
@RestController
class AttachedNotSeenController {

    static final Set<Role> READERS = Set.of(Role.AUDITOR, Role.ADMINISTRATOR);
    private static final int MAXIMUM_SIZE = 1000;

    private final JdbcTemplate jdbc;
    private final AnalyticsCalendar calendar;
    private final PersonDataReads reads;

    AttachedNotSeenController(JdbcTemplate jdbc, AnalyticsCalendar calendar, PersonDataReads reads) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.reads = reads;
    }

    @GetMapping("/api/analytics/facilities/{bin}/attached-not-seen")
    ResponseEntity<Object> list(@PathVariable String bin, @RequestParam(required = false) String month,
                                @RequestParam(defaultValue = "0") String page,
                                @RequestParam(defaultValue = "100") String size, HttpServletRequest request) {
        Caller caller = Caller.of(request);
        if (!READERS.contains(caller.role())) {
            return ApiErrors.of(403, "ANALYTICS_PERSONS_FORBIDDEN", "The list of persons is for auditors and"
                    + " administrators; the facility page gives the count (attachedNotSeen24m).");
        }
        Optional<ResponseEntity<Object>> refused = FacilityAnalyticsController.checkFacility(bin, caller);
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<Integer> monthIndex = month == null ? Optional.of(calendar.latestMonth()) : Months.parse(month);
        Integer pageNumber = AnalyticsQuery.number(page, 0, Integer.MAX_VALUE);
        Integer pageSize = AnalyticsQuery.number(size, 1, MAXIMUM_SIZE);
        if (monthIndex.isEmpty() || pageNumber == null || pageSize == null) {
            return AnalyticsQuery.invalid("'month' is written YYYY-MM, 'page' counts from 0 and 'size' is between 1 and "
                    + MAXIMUM_SIZE + ".");
        }
        int index = monthIndex.get();
        long total = jdbc.queryForObject("select count(*) from analytics_person_attached where organization_bin = ?"
                + " and month_index = ? and not_seen_24m", Long.class, bin, index);
        List<Map<String, Object>> persons = jdbc.query("""
                select pa.patient_iin,
                       (select min(p.name) from patient p where p.iin = pa.patient_iin) as name,
                       (select min(a.start_day) from analytics_attachment a where a.patient_iin = pa.patient_iin
                         and a.organization_bin = pa.organization_bin and a.start_day <= ?) as attached_from,
                       (select max(s.month_index) from analytics_person_month s where s.patient_iin = pa.patient_iin
                         and s.month_index <= ?) as last_seen
                from analytics_person_attached pa
                where pa.organization_bin = ? and pa.month_index = ? and pa.not_seen_24m
                order by pa.patient_iin limit ? offset ?
                """, (row, number) -> {
                    Map<String, Object> person = new LinkedHashMap<>();
                    person.put("iin", row.getString("patient_iin").trim());
                    person.put("name", row.getString("name"));
                    int from = row.getInt("attached_from");
                    person.put("attachedFrom", row.wasNull() ? null : kz.egmis.platform.KazakhstanTime.day(from).toString());
                    int lastSeen = row.getInt("last_seen");
                    person.put("lastSeenMonth", row.wasNull() ? null : Months.text(lastSeen));
                    return person;
                }, Months.lastDay(index), index, bin, index, pageSize, (long) pageNumber * pageSize);
        reads.recordReads(caller.actor(), request.getRequestURI(), persons.stream()
                .map(person -> new PersonDataReads.Read("EGMIS", "AttachedNotSeen", bin + "/" + Months.text(index),
                        (String) person.get("iin"))).toList());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("bin", bin);
        body.put("month", Months.text(index));
        body.put("total", total);
        body.put("perCapitaKzt", calendar.perCapitaMonthlyKzt().multiply(java.math.BigDecimal.valueOf(total)));
        body.put("items", persons);
        return ResponseEntity.ok(body);
    }
}
