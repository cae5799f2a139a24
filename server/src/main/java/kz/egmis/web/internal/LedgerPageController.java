package kz.egmis.web.internal;

import java.time.Instant;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import kz.egmis.ledger.LedgerReads;
import kz.egmis.ledger.SignedTreeHead;

/** The public ledger page: the latest signed head, a leaf by index with its proof, and how an outsider checks it. */
@Controller
class LedgerPageController {

    private final LedgerReads ledger;

    LedgerPageController(LedgerReads ledger) {
        this.ledger = ledger;
    }

    @GetMapping("/ledger")
    String ledger(@RequestParam(required = false) String index, Model model) {
        SignedTreeHead head = ledger.latestHead();
        model.addAttribute("head", head);
        model.addAttribute("signedAt", Formats.time(Instant.ofEpochMilli(head.timestamp())));
        if (index != null && !index.isBlank()) {
            model.addAttribute("asked", index);
            try {
                long leaf = Long.parseLong(index.strip());
                model.addAttribute("entry", leaf < 0 ? null : LedgerEntryView.of(ledger, leaf));
            } catch (NumberFormatException notANumber) {
                model.addAttribute("entry", null);
            }
        }
        return "ledger";
    }
}
