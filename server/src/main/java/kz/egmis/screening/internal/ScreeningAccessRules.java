package kz.egmis.screening.internal;

import static kz.egmis.security.Role.ADMINISTRATOR;
import static kz.egmis.security.Role.ANALYST;
import static kz.egmis.security.Role.AUDITOR;
import static kz.egmis.security.Role.FACILITY_MANAGER;

import java.util.List;

import org.springframework.stereotype.Component;

import kz.egmis.security.AccessRules;
import kz.egmis.security.PathRule;

/** Findings: read by auditors, analysts and (their own facilities') managers; reviewed and run by auditors. */
@Component
class ScreeningAccessRules implements AccessRules {

    @Override
    public List<PathRule> rules() {
        return List.of(
                PathRule.of("GET", "/api/findings", ADMINISTRATOR, AUDITOR, ANALYST, FACILITY_MANAGER),
                PathRule.of("POST", "/api/findings/{id}/review", ADMINISTRATOR, AUDITOR),
                PathRule.of("POST", "/api/screening/run", ADMINISTRATOR, AUDITOR));
    }
}
