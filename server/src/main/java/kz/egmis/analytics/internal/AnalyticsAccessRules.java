package kz.egmis.analytics.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import kz.egmis.security.AccessRules;
import kz.egmis.security.PathRule;
import kz.egmis.security.Role;

/** The analytics paths and their roles (section 7); scope within them is enforced by the controllers. */
@Component
class AnalyticsAccessRules implements AccessRules {

    private static final Role[] READERS = {Role.ADMINISTRATOR, Role.AUDITOR, Role.ANALYST, Role.FACILITY_MANAGER};

    @Override
    public List<PathRule> rules() {
        return List.of(
                PathRule.of("GET", "/api/analytics/facilities/{bin}", READERS),
                PathRule.of("GET", "/api/analytics/regions/{code}", READERS),
                PathRule.of("GET", "/api/analytics/outliers", READERS),
                PathRule.of("GET", "/api/analytics/practitioners/{iin}/days", READERS),
                PathRule.of("GET", "/api/analytics/facilities/{bin}/attached-not-seen", Role.AUDITOR, Role.ADMINISTRATOR),
                PathRule.of("POST", "/api/analytics/update", Role.ADMINISTRATOR));
    }
}
