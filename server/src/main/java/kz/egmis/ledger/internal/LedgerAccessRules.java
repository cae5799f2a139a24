package kz.egmis.ledger.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import kz.egmis.security.AccessRules;
import kz.egmis.security.PathRule;
import kz.egmis.security.Role;

/** The ledger's reads are public (its leaves hold no personal data); verifying it is an administrator's job. */
@Component
class LedgerAccessRules implements AccessRules {

    @Override
    public List<PathRule> rules() {
        return List.of(
                PathRule.anyone("GET", "/api/ledger/sth"),
                PathRule.anyone("GET", "/api/ledger/key"),
                PathRule.anyone("GET", "/api/ledger/entries"),
                PathRule.anyone("GET", "/api/ledger/proof/inclusion"),
                PathRule.anyone("GET", "/api/ledger/proof/consistency"),
                PathRule.of("POST", "/api/admin/ledger/verify", Role.ADMINISTRATOR));
    }
}
