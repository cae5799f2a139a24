package kz.egmis.security;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * One cell of the declared access policy: which roles may call {@code method} on paths matching {@code pattern}
 * (Spring's path patterns: {@code /api/findings/{id}/review}, {@code /api/ledger/**}). A path no rule declares is
 * refused to everyone; see {@link AccessRules}.
 *
 * @param method    an HTTP method in upper case
 * @param pattern   the path pattern
 * @param roles     the roles allowed
 * @param anonymous whether a caller without credentials may call it too (public paths)
 */
public record PathRule(String method, String pattern, Set<Role> roles, boolean anonymous) {

    public PathRule {
        method = method.toUpperCase(Locale.ROOT);
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** A path for these roles only. */
    public static PathRule of(String method, String pattern, Role... roles) {
        return new PathRule(method, pattern, Set.of(roles), false);
    }

    /** A public path: anyone, with or without credentials. */
    public static PathRule anyone(String method, String pattern) {
        return new PathRule(method, pattern, EnumSet.allOf(Role.class), true);
    }
}
