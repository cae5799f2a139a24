package kz.egmis.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Maps the claims of the identity provider's tokens to an EGMIS caller: the role from {@code roleClaim} (a string
 * or a list, e.g. Keycloak's {@code realm_access.roles}; exactly one of its values must be an EGMIS role, written
 * as the role or with an {@code egmis-} prefix), the scope from the organizations, IIN and source-system claims, the
 * reader's name from {@code name}, {@code preferred_username} or {@code sub}. Claim names may be dotted paths.
 */
record OidcClaims(String roleClaim, String organizationsClaim, String iinClaim, String sourceSystemClaim) {

    /** Thrown when the claims name no usable role or scope; the message says which claim to fix. */
    static final class UnusableClaimsException extends RuntimeException {
        UnusableClaimsException(String message) {
            super(message);
        }
    }

    Caller caller(Map<String, Object> claims) {
        Scope scope;
        try {
            scope = Scope.of(role(claims), text(claims, sourceSystemClaim), values(claims, organizationsClaim),
                    text(claims, iinClaim));
        } catch (Scope.InvalidScopeException invalid) {
            throw new UnusableClaimsException("The token's claims give no valid EGMIS scope: " + invalid.getMessage()
                    + " (claims " + sourceSystemClaim + ", " + organizationsClaim + ", " + iinClaim + ")");
        }
        String subject = text(claims, "sub");
        if (subject == null) {
            throw new UnusableClaimsException("The token has no 'sub' claim.");
        }
        String name = firstOf(text(claims, "name"), text(claims, "preferred_username"), subject);
        return Caller.of(Actor.of(Actor.Kind.OIDC, subject, name, scope), scope);
    }

    private Role role(Map<String, Object> claims) {
        List<Role> roles = new ArrayList<>();
        for (String value : values(claims, roleClaim)) {
            String name = value.toUpperCase(Locale.ROOT).replace('-', '_');
            name = name.startsWith("EGMIS_") ? name.substring(6) : name;
            for (Role role : Role.values()) {
                if (role.name().equals(name) && !roles.contains(role)) {
                    roles.add(role);
                }
            }
        }
        if (roles.size() != 1) {
            throw new UnusableClaimsException("The claim '" + roleClaim + "' must name exactly one EGMIS role (one of "
                    + List.of(Role.values()) + "); it names " + (roles.isEmpty() ? "none" : roles) + ".");
        }
        return roles.get(0);
    }

    private static List<String> values(Map<String, Object> claims, String path) {
        Object value = at(claims, path);
        List<String> values = new ArrayList<>();
        if (value instanceof Collection<?> collection) {
            collection.forEach(item -> values.add(String.valueOf(item).strip()));
        } else if (value != null) {
            for (String part : String.valueOf(value).split("[,\\s]+")) {
                values.add(part);
            }
        }
        values.removeIf(String::isEmpty);
        return values;
    }

    private static String text(Map<String, Object> claims, String path) {
        Object value = at(claims, path);
        return value == null || String.valueOf(value).isBlank() ? null : String.valueOf(value).strip();
    }

    private static Object at(Map<String, Object> claims, String path) {
        Object current = claims;
        for (String step : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(step);
        }
        return current;
    }

    private static String firstOf(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null) {
                return candidate;
            }
        }
        return null;
    }
}
