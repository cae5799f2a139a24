package kz.egmis.security;

import static kz.egmis.security.Role.ADMINISTRATOR;

import java.util.List;

import org.springframework.stereotype.Component;

/** The paths of this module and the server's own: key and account administration, who am I, health. */
@Component
class SecurityAccessRules implements AccessRules {

    @Override
    public List<PathRule> rules() {
        return List.of(
                PathRule.of("GET", "/api/admin/keys", ADMINISTRATOR),
                PathRule.of("POST", "/api/admin/keys", ADMINISTRATOR),
                PathRule.of("DELETE", "/api/admin/keys/{id}", ADMINISTRATOR),
                PathRule.of("GET", "/api/admin/users", ADMINISTRATOR),
                PathRule.of("POST", "/api/admin/users", ADMINISTRATOR),
                PathRule.of("POST", "/api/admin/users/{id}/unlock", ADMINISTRATOR),
                PathRule.of("DELETE", "/api/admin/users/{id}", ADMINISTRATOR),
                PathRule.of("GET", "/api/caller", Role.values()),
                PathRule.anyone("GET", "/actuator/health"),
                PathRule.anyone("GET", "/actuator/health/**"),
                PathRule.anyone("GET", "/actuator/info"),
                PathRule.of("GET", "/actuator/**", ADMINISTRATOR));
    }
}
