package kz.egmis.screening.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import kz.egmis.ingestion.PersonDataReads;
import kz.egmis.platform.KazakhstanTime;
import kz.egmis.security.Caller;
import kz.egmis.platform.ApiErrors;

/**
 * {@code GET /api/findings} with the filters of the standard, paged, withdrawn findings left out unless asked
 * for; {@code POST /api/findings/{id}/review} for an auditor ({@link FindingReviews}).
 */
@RestController
class FindingsController {

    private static final Set<String> STATUSES = Set.of("open", "confirmed", "dismissed", "withdrawn");
    private static final int MAX_SIZE = 1000;

    record ReviewRequest(String status, String comment) {
    }

    private final JdbcTemplate jdbc;
    private final RuleCatalog rules;
    private final FindingReviews reviews;
    private final PersonDataReads reads;

    FindingsController(JdbcTemplate jdbc, RuleCatalog rules, FindingReviews reviews, PersonDataReads reads) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.reviews = reviews;
        this.reads = reads;
    }

    @GetMapping("/api/findings")
    ResponseEntity<Object> list(@RequestParam(required = false) String rule,
                                @RequestParam(required = false) String organization,
                                @RequestParam(required = false) String status,
                                @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                @RequestParam(defaultValue = "0") String page, @RequestParam(defaultValue = "100") String size,
                                HttpServletRequest request) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> arguments = new ArrayList<>();
        if (rule != null) {
            if (!rules.isKnown(rule)) {
                return invalid("'rule' must be one of " + RuleCatalog.STANDARD_RULES + ", not '" + rule + "'.");
            }
            where.append(" and f.rule = ?");
            arguments.add(rule);
        }
        Caller caller = Caller.of(request);
        if (organization != null && !caller.mayReadFacility(organization)) {
            return ApiErrors.of(403, "OUT_OF_SCOPE", "Your scope is the facilities " + caller.organizations().stream()
                    .sorted().toList() + ": ask for one of them, or leave 'organization' out.");
        }
        if (organization != null) {
            where.append(" and f.organization_bin = ?");
            arguments.add(organization);
        } else if (!caller.seesAllFacilities()) {
            // a facility manager's listing holds its own facilities' findings only
            where.append(" and f.organization_bin = any(?)");
            arguments.add(caller.organizations().toArray(String[]::new));
        }
        if (status != null && !STATUSES.contains(status)) {
            return invalid("'status' must be one of open, confirmed, dismissed, withdrawn, not '" + status + "'.");
        }
        where.append(status == null ? " and f.status <> 'withdrawn'" : " and f.status = ?");
        if (status != null) {
            arguments.add(status);
        }
        Integer fromDay = day(from);
        Integer toDay = day(to);
        if ((from != null && fromDay == null) || (to != null && toDay == null)) {
            return invalid("'from' and 'to' are days written YYYY-MM-DD.");
        }
        if (fromDay != null) {
            where.append(" and f.day >= ?");
            arguments.add(fromDay);
        }
        if (toDay != null) {
            where.append(" and f.day <= ?");
            arguments.add(toDay);
        }
        Integer pageNumber = number(page);
        Integer pageSize = number(size);
        if (pageNumber == null || pageSize == null || pageSize < 1 || pageSize > MAX_SIZE) {
            return invalid("'page' counts from 0 and 'size' is between 1 and " + MAX_SIZE + ".");
        }
        long total = jdbc.queryForObject("select count(*) from finding f" + where, Long.class, arguments.toArray());
        List<Object> paged = new ArrayList<>(arguments);
        paged.add(pageSize);
        paged.add((long) pageNumber * pageSize);
        List<Map<String, Object>> items = jdbc.query("select " + FindingJson.COLUMNS + " from finding f" + where
                + " order by f.day, f.rule, f.id limit ? offset ?", (row, number) -> FindingJson.of(row), paged.toArray());
        logReads(request, items);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", total);
        body.put("items", items);
        return ResponseEntity.ok(body);
    }

    @PostMapping("/api/findings/{id}/review")
    ResponseEntity<Object> review(@PathVariable String id, @RequestBody(required = false) ReviewRequest review,
                                  HttpServletRequest request) {
        ResponseEntity<Object> answer = reviews.review(Caller.of(request), id, review == null ? null : review.status(),
                review == null ? null : review.comment());
        if (answer.getStatusCode().is2xxSuccessful() && answer.getBody() instanceof Map<?, ?> finding) {
            logReads(request, List.of(finding));
        }
        return answer;
    }

    /** A finding names its patient: its read is logged (and on the ledger) before it is answered. */
    private void logReads(HttpServletRequest request, List<? extends Map<?, ?>> findings) {
        reads.recordReads(Caller.of(request).actor(), request.getRequestURI(), findings.stream()
                .filter(finding -> finding.get("patientIin") != null)
                .map(finding -> new PersonDataReads.Read("EGMIS", "Finding", (String) finding.get("id"),
                        (String) finding.get("patientIin"))).toList());
    }

    private static ResponseEntity<Object> invalid(String message) {
        return ApiErrors.of(400, "FINDING_QUERY_INVALID", message);
    }

    private static Integer day(String text) {
        try {
            return text == null ? null : KazakhstanTime.epochDay(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Integer number(String text) {
        try {
            int value = Integer.parseInt(text);
            return value < 0 ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
