package kz.egmis.screening.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import kz.egmis.screening.Finding;
import kz.egmis.screening.FindingQueries;
import kz.egmis.screening.FindingReviewing;
import kz.egmis.security.Caller;

/**
 * {@code GET /api/findings} with the filters of the standard, paged, withdrawn findings left out unless asked
 * for; {@code POST /api/findings/{id}/review} for an auditor ({@link FindingReviews}).
 */
@RestController
class FindingsController {

    record ReviewRequest(String status, String comment) {
    }

    private final JdbcFindingQueries findings;
    private final FindingReviews reviews;

    FindingsController(JdbcFindingQueries findings, FindingReviews reviews) {
        this.findings = findings;
        this.reviews = reviews;
    }

    @GetMapping("/api/findings")
    ResponseEntity<Object> list(@RequestParam(required = false) String rule,
                                @RequestParam(required = false) String organization,
                                @RequestParam(required = false) String status,
                                @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                @RequestParam(defaultValue = "0") String page, @RequestParam(defaultValue = "100") String size,
                                HttpServletRequest request) {
        FindingQueries.Page found;
        try {
            found = findings.list(Caller.of(request), new FindingQueries.Filter(rule, organization, status, from, to, null,
                    page, size, null), request.getRequestURI());
        } catch (FindingQueries.RefusedQuery refused) {
            return refused.answer();
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", found.total());
        body.put("items", found.items().stream().map(FindingJson::of).toList());
        return ResponseEntity.ok(body);
    }

    @PostMapping("/api/findings/{id}/review")
    ResponseEntity<Object> review(@PathVariable String id, @RequestBody(required = false) ReviewRequest review,
                                  HttpServletRequest request) {
        try {
            Finding reviewed = reviews.review(Caller.of(request), id, review == null ? null : review.status(),
                    review == null ? null : review.comment());
            findings.logReads(Caller.of(request), request.getRequestURI(), List.of(reviewed));
            return ResponseEntity.ok(FindingJson.of(reviewed));
        } catch (FindingReviewing.RefusedReview refused) {
            return refused.answer();
        }
    }

}
