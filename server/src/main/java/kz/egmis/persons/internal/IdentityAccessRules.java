package kz.egmis.persons.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import kz.egmis.security.AccessRules;
import kz.egmis.security.PathRule;
import kz.egmis.security.Role;

/** Section 7: persons and identity review for auditors (and administrators); $match also for a source system. */
@Component
class IdentityAccessRules implements AccessRules {

    @Override
    public List<PathRule> rules() {
        return List.of(
                PathRule.of("POST", "/fhir/Patient/$match", Role.SOURCE_SYSTEM, Role.AUDITOR, Role.ADMINISTRATOR),
                PathRule.of("GET", "/api/identity/links", Role.AUDITOR, Role.ADMINISTRATOR),
                PathRule.of("GET", "/api/identity/persons/{personId}", Role.AUDITOR, Role.ADMINISTRATOR),
                PathRule.of("GET", "/api/identity/review", Role.AUDITOR, Role.ADMINISTRATOR),
                PathRule.of("POST", "/api/identity/review/{id}", Role.AUDITOR, Role.ADMINISTRATOR));
    }
}
