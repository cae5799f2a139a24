package kz.egmis.web.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kz.egmis.ledger.LedgerReads;
import kz.egmis.screening.Finding;
import kz.egmis.screening.FindingQueries;
import kz.egmis.screening.FindingReviewing;
import kz.egmis.security.Caller;

/** The findings queue, a finding's page with its review, and the queue as CSV. Reads go through screening's API. */
@Controller
class FindingPagesController {

    private static final int PAGE_SIZE = 50;
    private static final int EXPORT_LIMIT = 1000;

    private final FindingQueries findings;
    private final FindingReviewing reviewing;
    private final LedgerReads ledger;

    FindingPagesController(FindingQueries findings, FindingReviewing reviewing, LedgerReads ledger) {
        this.findings = findings;
        this.reviewing = reviewing;
        this.ledger = ledger;
    }

    /** The queue's filters as the form sends them; blank fields mean "any". */
    record QueueForm(String rule, String organization, String status, String from, String to, String minimumAmount,
                     String sort, Integer page) {

        FindingQueries.Filter filter(int size) {
            return new FindingQueries.Filter(blank(rule), blank(organization), blank(status), blank(from), blank(to),
                    blank(minimumAmount), Integer.toString(page == null || page < 0 ? 0 : page), Integer.toString(size),
                    blank(sort));
        }

        private static String blank(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    @GetMapping("/findings")
    String queue(@ModelAttribute("form") QueueForm form, HttpServletRequest request, Model model) {
        Caller caller = Caller.of(request);
        try {
            FindingQueries.Page page = findings.list(caller, form.filter(PAGE_SIZE), request.getRequestURI());
            model.addAttribute("rows", page.items().stream().map(FindingView::of).toList());
            model.addAttribute("total", page.total());
            model.addAttribute("counts", findings.openCountsByRule(caller, form.filter(PAGE_SIZE)));
            int current = form.page() == null || form.page() < 0 ? 0 : form.page();
            model.addAttribute("page", current);
            model.addAttribute("pages", Math.max(1, (page.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        } catch (FindingQueries.RefusedQuery refused) {
            model.addAttribute("rows", List.of());
            model.addAttribute("total", 0);
            model.addAttribute("counts", java.util.Map.of());
            model.addAttribute("page", 0);
            model.addAttribute("pages", 1);
            model.addAttribute("problem", refused.code());
        }
        model.addAttribute("rules", FindingReviewing.RULES);
        return "findings";
    }

    @GetMapping(value = "/findings/export.csv")
    ResponseEntity<byte[]> export(@ModelAttribute QueueForm form, HttpServletRequest request) {
        FindingQueries.Page page = findings.list(Caller.of(request), form.filter(EXPORT_LIMIT), request.getRequestURI());
        StringBuilder csv = new StringBuilder("\uFEFFid;rule;status;day;amount_kzt;patient_iin;practitioner_iin;"
                + "organization_bin;service_code;claim_ids\r\n");
        for (Finding finding : page.items()) {
            csv.append(String.join(";", finding.id(), finding.rule(), finding.status(),
                    finding.day() == null ? "" : finding.day().toString(),
                    finding.amountKzt() == null ? "" : finding.amountKzt().toPlainString(), text(finding.patientIin()),
                    text(finding.practitionerIin()), text(finding.organizationBin()), text(finding.serviceCode()),
                    finding.claimIds() == null ? "" : String.join(",", finding.claimIds()))).append("\r\n");
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"egmis-findings.csv\"")
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/findings/{id}")
    String finding(@PathVariable String id, HttpServletRequest request, Model model) {
        Finding finding = findings.find(Caller.of(request), id, request.getRequestURI()).orElse(null);
        if (finding == null) {
            model.addAttribute("missing", id);
            return "finding";
        }
        model.addAttribute("finding", FindingView.of(finding));
        model.addAttribute("history", findings.history(id).stream().map(EventView::of).toList());
        model.addAttribute("entry", finding.ledgerIndex() == null ? null : LedgerEntryView.of(ledger, finding.ledgerIndex()));
        return "finding";
    }

    @PostMapping("/findings/{id}/review")
    String review(@PathVariable String id, @RequestParam(required = false) String outcome,
                  @RequestParam(required = false) String comment, HttpServletRequest request,
                  RedirectAttributes redirect) {
        try {
            reviewing.review(Caller.of(request), id, outcome, comment);
            redirect.addFlashAttribute("reviewed", outcome);
        } catch (FindingReviewing.RefusedReview refused) {
            redirect.addFlashAttribute("reviewProblem", refused.code());
        }
        return "redirect:/findings/" + java.net.URLEncoder.encode(id, StandardCharsets.UTF_8);
    }

    /** A CSV field: no separator, quote or line break can break the row. */
    private static String text(String value) {
        return value == null ? "" : value.replaceAll("[;\"\\r\\n]", " ");
    }

    /** An event of a finding's history as the page lists it. */
    public record EventView(String action, String status, String actor, String comment, String at, Long ledgerIndex) {
        static EventView of(FindingQueries.Event event) {
            return new EventView(event.action(), event.status(), event.actorName() != null ? event.actorName()
                    : event.actor() == null || event.actor().endsWith(":null") ? null : event.actor(), event.comment(),
                    Formats.time(event.at()), event.ledgerIndex());
        }
    }
}
