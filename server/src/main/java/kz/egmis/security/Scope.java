package kz.egmis.security;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

import kz.egmis.identity.Bin;
import kz.egmis.identity.Iin;
import kz.egmis.platform.SourceSystem;

/**
 * A role and the scope it is bound to (INTERCHANGE.md section 7): a source system's code, a facility manager's
 * BINs, a citizen's IIN. Every way in (keys, accounts, OpenID Connect claims) builds one through {@link #of}, so
 * the same checks hold whichever way a caller came.
 */
public record Scope(Role role, String sourceSystem, Set<String> organizations, String iin) {

    public Scope {
        organizations = Set.copyOf(organizations);
    }

    /** Thrown when a role lacks the scope it needs, or carries one that is not its own; the message says which. */
    public static final class InvalidScopeException extends IllegalArgumentException {
        InvalidScopeException(String message) {
            super(message);
        }
    }

    /**
     * @throws InvalidScopeException when the role is missing, a bound role has no valid scope, or an unbound role
     *                               names one
     */
    public static Scope of(Role role, String sourceSystem, Collection<String> organizations, String iin) {
        if (role == null) {
            throw new InvalidScopeException("'role' is required: one of " + java.util.Arrays.toString(Role.values()) + ".");
        }
        Set<String> bins = new TreeSet<>(organizations == null ? Set.of() : organizations);
        requireOnly(role, Role.SOURCE_SYSTEM, "sourceSystem", sourceSystem != null);
        requireOnly(role, Role.FACILITY_MANAGER, "organizations", !bins.isEmpty());
        requireOnly(role, Role.CITIZEN, "iin", iin != null);
        if (role == Role.SOURCE_SYSTEM && !SourceSystem.isValid(sourceSystem)) {
            throw new InvalidScopeException("'sourceSystem' must be 1-64 characters of [A-Za-z0-9_.-].");
        }
        for (String bin : bins) {
            if (!Bin.isValid(bin)) {
                throw new InvalidScopeException("'organizations' holds '" + bin + "', which is not a valid BIN "
                        + "(12 digits with the check digit of INTERCHANGE.md section 1).");
            }
        }
        if (iin != null && !Iin.isValid(iin)) {
            throw new InvalidScopeException("'iin' is not a valid IIN (12 digits, a real birth date and the check digit "
                    + "of INTERCHANGE.md section 1).");
        }
        return new Scope(role, sourceSystem, bins, iin);
    }

    public static Scope unbound(Role role) {
        return of(role, null, Set.of(), null);
    }

    private static void requireOnly(Role role, Role owner, String field, boolean present) {
        if (role == owner && !present) {
            throw new InvalidScopeException("A " + owner + " must be bound: '" + field + "' is required.");
        }
        if (role != owner && present) {
            throw new InvalidScopeException("'" + field + "' is only for the role " + owner + "; leave it null for "
                    + role + ".");
        }
    }
}
