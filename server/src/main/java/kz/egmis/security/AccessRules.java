package kz.egmis.security;

import java.util.List;

/**
 * A feature declares the paths it serves, with their roles, in a bean of this type; the security module joins
 * every such bean into the one policy that each request goes through (deny by default), and the role matrix test
 * walks it. Scope within a path (which facility, which person) is the feature's to enforce in its data, through
 * {@link Caller}.
 */
public interface AccessRules {

    List<PathRule> rules();
}
