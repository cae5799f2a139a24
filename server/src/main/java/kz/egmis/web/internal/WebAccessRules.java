package kz.egmis.web.internal;

import static kz.egmis.security.Role.ADMINISTRATOR;
import static kz.egmis.security.Role.ANALYST;
import static kz.egmis.security.Role.AUDITOR;
import static kz.egmis.security.Role.FACILITY_MANAGER;

import java.util.List;

import org.springframework.stereotype.Component;

import kz.egmis.security.AccessRules;
import kz.egmis.security.PathRule;
import kz.egmis.security.Role;

/** The pages: public ones (home, sign-in, ledger, assets), and the workbench by role. */
@Component
class WebAccessRules implements AccessRules {

    @Override
    public List<PathRule> rules() {
        return List.of(
                PathRule.anyone("GET", "/"),
                PathRule.anyone("GET", "/login"),
                PathRule.anyone("GET", "/ledger"),
                PathRule.anyone("GET", "/css/**"),
                PathRule.anyone("GET", "/js/**"),
                PathRule.anyone("GET", "/webjars/**"),
                PathRule.anyone("GET", "/favicon.ico"),
                PathRule.of("GET", "/start", Role.values()),
                PathRule.of("GET", "/findings", ADMINISTRATOR, AUDITOR, ANALYST, FACILITY_MANAGER),
                PathRule.of("GET", "/findings/export.csv", ADMINISTRATOR, AUDITOR, ANALYST, FACILITY_MANAGER),
                PathRule.of("GET", "/findings/{id}", ADMINISTRATOR, AUDITOR, ANALYST, FACILITY_MANAGER),
                PathRule.of("POST", "/findings/{id}/review", ADMINISTRATOR, AUDITOR),
                PathRule.of("GET", "/facilities/{bin}", ADMINISTRATOR, AUDITOR, ANALYST, FACILITY_MANAGER),
                PathRule.of("GET", "/regions", ADMINISTRATOR, AUDITOR, ANALYST, FACILITY_MANAGER),
                PathRule.of("GET", "/regions/{code}", ADMINISTRATOR, AUDITOR, ANALYST, FACILITY_MANAGER),
                PathRule.of("GET", "/outliers", ADMINISTRATOR, AUDITOR, ANALYST));
    }
}
