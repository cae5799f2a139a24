package kz.egmis.screening.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import kz.egmis.ledger.LedgerJournal;
import kz.egmis.security.Caller;
import kz.egmis.platform.ApiErrors;

/**
 * {@code GET /api/findings} with the filters of the standard, paged, withdrawn findings left out unless asked
 * for; {@code POST /api/findings/{id}/review} for an auditor ({@link FindingReviews}).
 */
@RestController
class FindingsController {


    record ReviewRequest(String status, String comment) {
    }

    private final JdbcTemplate jdbc;
    private final RuleCatalog rules;
    private final FindingReviews reviews;
    private final PersonDataReads reads;
    private final LedgerJournal journal;

    FindingsController(JdbcTemplate jdbc, RuleCatalog rules, FindingReviews reviews, PersonDataReads reads,
                       LedgerJournal journal) {
        this.journal = journal;
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
        FindingQuery query;
        try {
            query = FindingQuery.of(Caller.of(request), rules, rule, organization, status, from, to, page, size);
        } catch (FindingQuery.Refused refused) {
            return ApiErrors.of(refused.status, refused.code, refused.getMessage());
        }
        long total = jdbc.queryForObject(query.countSql(), Long.class, query.arguments());
        List<Map<String, Object>> items = jdbc.query(query.pageSql(), (row, number) -> FindingJson.of(row),
                query.pageArguments());
        if (items.stream().anyMatch(finding -> finding.get("ledgerIndex") == null)) {
            // a pass just committed: its leaves get their indexes at the sequencer's next run, a moment away
            journal.awaitSequenced();
            items = jdbc.query(query.pageSql(), (row, number) -> FindingJson.of(row), query.pageArguments());
        }
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
}
